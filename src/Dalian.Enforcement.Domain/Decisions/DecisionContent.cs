using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>
/// What staff record of a decision: its matter, party, document and the 双公示 items of its category. A
/// decision's content changes only through <see cref="Decision.Correct"/>, which applies the domain's rules
/// (a published record is never edited; a decided record's date only moves earlier).
/// </summary>
public sealed record DecisionContent
{
    public int MatterId { get; set; }

    public EnforcementCategory Category { get; set; }

    public PartyKind PartyKind { get; set; }

    public string PartyName { get; set; } = "";

    public string? CreditCode { get; set; }

    public IdDocumentType? IdType { get; set; }

    public string? IdNumber { get; set; }

    public string LegalRepresentative { get; set; } = "";

    public string DocumentName { get; set; } = "";

    public string DocumentNumber { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public string ViolationType { get; set; } = "";

    public string Facts { get; set; } = "";

    public string LegalBasis { get; set; } = "";

    public PenaltyKinds PenaltyKinds { get; set; }

    public string Content { get; set; } = "";

    public decimal? FineAmount { get; set; }

    public decimal? ConfiscatedAmount { get; set; }

    public string LicenceAffected { get; set; } = "";

    public PenaltyDiscretion Discretion { get; set; }

    public LicenceOutcome? LicenceOutcome { get; set; }

    public CoercionKinds CoercionKinds { get; set; }

    public decimal? LevyAmount { get; set; }

    public LicenceKind? LicenceKind { get; set; }

    public string CertificateName { get; set; } = "";

    public string CertificateNumber { get; set; } = "";

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string InspectionTask { get; set; } = "";

    public InspectionResult? InspectionResult { get; set; }

    public string Findings { get; set; } = "";

    public string FollowUp { get; set; } = "";

    public string Remarks { get; set; } = "";

    public bool InvolvesMinor { get; set; }

    public DateOnly? PublicUntil { get; set; }
}
