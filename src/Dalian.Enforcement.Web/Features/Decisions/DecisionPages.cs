using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Officers;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>An open decision on the staff urgency list.</summary>
public sealed record UrgencyRow(long Id, string Agency, EnforcementCategory Category, string Party, string DocumentNumber,
    DateOnly DecisionDate, DecisionState State, DateOnly? Due, bool Provisional, bool HasCase = true);

public sealed record UrgencyPage(IReadOnlyList<UrgencyRow> Open, IReadOnlyList<UrgencyRow> Recent, DateOnly Today, WorkingDayCalendar Calendar,
    string? Query, DecisionState? State, bool Searched, IReadOnlyList<UrgencyRow> Found)
{
    /// <summary>Overdue first, then due within two working days, then by due date; drafts last.</summary>
    public IEnumerable<UrgencyRow> Ordered => Open
        .OrderBy(r => r.Due is null ? 3 : r.Due < Today ? 0 : WorkingDaysLeft(r) <= 2 ? 1 : 2)
        .ThenBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.Id);

    /// <summary>Working days from today to the due date: 0 on the due date, negative when overdue.</summary>
    public int WorkingDaysLeft(UrgencyRow row) => row.Due is { } due ? Calendar.WorkingDaysBetween(Today, due) : 0;
}

public sealed record RecordPage(Decision Decision, DateOnly Today, WorkingDayCalendar Calendar, bool MayChange)
{
    public IReadOnlyList<DecisionChallenge> Challenges { get; init; } = [];
}

public sealed record Difference(string Label, string Saved, string Yours);

public sealed record EditPage(Decision? Decision, DecisionForm Form, Matter Matter, IReadOnlyList<AgencyChoice> Agencies,
    IReadOnlyList<Officer> Officers, IReadOnlyList<Difference> Differences, DateOnly Today);

/// <summary>The acts that have a confirmation page: what the public feels and no one can undo.</summary>
public enum ConfirmedAct
{
    Publish,
    NotDisclose,
    Withdraw,
}

public static class ConfirmedActs
{
    public static string Title(this ConfirmedAct act) => act switch
    {
        ConfirmedAct.Publish => "公开",
        ConfirmedAct.NotDisclose => "登记不予公开",
        _ => "撤回",
    };
}

/// <summary>A confirmation page: the record, the act, and what its form needs (the approvers a non-disclosure may name).</summary>
public sealed record ConfirmPage(Decision Decision, ConfirmedAct Act, DateOnly Today, WorkingDayCalendar Calendar, Period Withdrawal,
    IReadOnlyList<Account.Approver> Approvers)
{
    /// <summary>Past the publication deadline: the act needs the reason for its lateness.</summary>
    public bool Late => Decision.PublicationDeadline is { CompletedOn: null } deadline && Today > deadline.Due;
}
