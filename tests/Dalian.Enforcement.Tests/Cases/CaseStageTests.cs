using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using static Dalian.Enforcement.Tests.Cases.CaseTestData;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Cases;

public sealed class CaseStageTests
{
    [Fact]
    public void A_stage_out_of_order_is_refused_naming_the_stage_that_must_come_first()
    {
        var c = New();

        var problems = c.Take(Penalty, Done("investigation", "2025-07-02"), On("2025-07-02"));

        var problem = Assert.Single(problems);
        Assert.Equal("Code", problem.Field);
        Assert.Contains("请先办理“立案”环节，再办理“调查取证”", problem.Message);
        Assert.Empty(c.Stages);
    }

    [Fact]
    public void The_default_penalty_procedure_is_the_general_procedure_in_order()
    {
        Assert.Equal(["立案", "调查取证", "案件审查", "告知", "陈述申辩", "听证", "法制审核", "集体讨论", "决定", "送达", "执行", "结案"],
            Penalty.Stages.Select(s => s.Name));
        Assert.Equal(["申请", "受理", "审查", "决定", "送达"], Rules.Procedure(EnforcementCategory.Licensing)!.Stages.Select(s => s.Name));
    }

    [Fact]
    public void A_required_stage_cannot_be_skipped_and_a_skip_needs_its_reason()
    {
        var c = Through(New(), "statement", "2025-07-02");

        var required = New().Take(Penalty, new StageInput { Code = "filing", Skip = true, SkipReason = "无" }, On("2025-07-02"));
        var reasonless = c.Take(Penalty, new StageInput { Code = "statement", Skip = true }, On("2025-07-02"));
        var skipped = c.Take(Penalty, new StageInput { Code = "statement", Skip = true, SkipReason = "当事人书面放弃陈述申辩" }, On("2025-07-02"));

        Assert.Contains(required, p => p.Field == "Code" && p.Message.Contains("“立案”是必经环节，不能跳过"));
        Assert.Equal("SkipReason", Assert.Single(reasonless).Field);
        Assert.Empty(skipped);
        var entry = c.Entry("statement")!;
        Assert.Equal(StageStatus.Skipped, entry.Status);
        Assert.Equal("当事人书面放弃陈述申辩", entry.SkipReason);
        Assert.Equal("听证", c.CurrentStage(Penalty)!.Name);
    }

    [Fact]
    public void The_deciding_stage_needs_the_decision_confirmed_on_its_own_date()
    {
        var c = Through(New(), "decision", "2025-07-02");

        var undecided = c.Take(Penalty, Done("decision", "2025-07-03"), On("2025-07-03"));
        var otherDay = c.Take(Penalty, Done("decision", "2025-07-03"), On("2025-07-03", decided: D("2025-07-02")));
        var decided = c.Take(Penalty, Done("decision", "2025-07-03"), On("2025-07-03", decided: D("2025-07-03")));

        Assert.Contains("请先起草决定书并确认作出决定", Assert.Single(undecided).Message);
        Assert.Contains("应为决定日期 2025-07-02", Assert.Single(otherDay).Message);
        Assert.Empty(decided);
        Assert.Equal("大洼水罚〔2025〕9号", c.Entry("decision")!.DocumentNumber);
    }

    [Fact]
    public void The_last_stage_closes_the_case_and_nothing_is_taken_after_it()
    {
        var c = Through(New(), "closing", "2025-07-02");
        Assert.False(c.IsClosed);

        Assert.Empty(c.Take(Penalty, Done("closing", "2025-07-04"), On("2025-07-04")));

        Assert.Equal(D("2025-07-04"), c.ClosedOn);
        Assert.Contains("已结案", Assert.Single(c.Take(Penalty, Done("closing", "2025-07-04"), On("2025-07-04"))).Message);
        Assert.Contains("已结案", Assert.Single(c.AddRecord(Penalty, Video("closing", "2025-07-04"), Two[0], At("2025-07-04", 18))).Message);
    }

    [Fact]
    public void An_on_site_stage_needs_two_officers_each_with_a_certificate_valid_that_day()
    {
        var c = Through(New(), "investigation", "2025-07-02");
        Assert.Empty(c.AddRecord(Penalty, Written("investigation", "2025-07-02"), null, At("2025-07-02", 18)));
        var expired = Officer("赵六", until: "2025-06-30");

        var alone = c.Take(Penalty, Done("investigation", "2025-07-02") with { Present = [Two[0]] }, On("2025-07-02"));
        var uncertified = c.Take(Penalty, Done("investigation", "2025-07-02") with { Present = [Two[0], expired] }, On("2025-07-02"));
        var noPlace = c.Take(Penalty, Done("investigation", "2025-07-02") with { Place = " " }, On("2025-07-02"));

        Assert.Contains("至少 2 名", Assert.Single(alone, p => p.Field == "OfficerIds").Message);
        Assert.Contains("赵六在 2025-07-02 没有有效的执法证", Assert.Single(uncertified).Message);
        Assert.Equal("Place", Assert.Single(noPlace).Field);
        Assert.Empty(c.Take(Penalty, Done("investigation", "2025-07-02"), On("2025-07-02")));
        Assert.Contains("（", c.Entry("investigation")!.Officers); // certificate numbers are recorded beside the names
    }

    [Fact]
    public void Times_run_forward_and_an_entry_made_later_than_the_grace_needs_a_reason()
    {
        var c = Through(New(), "investigation", "2025-07-02");
        Assert.Empty(c.AddRecord(Penalty, Written("investigation", "2025-07-02"), null, At("2025-07-02", 18)));

        var beforePrevious = c.Take(Penalty, Done("investigation", "2025-07-01", 8), On("2025-07-02"));
        var future = c.Take(Penalty, Done("investigation", "2025-07-03"), On("2025-07-02"));
        var backdated = c.Take(Penalty, Done("investigation", "2025-07-02"), On("2025-07-05"));

        Assert.Contains("不能早于上一环节“立案”的时间（2025-07-02 09:00）", Assert.Single(beforePrevious).Message);
        Assert.Contains("不能晚于现在", Assert.Single(future).Message);
        Assert.Contains("早 3 天，属于补录", Assert.Single(backdated).Message);
        Assert.Empty(c.Take(Penalty, Done("investigation", "2025-07-02") with { BackdateReason = "系统故障后补录" }, On("2025-07-05")));
        var missingNumber = c.Take(Penalty, Done("report", "2025-07-05") with { DocumentNumber = "" }, On("2025-07-05"));
        Assert.Contains("请填写调查终结报告的文书编号", Assert.Single(missingNumber).Message);
    }
}
