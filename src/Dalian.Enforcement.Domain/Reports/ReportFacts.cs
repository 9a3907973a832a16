using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;

namespace Dalian.Enforcement.Domain.Reports;

/// <summary>What the report reads of one decision: only the columns its counting rules use.</summary>
public sealed record DecisionFact(
    long Id, EnforcementCategory Category, DecisionState State, DateOnly DecisionDate, PenaltyKinds PenaltyKinds, PenaltyDiscretion Discretion,
    decimal? FineAmount, decimal? ConfiscatedAmount, LicenceOutcome? LicenceOutcome, CoercionKinds CoercionKinds, decimal? LevyAmount,
    InspectionResult? InspectionResult, bool HasCase, DateOnly? PublishedOn, int WorkingDaysLate, WithdrawalReason? WithdrawalReason,
    DateOnly? RevokingActDate);

/// <summary>What the report reads of one case: its category, when it was opened, accepted and closed, and its recording findings.</summary>
public sealed record CaseFact(EnforcementCategory Category, DateOnly OpenedOn, DateOnly? AcceptedOn, DateOnly? ClosedOn, bool RecordingGap, bool RecordingException);

/// <summary>An officer of the agency and whether a certificate of theirs is valid on 31 December.</summary>
public sealed record OfficerFact(int OfficerId, bool CertifiedOnYearEnd);

/// <summary>A reconsideration or lawsuit against one of the agency's decisions.</summary>
public sealed record ChallengeFact(ChallengeKind Kind, DateOnly FiledOn, ChallengeOutcome Outcome, DateOnly? DecidedOn);

/// <summary>Everything one agency-year's figures are computed from.</summary>
public sealed record ReportFacts(
    int Year, IReadOnlySet<EnforcementCategory> Powers, IReadOnlyList<DecisionFact> Decisions, IReadOnlyList<CaseFact> Cases,
    IReadOnlyList<OfficerFact> Officers, IReadOnlyList<ChallengeFact> Challenges, Reviews.ReviewFigures? Reviews);
