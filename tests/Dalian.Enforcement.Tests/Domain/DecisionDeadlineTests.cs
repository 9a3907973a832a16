using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>
/// The publication and withdrawal clocks on the official calendar. Expected dates come from domain.md's
/// examples or were counted by hand from cn-holidays.csv, and each is checked against the naive oracle too.
/// </summary>
public sealed class DecisionDeadlineTests
{
    [Theory]
    [InlineData(EnforcementCategory.Penalty, "2024-02-08", "2024-02-23")] // domain.md: across the 2024 Spring Festival
    [InlineData(EnforcementCategory.Licensing, "2019-09-27", "2019-10-12")] // domain.md: a working Saturday
    [InlineData(EnforcementCategory.Coercion, "2025-04-30", "2025-06-03")] // domain.md: 20 working days for other decisions
    [InlineData(EnforcementCategory.Inspection, "2025-04-30", "2025-06-03")]
    [InlineData(EnforcementCategory.Penalty, "2025-04-30", "2025-05-14")] // 7 days after Labour Day: 05-06 … 05-14
    public void The_publication_deadline_is_on_the_official_calendar(EnforcementCategory category, string decided, string due)
    {
        var decision = Decided(decided, category);

        Assert.Equal(D(due), decision.PublicationDeadline!.Due);
        Assert.Equal(D(due), OfficialCalendarOracle.AddWorkingDays(D(decided), category is EnforcementCategory.Penalty or EnforcementCategory.Licensing ? 7 : 20));
    }

    [Fact]
    public void The_2019_national_day_deadline_falls_on_a_saturday_that_was_a_working_day() =>
        Assert.Equal(DayOfWeek.Saturday, Decided("2019-09-27", EnforcementCategory.Licensing).PublicationDeadline!.Due.DayOfWeek);

    [Fact]
    public void A_matters_statutory_period_overrides_the_categorys()
    {
        var statutory = new StatutoryPeriod(Period.WorkingDays(20), "某行政法规另有规定");
        var decision = Draft("2025-04-30", EnforcementCategory.Penalty);

        Assert.Null(decision.Decide(D("2025-04-30"), Policy.PublicationPeriod(decision.Category, statutory), Calendar));

        Assert.Equal(Period.WorkingDays(20), decision.PublicationDeadline!.Period);
        Assert.Equal(D("2025-06-03"), decision.PublicationDeadline.Due); // not 2025-05-14, the penalty's 7 days
    }

    [Fact]
    public void A_statutory_period_in_calendar_days_ending_on_a_holiday_moves_to_the_next_working_day()
    {
        var statutory = new StatutoryPeriod(Period.CalendarDays(3), "某法律另有规定");
        var decision = Draft("2025-04-30", EnforcementCategory.Coercion);

        Assert.Null(decision.Decide(D("2025-04-30"), Policy.PublicationPeriod(decision.Category, statutory), Calendar));

        Assert.Equal(D("2025-05-06"), decision.PublicationDeadline!.Due); // 05-03 is in the Labour Day holiday (05-01 … 05-05)
    }

    [Fact]
    public void Correcting_the_decision_date_restarts_the_clock_on_the_same_deadline()
    {
        var decision = Decided("2024-02-08");
        var deadline = decision.PublicationDeadline!;

        decision.Changed(c => c.DecisionDate = D("2024-02-01"));
        decision.Corrected(Policy.PublicationPeriod(decision.Category), Calendar);

        Assert.Same(deadline, decision.PublicationDeadline);
        Assert.Equal(D("2024-02-01"), deadline.Start);
        Assert.Equal(D("2024-02-09"), deadline.Due); // 02-02, Sunday 02-04 (调休上班), 02-05 … 02-09
        Assert.Equal(D("2024-02-09"), OfficialCalendarOracle.AddWorkingDays(D("2024-02-01"), 7));
    }

    [Fact]
    public void Correcting_the_category_restarts_the_clock_with_its_period()
    {
        var decision = Decided("2025-04-30", EnforcementCategory.Penalty);

        decision.Changed(c => c.Category = EnforcementCategory.Coercion);
        decision.Corrected(Policy.PublicationPeriod(decision.Category), Calendar);

        Assert.Equal(Period.WorkingDays(20), decision.PublicationDeadline!.Period);
        Assert.Equal(D("2025-06-03"), decision.PublicationDeadline.Due);
    }

    [Fact]
    public void A_met_deadline_is_not_moved_by_a_later_calendar_change()
    {
        var decision = Published("2024-02-08");
        var due = decision.PublicationDeadline!.Due;
        var changed = new WorkingDayCalendar([new CalendarDay
        {
            Date = D("2024-02-19"), Kind = CalendarDayKind.Holiday, Name = "测试", Notice = "测试", ArrangementYear = 2024,
        }], [2024]);

        Assert.False(decision.PublicationDeadline.Recompute(changed));
        Assert.Equal(due, decision.PublicationDeadline.Due);
    }

    [Fact]
    public void A_correction_after_publication_leaves_the_met_deadline_alone()
    {
        var decision = Published("2024-02-08");
        var earlier = decision.Recorded with { DecisionDate = D("2024-02-01") };

        Assert.Contains("不能修改", decision.Correct(earlier, DecisionTestData.Today));
        decision.Corrected(Policy.PublicationPeriod(decision.Category), Calendar);
        Assert.Equal(D("2024-02-08"), decision.DecisionDate);

        Assert.Equal(D("2024-02-08"), decision.PublicationDeadline!.Start);
        Assert.Equal(D("2024-02-23"), decision.PublicationDeadline.Due);
    }

    [Fact]
    public void Publishing_on_the_due_date_is_on_time()
    {
        var decision = Decided("2024-02-08");

        Assert.Null(decision.Publish(D("2024-02-23"), "  ", Calendar));

        Assert.Equal(DecisionState.Published, decision.State);
        Assert.Equal(0, decision.WorkingDaysLate);
        Assert.Equal("", decision.LatenessReason);
        Assert.Equal(D("2024-02-23"), decision.PublicationDeadline!.CompletedOn);
        Assert.False(decision.PublicationDeadline.Overdue);
        Assert.False(decision.PublicationDeadline.IsOverdueOn(D("2024-03-01")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Publishing_after_the_due_date_without_a_reason_is_refused(string? reason)
    {
        var decision = Decided("2024-02-08");

        Assert.Equal("已超过公开期限（2024-02-23），请填写逾期公开的原因。", decision.Publish(D("2024-02-26"), reason, Calendar));

        Assert.Equal(DecisionState.Decided, decision.State);
        Assert.Null(decision.PublishedOn);
        Assert.Null(decision.PublicationDeadline!.CompletedOn);
        Assert.True(decision.PublicationDeadline.IsOverdueOn(D("2024-02-26")));
    }

    // Decided 2024-09-18, due 2024-09-27 (Friday). Between it and National Day: Sunday 09-29 and 09-30 are working days,
    // 10-01 … 10-07 are holidays, Saturday 10-12 is a working day.
    [Theory]
    [InlineData("2024-09-29", 1)]
    [InlineData("2024-09-30", 2)]
    [InlineData("2024-10-08", 3)] // eleven calendar days late, three working days
    [InlineData("2024-10-12", 7)]
    public void A_late_publication_with_a_reason_counts_the_working_days_late(string publishedOn, int workingDaysLate)
    {
        var decision = Decided("2024-09-18");
        var deadline = decision.PublicationDeadline!;
        Assert.Equal(D("2024-09-27"), deadline.Due);
        deadline.Overdue = deadline.IsOverdueOn(D("2024-09-28")); // the overdue sweep ran before publication

        Assert.Null(decision.Publish(D(publishedOn), " 系统故障延误 ", Calendar));

        Assert.Equal(DecisionState.Published, decision.State);
        Assert.Equal("系统故障延误", decision.LatenessReason);
        Assert.Equal(workingDaysLate, decision.WorkingDaysLate);
        Assert.Equal(workingDaysLate, OfficialWorkingDaysAfter(D("2024-09-27"), D(publishedOn)));
        Assert.Equal(D(publishedOn), deadline.CompletedOn);
        Assert.True(deadline.Overdue);
        Assert.False(deadline.IsOverdueOn(D(publishedOn)));
    }

    [Fact]
    public void Publishing_on_a_day_off_after_the_due_date_is_late_by_one_working_day()
    {
        var decision = Decided("2024-09-18"); // due Friday 2024-09-27; Saturday 09-28 is a day off
        Assert.Equal(0, OfficialWorkingDaysAfter(D("2024-09-27"), D("2024-09-28")));

        Assert.Contains("请填写逾期公开的原因", decision.Publish(D("2024-09-28"), null, Calendar));
        Assert.Null(decision.Publish(D("2024-09-28"), "周末补发", Calendar));

        Assert.Equal(1, decision.WorkingDaysLate);
    }

    [Fact]
    public void Withdrawing_on_the_third_working_day_after_the_revoking_act_is_on_time()
    {
        var decision = Published("2024-09-18");

        // Act on Thursday 09-26: 09-27, Sunday 09-29 (调休上班), 09-30.
        Assert.Null(decision.Withdraw(WithdrawalReason.Revoked, "法院判决撤销", D("2024-09-26"), null, null, D("2024-09-30"), Policy.Withdrawal, Calendar));

        var deadline = decision.WithdrawalDeadline!;
        Assert.Equal(DeadlineKind.Withdrawal, deadline.Kind);
        Assert.Equal(D("2024-09-26"), deadline.Start);
        Assert.Equal(D("2024-09-30"), deadline.Due);
        Assert.Equal(D("2024-09-30"), OfficialCalendarOracle.AddWorkingDays(D("2024-09-26"), 3));
        Assert.Equal(D("2024-09-30"), deadline.CompletedOn);
        Assert.False(deadline.Overdue);
        Assert.Equal(0, decision.WithdrawalWorkingDaysLate);
        Assert.Equal("", decision.WithdrawalLatenessReason);
    }

    [Fact]
    public void Withdrawing_after_the_clock_without_a_reason_is_refused()
    {
        var decision = Published("2024-09-18");

        Assert.Equal("已超过撤回期限（2024-09-30），请填写逾期撤回的原因。",
            decision.Withdraw(WithdrawalReason.Revoked, "法院判决撤销", D("2024-09-26"), null, " ", D("2024-10-08"), Policy.Withdrawal, Calendar));

        Assert.Equal(DecisionState.Published, decision.State);
        Assert.Null(decision.WithdrawalDeadline);
        Assert.Null(decision.WithdrawnOn);
    }

    [Theory]
    [InlineData("2024-10-08", 1)] // across the National Day holiday
    [InlineData("2024-10-12", 5)] // a working Saturday counts
    public void A_late_withdrawal_with_a_reason_counts_the_working_days_late(string withdrawnOn, int workingDaysLate)
    {
        var decision = Published("2024-09-18");

        Assert.Null(decision.Withdraw(WithdrawalReason.Revoked, "法院判决撤销", D("2024-09-26"), null, " 判决书送达延误 ",
            D(withdrawnOn), Policy.Withdrawal, Calendar));

        Assert.Equal(DecisionState.Withdrawn, decision.State);
        Assert.Equal("判决书送达延误", decision.WithdrawalLatenessReason);
        Assert.Equal(workingDaysLate, decision.WithdrawalWorkingDaysLate);
        Assert.Equal(workingDaysLate, OfficialWorkingDaysAfter(D("2024-09-30"), D(withdrawnOn)));
        Assert.Equal(D(withdrawnOn), decision.WithdrawalDeadline!.CompletedOn);
        Assert.True(decision.WithdrawalDeadline.Overdue);
    }

    [Fact]
    public void A_deadline_is_overdue_only_while_open_and_past_due()
    {
        var deadline = Deadline.Create(DeadlineKind.Publication, D("2024-02-08"), Period.WorkingDays(7), Calendar);

        Assert.False(deadline.IsOverdueOn(D("2024-02-23")));
        Assert.True(deadline.IsOverdueOn(D("2024-02-24")));

        Assert.True(deadline.Complete(D("2024-02-26")));
        Assert.True(deadline.Overdue);
        Assert.False(deadline.IsOverdueOn(D("2024-03-01")));
    }

    [Fact]
    public void Restarting_a_deadline_recomputes_its_due_date_and_refuses_an_empty_period()
    {
        var deadline = Deadline.Create(DeadlineKind.Publication, D("2024-02-08"), Period.WorkingDays(7), Calendar);

        deadline.Restart(D("2019-09-27"), Period.WorkingDays(7), Calendar);
        Assert.Equal(D("2019-10-12"), deadline.Due);

        Assert.Throws<ArgumentOutOfRangeException>(() => deadline.Restart(D("2024-02-08"), Period.WorkingDays(0), Calendar));
        Assert.Equal(D("2019-09-27"), deadline.Start);
        Assert.False(deadline.Complete(D("2019-10-12")));
        Assert.False(deadline.Overdue);
    }

    private static int OfficialWorkingDaysAfter(DateOnly from, DateOnly to) =>
        OfficialCalendarOracle.EveryDay(from.AddDays(1), to).Count(OfficialCalendarOracle.IsWorkingDay);
}
