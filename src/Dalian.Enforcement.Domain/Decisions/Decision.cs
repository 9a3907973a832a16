using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>
/// An enforcement decision (行政执法决定) and its disclosure. The record carries the national 双公示 items;
/// its lifecycle (draft → decided → published / not disclosed; published → withdrawn) and the
/// publication and withdrawal clocks are enforced here, with today's date passed in. See docs/rules.md.
/// </summary>
public sealed partial class Decision
{
    private readonly List<DecisionOfficer> _officers = [];

    public long Id { get; private set; }

    /// <summary>Counts saved changes: the optimistic-concurrency token that refuses a save based on an older record.</summary>
    public int Stamp { get; set; }

    public required int AgencyId { get; init; }

    /// <summary>The case the decision was made in; null for a decision entered without one (无案卷记录, e.g. a historic import).</summary>
    public long? CaseId { get; init; }

    public Agency? Agency { get; private set; }

    public int MatterId { get; private set; }

    public Matter? Matter { get; private set; }

    public EnforcementCategory Category { get; private set; }

    public DecisionState State { get; private set; }

    // The party (行政相对人).
    public string PartyName { get; private set; } = "";

    /// <summary>The name as published: masked for a natural person (<see cref="PartyNames"/>). The search index holds this, never <see cref="PartyName"/>.</summary>
    public string PublicPartyName { get; private set; } = "";

    public PartyKind PartyKind { get; private set; }

    public string? CreditCode { get; private set; }

    public IdDocumentType? IdType { get; private set; }

    /// <summary>The natural person's ID number: kept for matching, never published, never logged.</summary>
    public string? IdNumber { get; private set; }

    public string LegalRepresentative { get; private set; } = "";

    // The decision document.
    public string DocumentName { get; private set; } = "";

    /// <summary>决定书文号, unique within the agency.</summary>
    public string DocumentNumber { get; private set; } = "";

    public DateOnly DecisionDate { get; private set; }

    public string ViolationType { get; private set; } = "";

    public string Facts { get; private set; } = "";

    public string LegalBasis { get; private set; } = "";

    public PenaltyKinds PenaltyKinds { get; private set; }

    public string Content { get; private set; } = "";

    /// <summary>罚款金额 in yuan, exact to the fen.</summary>
    public decimal? FineAmount { get; private set; }

    /// <summary>没收违法所得、没收非法财物的金额 in yuan.</summary>
    public decimal? ConfiscatedAmount { get; private set; }

    /// <summary>暂扣或者吊销的证照名称及编号.</summary>
    public string LicenceAffected { get; private set; } = "";

    /// <summary>Penalty only: ordinary, lighter, mitigated (减轻) or not punished (不予处罚).</summary>
    public PenaltyDiscretion Discretion { get; private set; }

    /// <summary>Licensing only: granted, changed, renewed or refused (不予许可).</summary>
    public LicenceOutcome? LicenceOutcome { get; private set; }

    /// <summary>Coercion only: the measures and ways of execution taken.</summary>
    public CoercionKinds CoercionKinds { get; private set; }

    /// <summary>Levy or requisition only: the amount levied or compensated, in yuan.</summary>
    public decimal? LevyAmount { get; private set; }

    // Licensing.
    public LicenceKind? LicenceKind { get; private set; }

    public string CertificateName { get; private set; } = "";

    public string CertificateNumber { get; private set; } = "";

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    // 双随机 inspection results.
    public string InspectionTask { get; private set; } = "";

    public InspectionResult? InspectionResult { get; private set; }

    public string Findings { get; private set; } = "";

    public string FollowUp { get; private set; } = "";

    public string Remarks { get; private set; } = "";

    /// <summary>A minor is involved: never published, whatever else happens.</summary>
    public bool InvolvesMinor { get; private set; }

    /// <summary>公示截止期: after this day the decision leaves public view (credit rules); the record stays.</summary>
    public DateOnly? PublicUntil { get; private set; }

    public IReadOnlyList<DecisionOfficer> Officers => _officers;

    // Publication.
    public long? PublicationDeadlineId { get; private set; }

    public Deadline? PublicationDeadline { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string LatenessReason { get; private set; } = "";

    /// <summary>Working days past the due date on the day of publication (0 when on time).</summary>
    public int WorkingDaysLate { get; private set; }

    // Non-disclosure.
    public NonDisclosureReason? NonDisclosureReason { get; private set; }

    public string NonDisclosureApprover { get; private set; } = "";

    public DateOnly? NonDisclosureApprovedOn { get; private set; }

    public string NonDisclosureNote { get; private set; } = "";

    // Withdrawal.
    public WithdrawalReason? WithdrawalReason { get; private set; }

    public string WithdrawalNote { get; private set; } = "";

    /// <summary>The date of the act (judgment, reconsideration decision, own revocation) that revoked the decision.</summary>
    public DateOnly? RevokingActDate { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public long? ReplacementId { get; private set; }

    public long? WithdrawalDeadlineId { get; private set; }

    public Deadline? WithdrawalDeadline { get; private set; }

    public string WithdrawalLatenessReason { get; private set; } = "";

    public int WithdrawalWorkingDaysLate { get; private set; }

    // Recording.
    public DateTime CreatedAtUtc { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Publicly visible on <paramref name="today"/>: published, no minor involved, within its publication period.</summary>
    public bool IsPublicOn(DateOnly today) =>
        State == DecisionState.Published && !InvolvesMinor && (PublicUntil is null || PublicUntil >= today);

    /// <summary>The record may still be corrected: before publication only (a published record is withdrawn and replaced).</summary>
    public bool IsEditable => State is DecisionState.Draft or DecisionState.Decided;

    /// <summary>
    /// What the full-text index holds (<see cref="SearchText.Of"/>), kept in step by every change of the published text; null only on
    /// a row written before the column existed, until the start-up backfill gives it one.
    /// </summary>
    public string? IndexedText { get; private set; }

    /// <summary>Brings <see cref="IndexedText"/> up to the published text.</summary>
    public void RefreshIndexedText() => IndexedText = SearchText.Of(this);

    public void RefreshPublicName(bool maskNaturalPersons)
    {
        PublicPartyName = PartyNames.Public(PartyKind, PartyName, maskNaturalPersons);
        if (PartyKind != PartyKind.Organisation && maskNaturalPersons && LegalRepresentative.Length > 0)
        {
            // An individual business's operator is a natural person too.
            PublicLegalRepresentative = PartyNames.MaskPerson(LegalRepresentative);
        }
        else
        {
            PublicLegalRepresentative = LegalRepresentative.Trim();
        }

        RefreshIndexedText();
    }

    public string PublicLegalRepresentative { get; private set; } = "";

    /// <summary>Sets the handling officers, keeping those already recorded with the same certificate (so the trail shows only real changes).</summary>
    public void SetOfficers(IEnumerable<DecisionOfficer> officers)
    {
        var wanted = officers.ToList();
        _officers.RemoveAll(o => !wanted.Any(w => w.OfficerId == o.OfficerId && w.CertificateNumber == o.CertificateNumber));
        _officers.AddRange(wanted.Where(w => !_officers.Any(o => o.OfficerId == w.OfficerId && o.CertificateNumber == w.CertificateNumber)));
    }
}

/// <summary>A handling officer of a decision, with the certificate number valid on the decision date.</summary>
public sealed class DecisionOfficer
{
    public long DecisionId { get; private set; }

    public required int OfficerId { get; init; }

    public required string OfficerName { get; init; }

    public required string CertificateNumber { get; init; }
}
