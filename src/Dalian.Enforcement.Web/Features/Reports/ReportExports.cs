using System.Globalization;
using System.Text;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Web.Infrastructure.Pdf;
using MiniExcelLibs;

namespace Dalian.Enforcement.Web.Features.Reports;

/// <summary>One cell row of the report's tables, as the page, PDF, workbook and CSV all print it.</summary>
public sealed record ReportLine(string Table, string Item, string Value, string Unit, decimal? Number = null);

/// <summary>
/// The report's downloads — CSV, Excel workbook, PDF — all built from <see cref="Lines"/>, so every format prints the same figures as
/// the page. The JSON download is the snapshot itself, byte for byte: its SHA-256 is the one in the transparency log.
/// </summary>
public static class ReportExports
{
    public static IEnumerable<ReportLine> Lines(AnnualFigures figures) => figures.Tables.SelectMany(t => t.Held
        ? t.Rows.Select(r => new ReportLine(t.Title, r.Label, ReportCharts.Format(r), r.Unit, r.Value))
        : [new ReportLine(t.Title, FigureTable.NotHeld, "", "")]);

    /// <summary>"本年度作出行政处罚决定 N 件：已公开 a 件，依法不予公开 b 件，已撤回 c 件，待公开 d 件。"</summary>
    public static string Sentence(Reconciliation r) =>
        $"本年度作出{r.Category.Title()}决定 {r.Made} 件：已公开 {r.Published} 件，依法不予公开 {r.NotDisclosed} 件，已撤回 {r.Withdrawn} 件"
        + (r.Pending > 0 ? $"，待公开 {r.Pending} 件。" : "。");

    public static string Heading(ReportView v) => v.Live ? $"{v.Title}（草稿，数据实时计算）"
        : $"{v.Title}（第 {v.Version} 版，{v.PublishedOn:yyyy-MM-dd} 公开{(v.Late ? "，逾期" : "")}）";

    public static byte[] Csv(ReportView v)
    {
        var text = new StringBuilder("表,项目,数值,单位\r\n");
        foreach (var line in Lines(v.Figures))
        {
            text.Append(CultureInfo.InvariantCulture, $"{Cell(line.Table)},{Cell(line.Item)},{Cell(line.Value)},{Cell(line.Unit)}\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Workbook(ReportView v)
    {
        var sheets = new Dictionary<string, object>
        {
            ["年报数据"] = Lines(v.Figures).Select(l => new Dictionary<string, object> { ["表"] = l.Table, ["项目"] = l.Item, ["数值"] = l.Number is { } n ? n : (object)"", ["单位"] = l.Unit }).ToList(), // numbers as numbers, so a spreadsheet can add them
            ["情况说明"] = v.Narrative.Parts().Select(p => new Dictionary<string, object> { ["部分"] = p.Label, ["内容"] = p.Text }).ToList(),
            ["说明"] = About(v).Select(a => new Dictionary<string, object> { ["项目"] = a.Label, ["内容"] = a.Value }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public static byte[] Pdf(ReportView v, string url, DateTimeOffset now)
    {
        var charts = ReportCharts.Of(v.Figures).ToDictionary(c => c.Id);
        var sections = v.Figures.Tables.Select(t => new NoticeSection(t.Title,
            t.Held ? [.. t.Rows.Select(r => new NoticeItem(r.Label, $"{ReportCharts.Format(r)} {r.Unit}"))] : [new NoticeItem(t.Title, FigureTable.NotHeld)],
            t.Key == "penalty" && charts.TryGetValue("chart-penalty", out var chart) ? Bars(chart) : null)).ToList();
        sections.Add(new NoticeSection(charts["chart-months"].Title, [.. charts["chart-months"].Bars.Select(b => new NoticeItem(b.Label, $"{b.Value:0} 件"))],
            Bars(charts["chart-months"]), charts["chart-months"].Summary));
        sections.Add(new NoticeSection(charts["chart-ontime"].Title, [.. charts["chart-ontime"].Bars.Select(b => new NoticeItem(b.Label, $"{b.Value:0} 件"))],
            Bars(charts["chart-ontime"]), charts["chart-ontime"].Summary));
        sections.Add(new NoticeSection("情况说明", [.. v.Narrative.Parts().Select(p => new NoticeItem(p.Label, p.Text))]));
        var reconciled = string.Join("", v.Figures.Reconciliations.Select(Sentence));
        return NoticePdf.Render(new NoticeDocument(Heading(v), v.Agency, [.. About(v).Select(a => new NoticeItem(a.Label, a.Value))],
            reconciled.Length == 0 ? "本年度未作出执法决定。" : reconciled, url, now)
        { Sections = sections });
    }

    public static IEnumerable<(string Label, string Value)> About(ReportView v) =>
    [
        ("执法主体", v.Agency), ("年度", v.Year.ToString(CultureInfo.InvariantCulture)), ("版本", v.Live ? "草稿" : $"第 {v.Version} 版"),
        ("公开期限", $"{v.Due:yyyy-MM-dd}"), ("公开日期", v.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "尚未公开"),
        ("金额单位", v.Figures.AmountUnit), ("更正原因", v.Report?.CorrectionReason is { Length: > 0 } reason ? reason : "无"),
        ("快照 SHA-256", v.Report?.SnapshotSha256 is { Length: > 0 } sha ? sha : "尚未公开"),
    ];

    private static List<(string, double)> Bars(Chart chart) => [.. chart.Bars.Select(b => (b.Label, (double)b.Value))];

    private static string Cell(string text) => text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
