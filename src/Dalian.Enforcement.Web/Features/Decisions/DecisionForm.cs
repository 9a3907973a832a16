using System.Globalization;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// The decision record as staff type it. Dates and amounts are text, so that nothing a person types
/// fails binding; the validator turns them into field-level Chinese messages.
/// </summary>
public sealed class DecisionForm
{
    public int Stamp { get; set; }

    /// <summary>The case the decision is made in (set when it is drafted from the case's deciding stage).</summary>
    public long? CaseId { get; set; }

    public int AgencyId { get; set; }

    public int MatterId { get; set; }

    /// <summary>Set from the matter by the controller, never from the request.</summary>
    [BindNever]
    public EnforcementCategory Category { get; set; }

    public PartyKind PartyKind { get; set; }

    public string? PartyName { get; set; }

    public string? CreditCode { get; set; }

    public IdDocumentType? IdType { get; set; }

    public string? IdNumber { get; set; }

    public string? LegalRepresentative { get; set; }

    public string? DocumentName { get; set; }

    public string? DocumentNumber { get; set; }

    public string? DecisionDate { get; set; }

    public string? ViolationType { get; set; }

    public string? Facts { get; set; }

    public string? LegalBasis { get; set; }

    public List<PenaltyKinds> PenaltyKinds { get; set; } = [];

    public string? Content { get; set; }

    public string? FineAmount { get; set; }

    public string? ConfiscatedAmount { get; set; }

    public string? LicenceAffected { get; set; }

    public LicenceKind? LicenceKind { get; set; }

    public LicenceOutcome? LicenceOutcome { get; set; }

    public PenaltyDiscretion Discretion { get; set; }

    public List<CoercionKinds> CoercionKinds { get; set; } = [];

    public string? LevyAmount { get; set; }

    public string? CertificateName { get; set; }

    public string? CertificateNumber { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidTo { get; set; }

    public string? InspectionTask { get; set; }

    public InspectionResult? InspectionResult { get; set; }

    public string? Findings { get; set; }

    public string? FollowUp { get; set; }

    public string? Remarks { get; set; }

    public bool InvolvesMinor { get; set; }

    public string? PublicUntil { get; set; }

    public List<int> OfficerIds { get; set; } = [];

    /// <summary>The labelled values a person compares when a save is refused because a colleague saved first.</summary>
    public IEnumerable<(string Label, string Value)> Comparable() =>
    [
        ("执法事项", MatterId.ToString(CultureInfo.InvariantCulture)), ("当事人类别", PartyKind.Title()), ("当事人名称", PartyName ?? ""),
        ("统一社会信用代码", CreditCode ?? ""), ("证件类型", IdType?.Title() ?? ""), ("证件号码", IdNumber ?? ""),
        ("法定代表人", LegalRepresentative ?? ""), ("决定文书名称", DocumentName ?? ""), ("决定文书号", DocumentNumber ?? ""),
        ("决定日期", DecisionDate ?? ""), ("违法行为类型", ViolationType ?? ""), ("违法事实", Facts ?? ""), ("依据", LegalBasis ?? ""),
        ("处罚类别", PenaltyKinds.Aggregate(Domain.Decisions.PenaltyKinds.None, (a, k) => a | k).Title()), ("决定内容", Content ?? ""),
        ("罚款金额", FineAmount ?? ""), ("没收金额", ConfiscatedAmount ?? ""), ("暂扣或吊销的证照", LicenceAffected ?? ""),
        ("裁量情形", Discretion.Title()), ("许可决定", LicenceOutcome?.Title() ?? ""),
        ("强制措施及执行方式", CoercionKinds.Aggregate(Domain.Decisions.CoercionKinds.None, (a, k) => a | k).Title()), ("征收征用金额", LevyAmount ?? ""),
        ("许可类别", LicenceKind?.Title() ?? ""), ("许可证书名称", CertificateName ?? ""), ("许可编号", CertificateNumber ?? ""),
        ("有效期自", ValidFrom ?? ""), ("有效期至", ValidTo ?? ""), ("抽查任务", InspectionTask ?? ""),
        ("抽查结果", InspectionResult?.Title() ?? ""), ("检查发现的问题", Findings ?? ""), ("后续处理", FollowUp ?? ""),
        ("备注", Remarks ?? ""), ("涉及未成年人", InvolvesMinor ? "是" : "否"), ("公示截止期", PublicUntil ?? ""),
        ("承办人员", string.Join("、", OfficerIds.Order())),
    ];

    /// <summary>A decision made in a case has the case's agency, matter and party, whatever the form said.</summary>
    public void TakeFrom(Domain.Cases.EnforcementCase c)
    {
        (CaseId, AgencyId, MatterId, Category, PartyKind, PartyName) = (c.Id, c.AgencyId, c.MatterId, c.Category, c.PartyKind, c.PartyName);
        (CreditCode, IdType, IdNumber, LegalRepresentative) = (c.CreditCode, c.IdType, c.IdNumber, c.LegalRepresentative);
    }

    public static DecisionForm From(Decision d) => new()
    {
        Stamp = d.Stamp,
        CaseId = d.CaseId,
        AgencyId = d.AgencyId,
        MatterId = d.MatterId,
        Category = d.Category,
        PartyKind = d.PartyKind,
        PartyName = d.PartyName,
        CreditCode = d.CreditCode,
        IdType = d.IdType,
        IdNumber = d.IdNumber,
        LegalRepresentative = d.LegalRepresentative,
        DocumentName = d.DocumentName,
        DocumentNumber = d.DocumentNumber,
        DecisionDate = Text(d.DecisionDate),
        ViolationType = d.ViolationType,
        Facts = d.Facts,
        LegalBasis = d.LegalBasis,
        PenaltyKinds = [.. DecisionTerms.AllPenaltyKinds.Where(k => d.PenaltyKinds.HasFlag(k))],
        Content = d.Content,
        FineAmount = Amount(d.FineAmount),
        ConfiscatedAmount = Amount(d.ConfiscatedAmount),
        LicenceAffected = d.LicenceAffected,
        LicenceKind = d.LicenceKind,
        LicenceOutcome = d.LicenceOutcome,
        Discretion = d.Discretion,
        CoercionKinds = [.. DecisionOutcomes.AllCoercionKinds.Where(k => d.CoercionKinds.HasFlag(k))],
        LevyAmount = Amount(d.LevyAmount),
        CertificateName = d.CertificateName,
        CertificateNumber = d.CertificateNumber,
        ValidFrom = Text(d.ValidFrom),
        ValidTo = Text(d.ValidTo),
        InspectionTask = d.InspectionTask,
        InspectionResult = d.InspectionResult,
        Findings = d.Findings,
        FollowUp = d.FollowUp,
        Remarks = d.Remarks,
        InvolvesMinor = d.InvolvesMinor,
        PublicUntil = Text(d.PublicUntil),
        OfficerIds = [.. d.Officers.Select(o => o.OfficerId)],
    };

    /// <summary>The validated form as the domain's content record (text trimmed, numbers upper-cased).</summary>
    public DecisionContent ToContent() => new()
    {
        MatterId = MatterId,
        Category = Category,
        PartyKind = PartyKind,
        PartyName = Trim(PartyName),
        CreditCode = Trim(CreditCode).ToUpperInvariant(),
        IdType = IdType,
        IdNumber = Trim(IdNumber).ToUpperInvariant(),
        LegalRepresentative = Trim(LegalRepresentative),
        DocumentName = Trim(DocumentName),
        DocumentNumber = Trim(DocumentNumber),
        DecisionDate = IsoDate.Parse(DecisionDate)!.Value,
        ViolationType = Trim(ViolationType),
        Facts = Trim(Facts),
        LegalBasis = Trim(LegalBasis),
        PenaltyKinds = PenaltyKinds.Aggregate(Domain.Decisions.PenaltyKinds.None, (all, k) => all | k),
        Content = Trim(Content),
        FineAmount = ParseAmount(FineAmount),
        ConfiscatedAmount = ParseAmount(ConfiscatedAmount),
        LicenceAffected = Trim(LicenceAffected),
        LicenceKind = LicenceKind,
        LicenceOutcome = LicenceOutcome,
        Discretion = Discretion,
        CoercionKinds = CoercionKinds.Aggregate(Domain.Decisions.CoercionKinds.None, (all, k) => all | k),
        LevyAmount = ParseAmount(LevyAmount),
        CertificateName = Trim(CertificateName),
        CertificateNumber = Trim(CertificateNumber),
        ValidFrom = IsoDate.Parse(ValidFrom),
        ValidTo = IsoDate.Parse(ValidTo),
        InspectionTask = Trim(InspectionTask),
        InspectionResult = InspectionResult,
        Findings = Trim(Findings),
        FollowUp = Trim(FollowUp),
        Remarks = Trim(Remarks),
        InvolvesMinor = InvolvesMinor,
        PublicUntil = IsoDate.Parse(PublicUntil),
    };

    /// <summary>Yuan with at most two decimals, digits and an optional thousands separator; null when blank or invalid.</summary>
    public static decimal? ParseAmount(string? text) =>
        decimal.TryParse(text?.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string Trim(string? text) => text?.Trim() ?? "";

    private static string Text(DateOnly? date) => date?.ToString(IsoDate.Format, CultureInfo.InvariantCulture) ?? "";

    private static string Amount(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
