using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class ListTests
{
    private static readonly DateTime s_at = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static MatterContent Matter(IReadOnlyList<FlowStep> steps, string code = "T-001") => new()
    {
        Code = code,
        Name = "测试事项",
        Category = EnforcementCategory.Penalty,
        LegalBasis = "《测试法》第一条",
        Flowchart = steps,
    };

    [Fact]
    public void A_flowchart_needs_steps_existing_targets_and_an_end()
    {
        Assert.Equal(["流程图至少需要一个步骤。"], Flowchart.Problems([]));
        Assert.Equal(["步骤 1（受理）指向不存在的步骤 9。"], Flowchart.Problems([new(1, "受理", null, [new(2), new(9, "不予受理")]), new(2, "决定")]));
        Assert.Equal(["流程图没有结束步骤（每个步骤都指向下一步）。"], Flowchart.Problems([new(1, "甲", null, [new(2)]), new(2, "乙", null, [new(1)])]));
        Assert.Equal(["步骤编号 1 重复。"], Flowchart.Problems([new(1, "甲"), new(1, "乙")]));
        Assert.Empty(Flowchart.Problems([new(1, "受理", null, [new(2, "符合条件"), new(1, "补正")]), new(2, "决定")]));
    }

    [Fact]
    public void A_list_is_submitted_returned_with_an_opinion_resubmitted_and_approved_as_a_version()
    {
        var revision = new ListRevision { AgencyId = 1, Kind = ListKind.Matters, CreatedAtUtc = s_at, CreatedBy = "staff" };
        Assert.Null(revision.SetMatters([Matter([new(1, "受理")])]));

        Assert.Empty(revision.Submit(s_at, "staff"));
        Assert.Equal("只有草稿或被退回的清单可以修改。", revision.SetMatters([]));
        Assert.Equal("退回时须填写审核意见，说明需要修改的问题。", revision.Return(" ", s_at, "reviewer"));
        Assert.Null(revision.Return("法律依据应写明条款。", s_at, "reviewer"));
        Assert.Equal((RevisionState.Returned, "法律依据应写明条款。"), (revision.State, revision.Opinion));

        Assert.Null(revision.SetMatters([Matter([new(1, "受理")]) with { LegalBasis = "《测试法》第一条第二款" }]));
        Assert.Empty(revision.Submit(s_at, "staff"));
        Assert.Null(revision.Approve(3, s_at, "reviewer", null));
        Assert.Equal((RevisionState.Approved, 3), (revision.State, revision.Version));
        Assert.Equal("《测试法》第一条第二款", revision.Matters().Single().LegalBasis);
        Assert.Equal("只有已提交审核的清单可以审核通过。", revision.Approve(4, s_at, "reviewer", null));
    }

    [Fact]
    public void A_list_with_problems_or_no_items_cannot_be_submitted()
    {
        var empty = new ListRevision { AgencyId = 1, Kind = ListKind.Matters, CreatedAtUtc = s_at, CreatedBy = "staff" };
        Assert.Equal(["清单中没有任何事项。"], empty.Submit(s_at, "staff"));

        var broken = new ListRevision { AgencyId = 1, Kind = ListKind.Matters, CreatedAtUtc = s_at, CreatedBy = "staff" };
        broken.SetMatters([Matter([])]);
        Assert.Equal(["事项“测试事项”：流程图至少需要一个步骤。"], broken.Submit(s_at, "staff"));
        Assert.Equal(RevisionState.Draft, broken.State);
    }

    [Fact]
    public void A_statutory_period_needs_its_legal_basis()
    {
        var matter = Matter([new(1, "受理")]) with { StatutoryPeriod = new StatutoryPeriod(Period.WorkingDays(5), " ") };

        Assert.Equal(["事项“测试事项”另有规定的公开期限须注明依据。"], matter.Problems());
    }
}
