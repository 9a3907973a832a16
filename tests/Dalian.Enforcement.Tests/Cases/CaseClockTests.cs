using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using static Dalian.Enforcement.Tests.Cases.CaseTestData;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Cases;

/// <summary>Each clock at its boundary on the official calendar (known answers from the State Council's notices).</summary>
public sealed class CaseClockTests
{
    private static CaseClockRule Rule(EnforcementCategory category, string name) => Rules.ClocksOf(category).Single(r => r.Name == name);

    [Theory]
    [InlineData("2025-10-09", ClockState.Met)]
    [InlineData("2025-10-10", ClockState.MetLate)]
    public void A_penalty_is_decided_within_90_days_and_a_period_ending_in_the_national_day_holiday_runs_to_the_next_working_day(string decided, ClockState state)
    {
        // 2025-07-03 + 90 days is 2025-10-01, inside the 2025 National Day holiday (10-01 to 10-08).
        var clock = CaseClocks.Of(Rule(EnforcementCategory.Penalty, "处罚决定期限"), D("2025-07-03"), D(decided), Calendar, D("2025-12-01"))!;

        Assert.Equal(D("2025-10-09"), clock.Due);
        Assert.Equal(state, clock.State);
    }

    [Theory]
    [InlineData("2025-06-03", ClockState.Running)]
    [InlineData("2025-06-04", ClockState.Overdue)]
    public void A_licence_is_decided_within_20_working_days_of_acceptance(string today, ClockState state)
    {
        var clock = CaseClocks.Of(Rule(EnforcementCategory.Licensing, "许可决定期限"), D("2025-04-30"), null, Calendar, D(today))!;

        Assert.Equal(D("2025-06-03"), clock.Due);
        Assert.Equal(state, clock.State);
    }

    [Fact]
    public void A_penalty_decision_is_served_within_7_working_days()
    {
        var clock = CaseClocks.Of(Rule(EnforcementCategory.Penalty, "送达期限"), D("2024-02-08"), D("2024-02-23"), Calendar, D("2024-03-01"))!;

        Assert.Equal(D("2024-02-23"), clock.Due);
        Assert.Equal(ClockState.Met, clock.State);
    }

    [Fact]
    public void The_clocks_of_a_case_start_from_its_own_stage_dates()
    {
        var c = Through(New(discovered: "2025-07-01"), "investigation", "2025-07-03");

        var clocks = CaseClocks.Of(c, Rules, Calendar, D("2025-10-10"));

        var filing = Assert.Single(clocks, k => k.Rule.Name == "立案期限");
        Assert.Equal((D("2025-07-01"), D("2025-07-03"), ClockState.Met), (filing.Start, filing.MetOn!.Value, filing.State));
        var deciding = Assert.Single(clocks, k => k.Rule.Name == "处罚决定期限");
        Assert.Equal((D("2025-07-03"), D("2025-10-09"), ClockState.Overdue), (deciding.Start, deciding.Due, deciding.State));
        Assert.DoesNotContain(clocks, k => k.Rule.Name == "送达期限"); // not started before the decision
        Assert.Equal([deciding], CaseCompleteness.Check(c, Penalty, _ => AvLevel.NotNeeded, clocks).LateClocks);
    }

    [Fact]
    public void A_licence_clock_extended_by_approval_runs_10_more_working_days_and_no_further()
    {
        var c = Through(New(EnforcementCategory.Licensing, discovered: "2025-04-28"), "examination", "2025-04-30");
        var rule = Rule(EnforcementCategory.Licensing, "许可决定期限");
        var running = CaseClocks.Of(c, Rules, Calendar, D("2025-05-20")).Single(k => k.Rule == rule);
        Assert.Equal(D("2025-06-03"), running.Due);

        var tooMuch = c.Extend(rule, running, 11, "现场核查需补充材料", "王建国（reviewer）", D("2025-05-20"), At("2025-05-20"), "water.staff");
        var granted = c.Extend(rule, running, 10, "现场核查需补充材料", "王建国（reviewer）", D("2025-05-20"), At("2025-05-20"), "water.staff");
        var again = c.Extend(rule, running, 1, "再延", "王建国（reviewer）", D("2025-05-20"), At("2025-05-20"), "water.staff");

        Assert.Contains("可延长 1 至 10 个工作日", Assert.Single(tooMuch).Message);
        Assert.Empty(granted);
        Assert.Contains("已达到可延长的上限", Assert.Single(again).Message);
        var extended = CaseClocks.Of(c, Rules, Calendar, D("2025-06-10")).Single(k => k.Rule == rule);
        Assert.Equal((D("2025-06-17"), ClockState.Running, 10), (extended.Due, extended.State, extended.Extension)); // 2025-06-03 + 10 working days
        var late = c.Extend(Rule(EnforcementCategory.Licensing, "许可决定期限"), extended with { Due = D("2025-06-01") }, 1, "x", "y", D("2025-06-10"), At("2025-06-10"), "water.staff");
        Assert.Contains(late, p => p.Message.Contains("延长须在届满前批准"));
    }
}
