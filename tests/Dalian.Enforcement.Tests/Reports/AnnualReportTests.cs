using Dalian.Enforcement.Domain.Reports;

namespace Dalian.Enforcement.Tests.Reports;

/// <summary>The report's workflow: narrative, confirm, publish only after the year, frozen snapshot, corrections as versions, receipt.</summary>
public sealed class AnnualReportTests
{
    private static readonly AnnualFigures s_figures = AnnualFigures.Compute(new ReportFacts(2025, new HashSet<Dalian.Enforcement.Domain.Deadlines.EnforcementCategory>(), [], [], [], [], null), new ReportSettings());

    private static ReportSnapshot Snapshot(AnnualReport r, DateOnly on) =>
        new(r.AgencyId, "区水利局", r.Year, r.Version, on, new(2026, 1, 12), on > new DateOnly(2026, 1, 12), r.CorrectionReason, r.Narrative, s_figures);

    [Fact]
    public void A_report_is_written_confirmed_and_published_once_its_year_has_ended_then_frozen()
    {
        var r = new AnnualReport { AgencyId = 1, Year = 2025, Version = 1 };
        Assert.Contains("总体情况", r.Confirm("u", new(2026, 1, 5)));
        Assert.Contains(r.Write(new("概况 联系电话13812345678", "", "")), p => p.Field == "Overview" && p.Message.Contains("个人信息", StringComparison.Ordinal));
        Assert.Equal("", r.Overview);
        Assert.Empty(r.Write(new("全年依法履职。", "问题", "措施")));
        Assert.Contains("确认", r.Publish(d => Snapshot(r, d), "u", new(2026, 1, 8)));
        Assert.Null(r.Confirm("u", new(2026, 1, 7)));
        Assert.Contains("尚未结束", r.Publish(d => Snapshot(r, d), "u", new(2025, 12, 31)));
        Assert.Null(r.Publish(d => Snapshot(r, d), "u", new(2026, 1, 8)));

        Assert.Equal(ReportState.Published, r.State);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(r.Snapshot!)), r.SnapshotSha256);
        Assert.Equal("全年依法履职。", ReportSnapshot.FromBytes(r.Snapshot!).Narrative.Overview);
        Assert.NotEmpty(r.Write(new("改", "", "")));
        Assert.Equal("全年依法履职。", r.Overview);
    }

    [Fact]
    public void A_correction_is_a_new_version_with_its_reason_and_one_open_correction_at_a_time()
    {
        var r = new AnnualReport { AgencyId = 1, Year = 2025, Version = 1 };
        r.Write(new("概况", "", ""));
        r.Confirm("u", new(2026, 1, 7));
        r.Publish(d => Snapshot(r, d), "u", new(2026, 1, 20));

        Assert.Contains("更正原因", r.Correct(" ", [r]).Problem);
        var (next, problem) = r.Correct("许可数量统计口径有误", [r]);
        Assert.Null(problem);
        Assert.Equal((2, "许可数量统计口径有误", "概况", ReportState.Draft), (next!.Version, next.CorrectionReason, next.Overview, next.State));
        Assert.Contains("尚未公开的更正版本", r.Correct("再改", [r, next]).Problem);
        Assert.Equal(ReportStatus.PublishedLate, AnnualReport.StatusOf([r, next], new(2026, 1, 12)));
        Assert.Equal(ReportStatus.PublishedOnTime, AnnualReport.StatusOf([r], new(2026, 1, 20)));
        Assert.Equal(ReportStatus.NotStarted, AnnualReport.StatusOf([], new(2026, 1, 12)));
    }

    [Fact]
    public void Receipt_is_recorded_once_for_a_public_version_on_a_day_between_publication_and_today()
    {
        var r = new AnnualReport { AgencyId = 1, Year = 2025, Version = 1 };
        Assert.Contains("尚未公开", r.Receive("s", new(2026, 1, 9), new(2026, 1, 9)));
        r.Write(new("概况", "", ""));
        r.Confirm("u", new(2026, 1, 7));
        r.Publish(d => Snapshot(r, d), "u", new(2026, 1, 8));
        Assert.Contains("之间", r.Receive("s", new(2026, 1, 7), new(2026, 1, 9)));
        Assert.Contains("之间", r.Receive("s", new(2026, 1, 10), new(2026, 1, 9)));
        Assert.Null(r.Receive("s", new(2026, 1, 9), new(2026, 1, 9)));
        Assert.Contains("已于", r.Receive("s", new(2026, 1, 9), new(2026, 1, 9)));
    }

    [Theory]
    [InlineData(2027, 2010, "尚未到来")]
    [InlineData(2009, 2010, "才有执法记录")]
    [InlineData(2026, 2010, null)]
    [InlineData(2010, 2010, null)]
    public void A_report_year_lies_within_the_agency_s_life_and_not_in_the_future(int year, int first, string? message)
    {
        var problem = AnnualReport.YearProblem(year, first, new(2026, 12, 2));
        if (message is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(message, problem);
        }
    }
}
