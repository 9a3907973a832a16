using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Domain.Cases;

/// <summary>Where a case came from (案件来源).</summary>
public enum CaseSource
{
    /// <summary>投诉举报</summary>
    Complaint,

    /// <summary>检查发现</summary>
    Inspection,

    /// <summary>上级交办</summary>
    Assigned,

    /// <summary>移送</summary>
    Transfer,

    /// <summary>依申请</summary>
    Application,
}

/// <summary>A problem beside its field (the form field's name; "" for the summary).</summary>
public sealed record CaseProblem(string Field, string Message);

/// <summary>A handling officer of a case (承办人员), with the certificate number valid when the case was registered.</summary>
public sealed class CaseOfficer
{
    public long CaseId { get; private set; }

    public required int OfficerId { get; init; }

    public required string OfficerName { get; init; }

    public required string CertificateNumber { get; init; }
}

/// <summary>
/// A case (案件 / 办件) of an agency: its number, matter, party, source, handling officers, and every stage it
/// went through with its records. Stages are taken in the order of the category's procedure and never changed;
/// records are added, never changed or removed. The case closes when its last stage is entered. See docs/rules.md.
/// </summary>
public sealed partial class EnforcementCase
{
    private readonly List<CaseOfficer> _officers = [];
    private readonly List<CaseStage> _stages = [];
    private readonly List<CaseRecord> _records = [];

    public long Id { get; private set; }

    public int Stamp { get; set; }

    public required int AgencyId { get; init; }

    public Agency? Agency { get; private set; }

    /// <summary>案件编号, e.g. 大洼水立〔2026〕12号: unique within the agency.</summary>
    public required string Number { get; init; }

    public required int Year { get; init; }

    public required int Sequence { get; init; }

    public required int MatterId { get; init; }

    public Matter? Matter { get; private set; }

    public required EnforcementCategory Category { get; init; }

    public required CaseSource Source { get; init; }

    /// <summary>E.g. the complaint's registration number or the transferring body.</summary>
    public string SourceNote { get; init; } = "";

    public required PartyKind PartyKind { get; init; }

    public required string PartyName { get; init; }

    public string? CreditCode { get; init; }

    public IdDocumentType? IdType { get; init; }

    /// <summary>Never published, never logged in clear (the trail keeps a keyed pseudonym).</summary>
    public string? IdNumber { get; init; }

    public string LegalRepresentative { get; init; } = "";

    /// <summary>The day the matter was discovered or the application received: the filing clock runs from it.</summary>
    public required DateOnly DiscoveredOn { get; init; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The case file's manifest as frozen at closing (every stage and record with its hash), byte for byte.</summary>
    public byte[]? Manifest { get; private set; }

    /// <summary>SHA-256 of <see cref="Manifest"/>: its transparency-log leaf names it.</summary>
    public string ManifestSha256 { get; private set; } = "";

    public void Freeze(byte[] manifest) =>
        (Manifest, ManifestSha256) = (manifest, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(manifest)));

    public DateTime CreatedAtUtc { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public IReadOnlyList<CaseOfficer> Officers => _officers;

    public IReadOnlyList<CaseStage> Stages => _stages;

    public IReadOnlyList<CaseRecord> Records => _records;

    public bool IsClosed => ClosedOn is not null;

    public CaseStage? Entry(string code) => _stages.FirstOrDefault(s => s.Code == code);

    /// <summary>The next stage to take, or null once every stage is entered.</summary>
    public StageDefinition? CurrentStage(CaseProcedure procedure) => procedure.Stages.FirstOrDefault(s => Entry(s.Code) is null);

    /// <summary>The date a stage took place (or the discovery date), if it did.</summary>
    public DateOnly? DateOf(string code) =>
        code == CaseClockRule.Discovery ? DiscoveredOn : Entry(code) is { Status: StageStatus.Done } entry ? entry.OccurredOn : null;

    public IEnumerable<CaseRecord> RecordsOf(string stageCode) => _records.Where(r => r.StageCode == stageCode);

    /// <summary>The handling officers; refuses fewer than two, or one without a certificate valid on <paramref name="on"/>.</summary>
    public static List<CaseProblem> OfficerProblems(IReadOnlyCollection<Officers.Officer> officers, DateOnly on, int minimum, string field)
    {
        var distinct = officers.DistinctBy(o => o.Id == 0 ? (object)o : o.Id).ToList();
        var problems = distinct.Where(o => !o.MayEnforceOn(on))
            .Select(o => new CaseProblem(field, $"执法人员{o.Name}在 {on:yyyy-MM-dd} 没有有效的执法证。")).ToList();
        if (distinct.Count < minimum)
        {
            problems.Insert(0, new CaseProblem(field, minimum >= 2 ? $"须至少 {minimum} 名持有有效执法证的执法人员。" : "请选择执法人员。"));
        }

        return problems;
    }

    public void SetOfficers(IEnumerable<Officers.Officer> officers, DateOnly on) =>
        _officers.AddRange(officers.Select(o => new CaseOfficer
        {
            OfficerId = o.Id,
            OfficerName = o.Name,
            CertificateNumber = o.Certificates.First(c => c.IsValidOn(on)).Number,
        }));

    public static string Title(CaseSource source) => source switch
    {
        CaseSource.Complaint => "投诉举报",
        CaseSource.Inspection => "检查发现",
        CaseSource.Assigned => "上级交办",
        CaseSource.Transfer => "移送",
        _ => "依申请",
    };

    /// <summary>The case number: the agency's prefix, the category's mark, the year and the sequence, e.g. 大洼水立〔2026〕12号.</summary>
    public static string NumberOf(string prefix, string mark, int year, int sequence) => $"{prefix}{mark}〔{year}〕{sequence}号";
}
