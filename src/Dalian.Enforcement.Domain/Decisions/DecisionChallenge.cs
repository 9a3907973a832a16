namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>行政复议 or 行政诉讼 against a decision.</summary>
public enum ChallengeKind
{
    Reconsideration,
    Litigation,
}

/// <summary>
/// How a reconsideration or lawsuit ended (行政复议法 arts. 63–68; 行政诉讼法 arts. 69–78). The corrective outcomes are the report's
/// 被复议纠错 and 败诉, and each takes the published decision down with the matching withdrawal reason.
/// </summary>
public enum ChallengeOutcome
{
    Pending,

    /// <summary>维持 (复议) or 驳回诉讼请求 (诉讼).</summary>
    Upheld,

    /// <summary>驳回复议申请 / 终止 / 撤回: ended without a ruling on the decision.</summary>
    Ended,
    Revoked,
    Changed,
    ConfirmedIllegal,
    ConfirmedVoid,
    OrderedAnew,
}

/// <summary>A reconsideration or lawsuit recorded by staff on one of their decisions; it is never deleted, its outcome recorded once.</summary>
public sealed class DecisionChallenge
{
    public long Id { get; private set; }

    public required long DecisionId { get; init; }

    public required int AgencyId { get; init; }

    public required ChallengeKind Kind { get; init; }

    public required DateOnly FiledOn { get; init; }

    /// <summary>复议机关 or 人民法院.</summary>
    public required string Body { get; init; }

    /// <summary>复议或诉讼案号, as the body numbered it.</summary>
    public string CaseNumber { get; init; } = "";

    public ChallengeOutcome Outcome { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string OutcomeNote { get; private set; } = "";

    public DateTime RecordedAtUtc { get; init; }

    public string RecordedBy { get; init; } = "";

    public bool IsCorrective => Outcome.IsCorrective();

    /// <summary>Why a challenge filed on <paramref name="filedOn"/> against <paramref name="decision"/> cannot be recorded on <paramref name="today"/>.</summary>
    public static string? FilingProblem(Decision decision, DateOnly filedOn, DateOnly today) =>
        decision.State == DecisionState.Draft ? "草稿尚未作出决定，不能登记复议或诉讼。"
        : filedOn < decision.DecisionDate || filedOn > today ? $"申请或起诉日期应在决定日期（{decision.DecisionDate:yyyy-MM-dd}）和今天之间。"
        : null;

    /// <summary>Records the outcome once; a corrective one returns the withdrawal reason the decision now needs.</summary>
    public string? Conclude(ChallengeOutcome outcome, DateOnly decidedOn, string note, DateOnly today)
    {
        if (Outcome != ChallengeOutcome.Pending)
        {
            return "该复议或诉讼的结果已登记，不能再次登记。";
        }

        if (outcome == ChallengeOutcome.Pending || !Enum.IsDefined(outcome))
        {
            return "请选择结果。";
        }

        if (decidedOn < FiledOn || decidedOn > today)
        {
            return $"结果日期应在申请或起诉日期（{FiledOn:yyyy-MM-dd}）和今天之间。";
        }

        (Outcome, DecidedOn, OutcomeNote) = (outcome, decidedOn, note.Trim());
        return null;
    }
}

public static class ChallengeTerms
{
    public static bool IsCorrective(this ChallengeOutcome outcome) =>
        outcome is ChallengeOutcome.Revoked or ChallengeOutcome.Changed or ChallengeOutcome.ConfirmedIllegal or ChallengeOutcome.ConfirmedVoid
            or ChallengeOutcome.OrderedAnew;

    /// <summary>The reason a published decision is withdrawn after a corrective outcome.</summary>
    public static WithdrawalReason? Withdrawal(this ChallengeOutcome outcome) => outcome switch
    {
        ChallengeOutcome.Revoked => WithdrawalReason.Revoked,
        ChallengeOutcome.Changed => WithdrawalReason.Changed,
        ChallengeOutcome.ConfirmedIllegal => WithdrawalReason.ConfirmedIllegal,
        ChallengeOutcome.ConfirmedVoid => WithdrawalReason.ConfirmedVoid,
        ChallengeOutcome.OrderedAnew => WithdrawalReason.OrderedAnew,
        _ => null,
    };

    public static string Title(this ChallengeKind kind) => kind == ChallengeKind.Reconsideration ? "行政复议" : "行政诉讼";

    public static string Title(this ChallengeOutcome outcome, ChallengeKind kind) => outcome switch
    {
        ChallengeOutcome.Pending => kind == ChallengeKind.Reconsideration ? "复议中" : "诉讼中",
        ChallengeOutcome.Upheld => kind == ChallengeKind.Reconsideration ? "维持" : "驳回诉讼请求",
        ChallengeOutcome.Ended => kind == ChallengeKind.Reconsideration ? "驳回申请、终止或撤回" : "裁定驳回起诉或撤诉",
        ChallengeOutcome.Revoked => "撤销",
        ChallengeOutcome.Changed => "变更",
        ChallengeOutcome.ConfirmedIllegal => "确认违法",
        ChallengeOutcome.ConfirmedVoid => "确认无效",
        _ => "责令（判决）重新作出",
    };
}
