using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UglyToad.PdfPig;

namespace Dalian.Enforcement.Tests.Reports;

/// <summary>The annual report over HTTP, on the demo: its figures against a plain count, its downloads against its page, the workflow and its refusals.</summary>
public sealed partial class AnnualReportHttpTests
{
    private static async Task<(int Water, int Market)> AgenciesAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ids = await db.Agencies.ToDictionaryAsync(a => a.Name, a => a.Id);
        return (ids[DemoRegisters.Water], ids[DemoRegisters.Market]);
    }

    [Fact]
    public async Task The_published_figures_equal_a_plain_count_of_the_demo_records_and_every_download_prints_the_page_s_tables()
    {
        await using var factory = new PortalFactory();
        var (water, _) = await AgenciesAsync(factory);
        var year = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).Year - 1;
        var client = factory.CreateClient();
        var snapshot = ReportSnapshot.FromBytes(await client.GetByteArrayAsync($"/reports/{year}/{water}/report.json"));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var made = (await db.Decisions.AsNoTracking().Where(d => d.AgencyId == water && d.State != DecisionState.Draft).ToListAsync())
                .Where(d => d.DecisionDate.Year == year).ToList();
            var penalties = made.Where(d => d.Category == EnforcementCategory.Penalty).ToList();
            var penalty = snapshot.Figures.Table("penalty");
            Assert.True(penalties.Count > 5, "the demo has penalties last year");
            Assert.Equal(penalties.Count, penalty["total"]);
            Assert.Equal(penalties.Count(d => d.PenaltyKinds.HasFlag(PenaltyKinds.Confiscation)), penalty[$"kind.{PenaltyKinds.Confiscation}"]);
            Assert.Equal(Math.Round(penalties.Sum(d => (d.FineAmount ?? 0) + (d.ConfiscatedAmount ?? 0)) / 10000m, 2, MidpointRounding.AwayFromZero), penalty["amount"]);
            Assert.Equal(made.Count(d => d.Category == EnforcementCategory.Licensing), snapshot.Figures.Table("licensing")["granted"]);
            Assert.Equal(made.Count(d => d.Category == EnforcementCategory.Inspection), snapshot.Figures.Table("inspection")["random"]);
            Assert.Equal(made.Count(d => d.State == DecisionState.Withdrawn), snapshot.Figures.Reconciliations.Sum(r => r.Withdrawn));
            Assert.Equal(made.Count, snapshot.Figures.DecisionsPerMonth.Sum());
            Assert.Equal(await db.DecisionChallenges.CountAsync(c => c.AgencyId == water && c.FiledOn.Year == year), snapshot.Figures.Table("challenges")["reconsidered"]);
            var officers = await db.Officers.Include(o => o.Certificates).ThenInclude(c => c.History).Where(o => o.AgencyId == water).ToListAsync();
            Assert.Equal(officers.Count(o => o.MayEnforceOn(new DateOnly(year, 12, 31))), snapshot.Figures.Table("officers")["certified"]);

            // The leaf in the transparency log names the snapshot's SHA-256, and its content is the snapshot.
            var json = await client.GetByteArrayAsync($"/reports/{year}/{water}/report.json");
            var leaf = (await db.TransparencyEntries.AsNoTracking().Where(e => e.Act == LogActs.ReportPublished).ToListAsync())
                .Single(e => e.Content is not null && e.Content.AsSpan().SequenceEqual(json));
            Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(leaf.Content!)), System.Text.Encoding.UTF8.GetString(leaf.Bytes));
        }

        var page = await client.GetStringAsync($"/reports/{year}/{water}");
        var rows = PageRows(page);
        Assert.Equal(ReportExportLines(snapshot).Count(l => l.Value.Length > 0), rows.Count);
        var csv = (await client.GetStringAsync($"/reports/{year}/{water}/report.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(',')).Where(c => c[2].Length > 0).Select(c => (c[1], c[2])).ToList();
        Assert.Equal(rows, csv);
        using var workbook = new MemoryStream(await client.GetByteArrayAsync($"/reports/{year}/{water}/report.xlsx"));
        var cells = workbook.Query(useHeaderRow: true, sheetName: "年报数据").Cast<IDictionary<string, object>>()
            .Where(r => r["数值"] is not (null or "")).Select(r => ($"{r["项目"]}", Convert.ToDecimal(r["数值"], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(rows.Select(r => (r.Item1, decimal.Parse(r.Item2, CultureInfo.InvariantCulture))), cells); // numbers, not text
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{year}/{water}/report.JSON")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{year}/{water}/report.json?version=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{year}/{water}?version=1.5")).StatusCode);
        var pdfText = PdfText(await client.GetByteArrayAsync($"/reports/{year}/{water}/report.pdf"));
        Assert.All(rows, r => Assert.Contains(Compact($"{r.Item1}{r.Item2}"), pdfText));
        Assert.Contains(Compact(snapshot.Narrative.Overview), pdfText);
        Assert.Contains("本年度作出行政处罚决定", page);
        Assert.Contains("<svg class=\"report-chart\"", page);
        Assert.Contains(FigureTable.NotHeld, page); // the water bureau holds no requisition power
    }

    [Fact]
    public async Task Staff_write_confirm_and_publish_after_the_year_ends_a_later_withdrawal_leaves_the_snapshot_and_a_correction_is_version_2()
    {
        await using var factory = new PortalFactory();
        var (water, market) = await AgenciesAsync(factory);
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        var year = today.Year;
        var staff = await factory.LoginDemoAsync("water.staff");
        var work = $"/admin/reports/{water}/{year}";
        var id = long.Parse(Regex.Match(await staff.GetStringAsync(work), $"/admin/reports/{water}/{year}/(\\d+)/narrative").Groups[1].Value, CultureInfo.InvariantCulture);

        var privateText = await PostAsync(staff, work, $"{work}/{id}/narrative", ("overview", "联系人电话 13912345678"), ("problems", "问题"), ("nextSteps", ""));
        Assert.Contains("含有证件号码、手机号码或银行卡号等个人信息", privateText);
        Assert.Contains(">问题</textarea>", privateText); // what was typed comes back
        Assert.Contains("href=\"#Overview\"", privateText); // the summary links to the field
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostFieldsAsync(work, $"/admin/reports/{water}/{year - 1}/{id}/narrative",
            [new("stamp", "0"), new("overview", "另一年度的地址")])).StatusCode); // the id must be the report of the address's agency and year
        await PostAsync(staff, work, $"{work}/{id}/narrative", ("overview", "全年依法履职。"), ("problems", "无"), ("nextSteps", "继续"));
        await PostAsync(staff, work, $"{work}/{id}/confirm");
        Assert.Contains("尚未结束", await PostAsync(staff, work, $"{work}/{id}/publish"));

        // Bad paths: a future year, another agency's report, another agency's post.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync($"/admin/reports/{water}/{year + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/reports/{market}/{year - 1}")).StatusCode);
        var marketStaff = await factory.LoginDemoAsync("market.staff");
        var forged = await marketStaff.PostFieldsAsync("/admin/reports", $"{work}/{id}/narrative", [new("stamp", "0"), new("overview", "篡改")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        // After the year: published, public, logged.
        factory.Time.SetUtcNow(new DateTimeOffset(year + 1, 1, 6, 2, 0, 0, TimeSpan.Zero));
        staff = await factory.LoginDemoAsync("water.staff"); // a month later the session has expired
        Assert.Contains("年报已公开", await PostAsync(staff, work, $"{work}/{id}/publish"));
        var client = factory.CreateClient();
        var v1 = await client.GetByteArrayAsync($"/reports/{year}/{water}/report.json");
        Assert.Equal(year + 1, ReportSnapshot.FromBytes(v1).PublishedOn.Year);
        Assert.False(ReportSnapshot.FromBytes(v1).Late);

        // A decision of that year withdrawn later: the published snapshot stays as it was.
        long decision;
        using (var scope = factory.Services.CreateScope())
        {
            decision = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions
                .Where(d => d.AgencyId == water && d.State == DecisionState.Published && d.DecisionDate.Year == year).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        }

        Assert.Contains("已撤回", await DecisionData.ActAsync(staff, decision, "withdraw", ("reason", "Revoked"), ("note", "经复查撤销。"),
            ("revokingActDate", $"{year + 1}-01-05")));
        Assert.Equal(v1, await client.GetByteArrayAsync($"/reports/{year}/{water}/report.json"));

        // The correction: version 2 with its reason; version 1 stays readable and unchanged.
        Assert.Contains("更正原因", await PostAsync(staff, work, $"{work}/{id}/correct", ("reason", "")));
        await PostAsync(staff, work, $"{work}/{id}/correct", ("reason", "补记一宗撤回的决定"));
        var page = await staff.GetStringAsync(work);
        var id2 = long.Parse(Regex.Match(page, $"/admin/reports/{water}/{year}/(\\d+)/confirm").Groups[1].Value, CultureInfo.InvariantCulture);
        await PostAsync(staff, work, $"{work}/{id2}/confirm");
        await PostAsync(staff, work, $"{work}/{id2}/publish");
        var shown = await client.GetStringAsync($"/reports/{year}/{water}");
        Assert.Contains("第 2 版", shown);
        Assert.Contains("补记一宗撤回的决定", shown);
        Assert.Contains("这是已被更正的旧版本", await client.GetStringAsync($"/reports/{year}/{water}?version=1"));
        Assert.Equal(v1, await client.GetByteArrayAsync($"/reports/{year}/{water}/report.json?version=1"));
        var v2 = ReportSnapshot.FromBytes(await client.GetByteArrayAsync($"/reports/{year}/{water}/report.json"));
        Assert.Equal(ReportSnapshot.FromBytes(v1).Figures.Reconciliations.Sum(r => r.Withdrawn) + 1, v2.Figures.Reconciliations.Sum(r => r.Withdrawn));
        Assert.Equal(ReportSnapshot.FromBytes(v1).Figures.DecisionsPerMonth.Sum(), v2.Figures.DecisionsPerMonth.Sum());
        using var scope2 = factory.Services.CreateScope();
        Assert.Equal(1, await scope2.ServiceProvider.GetRequiredService<PortalDbContext>().TransparencyEntries.CountAsync(e => e.Act == LogActs.ReportCorrected));
    }

    [Fact]
    public async Task The_late_report_is_marked_late_the_supervisor_sees_every_agency_and_records_receipt_once()
    {
        await using var factory = new PortalFactory();
        var (_, market) = await AgenciesAsync(factory);
        var year = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime).Year - 1;
        var index = await factory.CreateClient().GetStringAsync("/reports");
        Assert.Matches($"href=\"/reports/{year}/{market}\">[^<]+</a></td>\\s*<td>[^<]+</td>\\s*<td>[^<]+</td>\\s*<td>\\s*<span class=\"badge text-bg-danger\">逾期公开", index);

        var supervisor = await factory.LoginDemoAsync("supervisor");
        var oversight = await supervisor.GetStringAsync($"/admin/reports?year={year}");
        Assert.Contains("逾期公开", oversight);
        Assert.Contains("未编制", oversight);
        var form = Regex.Match(oversight, "action=\"/admin/reports/(\\d+)/receive\"[\\s\\S]*?name=\"stamp\" value=\"(\\d+)\"");
        var (reportId, stamp) = (form.Groups[1].Value, form.Groups[2].Value);
        var bad = await supervisor.PostFieldsAsync($"/admin/reports?year={year}", $"/admin/reports/{reportId}/receive",
            [new("stamp", stamp), new("year", $"{year}"), new("receivedOn", "2000-01-01")]);
        Assert.Equal(HttpStatusCode.Redirect, bad.StatusCode);
        var refused = await supervisor.GetStringAsync(bad.Headers.Location!.OriginalString);
        Assert.Matches($"id=\"received-{reportId}-error\" class=\"invalid-feedback d-block\">报送日期应在公开日期", refused); // beside its field
        Assert.Contains("value=\"2000-01-01\"", refused); // and what was typed is kept
        var today = DateOnly.FromDateTime(factory.Time.GetUtcNow().UtcDateTime);
        await supervisor.PostFieldsAsync($"/admin/reports?year={year}", $"/admin/reports/{reportId}/receive",
            [new("stamp", stamp), new("year", $"{year}"), new("receivedOn", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        Assert.Contains($"{today:yyyy-MM-dd} 已报送", await supervisor.GetStringAsync($"/admin/reports?year={year}"));

        var staff = await factory.LoginDemoAsync("water.staff");
        var denied = await staff.PostFieldsAsync($"/admin/reports?year={year}", $"/admin/reports/{reportId}/receive",
            [new("stamp", stamp), new("receivedOn", $"{today:yyyy-MM-dd}")]);
        Assert.Contains("/account/denied", denied.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase); // staff cannot record receipt
    }

    private static async Task<string> PostAsync(HttpClient client, string page, string action, params (string Key, string Value)[] fields)
    {
        var stamp = Regex.Match(await client.GetStringAsync(page), $"action=\"{Regex.Escape(action)}\"[\\s\\S]*?name=\"stamp\" value=\"(\\d+)\"").Groups[1].Value;
        var response = await client.PostFieldsAsync(page, action, [new("stamp", stamp), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
        return response.StatusCode == HttpStatusCode.Redirect ? await client.GetStringAsync(response.Headers.Location!.OriginalString) : await response.Content.ReadAsStringAsync();
    }

    private static List<(string, string)> PageRows(string page) =>
        [.. TableRow().Matches(page).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value))];

    private static IEnumerable<Dalian.Enforcement.Web.Features.Reports.ReportLine> ReportExportLines(ReportSnapshot s) => Dalian.Enforcement.Web.Features.Reports.ReportExports.Lines(s.Figures);

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Compact(string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("<tr><th scope=\"row\" class=\"fw-normal\">([^<]+)</th><td class=\"text-end\">([^<]+)</td>")]
    private static partial Regex TableRow();
}
