using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>
/// The demo's reconsiderations and lawsuits and its annual reports: the water bureau's last two years published on 8 January (on
/// time), the market bureau's last year published late, and the water bureau's current year as an open draft. Dates are relative
/// to today, so the demo reads the same whenever it starts.
/// </summary>
internal static class DemoReports
{
    public static async Task<int> SeedAsync(PortalDbContext db, ReportFigures figures, int water, int market, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.AnnualReports.AnyAsync(cancellationToken))
        {
            return 0;
        }

        await SeedChallengesAsync(db, water, today, cancellationToken);
        db.Audit.Act("decision.challenge.file", "演示数据：复议和诉讼");
        await db.SaveChangesAsync(cancellationToken); // the reports count them
        var last = today.Year - 1;
        var count = 0;
        foreach (var (agency, year, on) in new[] { (water, last - 1, new DateOnly(last, 1, 8)), (water, last, new DateOnly(today.Year, 1, 8)), (market, last, new DateOnly(today.Year, 1, 20)) })
        {
            if (on > today)
            {
                continue;
            }

            var report = new AnnualReport { AgencyId = agency, Year = year, Version = 1 };
            report.Write(Narrative(year, agency == water));
            report.Confirm(DemoSeeder.SeedUser, on.AddDays(-1));
            var name = await db.Agencies.Where(a => a.Id == agency).Select(a => a.Name).SingleAsync(cancellationToken);
            var computed = await figures.ComputeAsync(agency, year, cancellationToken);
            var due = await figures.DueAsync(year, cancellationToken);
            report.Publish(d => new ReportSnapshot(agency, name, year, 1, d, due, d > due, "", report.Narrative, computed), DemoSeeder.SeedUser, on);
            db.AnnualReports.Add(report);
            var at = on.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
            db.Audit.Log(LogActs.ReportPublished, null, _ => TransparencyEntry.ReportAct(LogActs.ReportPublished, at, on, agency, name, year, 1, report.SnapshotSha256),
                report.Snapshot);
            count++;
        }

        var draft = new AnnualReport { AgencyId = water, Year = today.Year, Version = 1 };
        draft.Write(new ReportNarrative($"{today.Year}年，区水利局围绕水资源管理、河道采砂和水土保持开展行政执法工作。（草稿，年度结束后补充全年数据说明）", "", ""));
        db.AnnualReports.Add(draft);
        db.Audit.Act("report.open", "演示数据：统计年报");
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    /// <summary>Two challenges on the water bureau's penalties: a reconsideration last year that upheld the decision, a lawsuit this year still pending.</summary>
    private static async Task SeedChallengesAsync(PortalDbContext db, int water, DateOnly today, CancellationToken cancellationToken)
    {
        var penalties = await db.Decisions.AsNoTracking()
            .Where(d => d.AgencyId == water && d.Category == Domain.Deadlines.EnforcementCategory.Penalty && d.State == DecisionState.Published)
            .OrderBy(d => d.DecisionDate).ThenBy(d => d.Id).Select(d => new { d.Id, d.DecisionDate }).ToListAsync(cancellationToken);
        var lastYear = penalties.FirstOrDefault(d => d.DecisionDate.Year == today.Year - 1 && d.DecisionDate.Month <= 9);
        var thisYear = penalties.LastOrDefault(d => d.DecisionDate.Year == today.Year && d.DecisionDate < today.AddDays(-30));
        if (lastYear is not null)
        {
            var upheld = new DecisionChallenge
            {
                DecisionId = lastYear.Id,
                AgencyId = water,
                Kind = ChallengeKind.Reconsideration,
                FiledOn = lastYear.DecisionDate.AddDays(20),
                Body = "盘锦市大洼区人民政府",
                CaseNumber = $"大洼政复〔{today.Year - 1}〕3号",
                RecordedBy = DemoSeeder.SeedUser,
            };
            upheld.Conclude(ChallengeOutcome.Upheld, lastYear.DecisionDate.AddDays(80), "复议机关决定维持。", today);
            db.DecisionChallenges.Add(upheld);
        }

        if (thisYear is not null)
        {
            db.DecisionChallenges.Add(new DecisionChallenge
            {
                DecisionId = thisYear.Id,
                AgencyId = water,
                Kind = ChallengeKind.Litigation,
                FiledOn = thisYear.DecisionDate.AddDays(25),
                Body = "盘锦市大洼区人民法院",
                CaseNumber = $"（{today.Year}）辽1104行初5号",
                RecordedBy = DemoSeeder.SeedUser,
            });
        }
    }

    private static ReportNarrative Narrative(int year, bool water) => water
        ? new($"{year}年，区水利局依法履行水资源、河道、水土保持等方面的行政执法职责，行政许可、行政处罚和双随机抽查结果均在法定期限内公开。",
            "个别案件调查取证环节音像记录不完整；部分许可决定公开时间接近期限。",
            "落实执法全过程记录，加强执法记录仪使用培训；将公开时限纳入科室月度考核。")
        : new($"{year}年，区市场监督管理局开展市场主体登记、产品质量和食品安全监管执法。",
            "年报编制和公开晚于规定期限。",
            "明确年报编制责任人，每年12月启动数据核对，确保1月10日前公开。");
}
