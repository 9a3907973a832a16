using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class HolidayCsvTests
{
    [Fact]
    public void A_bad_file_is_refused_whole_with_every_wrong_line_numbered()
    {
        const string csv = """
            date,kind,name
            2027-01-01,holiday,元旦
            2027-02-30,holiday,春节
            2027-02-06,rest,春节
            2027-02-10,workday,春节
            2027-01-01,holiday,元旦
            2028-01-01,holiday,元旦
            2027-05-01,holiday
            """;

        var result = HolidayCsv.Parse(new StringReader(csv), arrangementYear: 2027);

        Assert.Empty(result.Rows);
        Assert.Equal(
        [
            "第3行：日期“2027-02-30”无效，应为存在的日期，格式 YYYY-MM-DD。",
            "第4行：类型“rest”未知，应为 holiday（放假）或 workday（调休上班）。",
            "第5行：2027-02-10 是星期三，只有周六或周日才能调为上班日。",
            "第6行：日期 2027-01-01 与第2行重复。",
            "第7行：2028-01-01 不属于2027年的安排（应在 2026-12-01 至 2027-12-31 之间）。",
            "第8行：应有3列（日期、类型、名称），实际为2列。",
        ], result.Errors);
    }

    [Theory]
    [InlineData("", "第1行：表头应为“date,kind,name”（可加第四列 notice）。")]
    [InlineData("日期,类型,名称\n2027-01-01,holiday,元旦", "第1行：表头应为“date,kind,name”（可加第四列 notice）。")]
    [InlineData("date,kind,name\n", "文件中没有任何数据行。")]
    public void Header_and_empty_files_are_explained(string csv, string error) =>
        Assert.Equal([error], HolidayCsv.Parse(new StringReader(csv)).Errors);

    [Fact]
    public void The_shipped_file_loads_433_days_with_their_notices()
    {
        var days = OfficialArrangements.Load();

        Assert.Equal(433, days.Count);
        Assert.Equal(75, days.Count(d => d.Kind == CalendarDayKind.Workday));
        Assert.All(days.Where(d => d.Kind == CalendarDayKind.Workday), d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        var dec29 = days.Single(d => d.Date == new DateOnly(2018, 12, 29));
        Assert.Equal((2019, "国务院办公厅关于2019年部分节假日安排的通知"), (dec29.ArrangementYear, dec29.Notice));
        Assert.Contains("国办发明电〔2020〕1号", days.Single(d => d.Date == new DateOnly(2020, 1, 31)).Notice);
    }
}

public sealed class DeadlinePolicyTests
{
    [Theory]
    [InlineData(EnforcementCategory.Licensing, 7)]
    [InlineData(EnforcementCategory.Penalty, 7)]
    [InlineData(EnforcementCategory.Coercion, 20)]
    [InlineData(EnforcementCategory.Inspection, 20)]
    [InlineData(EnforcementCategory.Adjudication, 20)]
    [InlineData(EnforcementCategory.Other, 20)]
    public void Publication_periods_follow_guideline_118(EnforcementCategory category, int days) =>
        Assert.Equal(Period.WorkingDays(days), new DeadlinePolicy().PublicationPeriod(category));

    [Fact]
    public void A_matters_statutory_period_overrides_the_category()
    {
        var statutory = new StatutoryPeriod(Period.CalendarDays(30), "《某条例》第十条");

        Assert.Equal(Period.CalendarDays(30), new DeadlinePolicy().PublicationPeriod(EnforcementCategory.Penalty, statutory));
    }

    [Fact]
    public void Withdrawal_review_and_annual_report_defaults()
    {
        var policy = new DeadlinePolicy();

        Assert.Equal("3个工作日", policy.Withdrawal.ToString());
        Assert.Equal((Period.WorkingDays(7), Period.WorkingDays(3)), (policy.LegalReview, policy.LegalReviewExtension));
        Assert.Equal(new DateOnly(2027, 1, 10), policy.AnnualReportDue(2026));
    }
}
