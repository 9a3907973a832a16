namespace Dalian.Enforcement.Domain.Cases;

/// <summary>An approved extension of one clock of a case (延长办案期限): how much, why, who approved it and when. Never changed.</summary>
public sealed class CaseExtension
{
    public long Id { get; private set; }

    public long CaseId { get; private set; }

    /// <summary>The clock's name, e.g. 处罚决定期限.</summary>
    public required string Clock { get; init; }

    public required int Days { get; init; }

    public required string Reason { get; init; }

    public required string Approver { get; init; }

    public required DateOnly ApprovedOn { get; init; }

    public required DateTime RecordedAtUtc { get; init; }

    public required string RecordedBy { get; init; }
}

public sealed partial class EnforcementCase
{
    private readonly List<CaseExtension> _extensions = [];

    public IReadOnlyList<CaseExtension> Extensions => _extensions;

    public int ExtendedBy(string clock) => _extensions.Where(e => e.Clock == clock).Sum(e => e.Days);

    /// <summary>
    /// Extends a running clock with approval, before it runs out and within what the rule allows in total; or says why not.
    /// </summary>
    public List<CaseProblem> Extend(CaseClockRule rule, CaseClock? clock, int days, string reason, string approver, DateOnly today, DateTime nowUtc, string by)
    {
        var problems = new List<CaseProblem>();
        if (rule.MaxExtension <= 0)
        {
            return [new("Clock", $"“{rule.Name}”依法不能延长。")];
        }

        if (clock is null || clock.MetOn is not null)
        {
            return [new("Clock", clock is null ? $"“{rule.Name}”尚未起算。" : $"“{rule.Name}”已经完成，无需延长。")];
        }

        if (today > clock.Due)
        {
            problems.Add(new("Clock", $"“{rule.Name}”已于 {clock.Due:yyyy-MM-dd} 届满：延长须在届满前批准。"));
        }

        var left = rule.MaxExtension - ExtendedBy(rule.Name);
        if (days <= 0 || days > left)
        {
            problems.Add(new("Days", left > 0 ? $"可延长 1 至 {left} {(rule.Unit == Deadlines.PeriodUnit.WorkingDays ? "个工作日" : "日")}（依据：{rule.ExtensionBasis}）。" : "已达到可延长的上限。"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new("Reason", "请填写延长的理由。"));
        }

        if (string.IsNullOrWhiteSpace(approver))
        {
            problems.Add(new("Approver", "请选择批准延长的负责人。"));
        }

        if (problems.Count == 0)
        {
            _extensions.Add(new CaseExtension { Clock = rule.Name, Days = days, Reason = reason.Trim(), Approver = approver, ApprovedOn = today, RecordedAtUtc = nowUtc, RecordedBy = by });
        }

        return problems;
    }
}
