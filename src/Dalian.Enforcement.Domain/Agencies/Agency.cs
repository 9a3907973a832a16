namespace Dalian.Enforcement.Domain.Agencies;

/// <summary>The legal standing of an enforcement subject (执法主体性质).</summary>
public enum SubjectKind
{
    /// <summary>法定行政机关</summary>
    StatutoryAgency,

    /// <summary>法律法规授权组织</summary>
    AuthorisedOrganisation,

    /// <summary>受委托组织</summary>
    EntrustedOrganisation,
}

/// <summary>
/// An enforcement subject (执法主体): a government agency, or an organisation authorised by law or
/// entrusted by an agency. Staff accounts are bound to one; the agency keeps its own record, which
/// is public as soon as it is saved (国办发〔2018〕118号: 执法主体 are disclosed before enforcement).
/// </summary>
public sealed class Agency
{
    public int Id { get; private set; }

    /// <summary>Full Chinese name, e.g. 盘锦市大洼区水利局.</summary>
    public required string Name { get; set; }

    /// <summary>Short name used in navigation and tables, e.g. 区水利局.</summary>
    public required string ShortName { get; set; }

    /// <summary>统一社会信用代码 (GB 32100-2015), 18 characters.</summary>
    public required string CreditCode { get; set; }

    /// <summary>Counts saved changes: the optimistic-concurrency token that refuses a save based on an older record.</summary>
    public int Stamp { get; set; }

    public SubjectKind Kind { get; set; }

    /// <summary>The agency this unit belongs to, or that entrusted it.</summary>
    public int? ParentId { get; set; }

    public string LegalBasis { get; set; } = "";

    /// <summary>The prefix of its case numbers (案件编号), e.g. 大洼水 in 大洼水立〔2026〕12号; the short name when empty.</summary>
    public string CasePrefix { get; set; } = "";

    /// <summary>The day the subject was established (成立日期): no decision of it can be older.</summary>
    public DateOnly? EstablishedOn { get; set; }

    public string Duties { get; set; } = "";

    /// <summary>The office's public address and phone: an institution's, never a person's.</summary>
    public string Address { get; set; } = "";

    public string Phone { get; set; } = "";

    public string SupervisionPhone { get; set; } = "";

    /// <summary>Where a party applies for administrative reconsideration (复议机关).</summary>
    public string ReconsiderationBody { get; set; } = "";

    /// <summary>Where a party files an administrative lawsuit (诉讼法院).</summary>
    public string Court { get; set; } = "";

    public static string KindTitle(SubjectKind kind) => kind switch
    {
        SubjectKind.AuthorisedOrganisation => "法律法规授权组织",
        SubjectKind.EntrustedOrganisation => "受委托组织",
        _ => "法定行政机关",
    };
}
