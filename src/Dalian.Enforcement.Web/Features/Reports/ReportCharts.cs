using System.Globalization;
using System.Net;
using System.Text;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reports;

namespace Dalian.Enforcement.Web.Features.Reports;

/// <summary>A chart: its title, a one-sentence summary, and its bars (which are also its data table).</summary>
public sealed record Chart(string Id, string Title, string Summary, IReadOnlyList<(string Label, decimal Value)> Bars, string Unit);

/// <summary>
/// The report's charts, drawn by the server as SVG (no script): horizontal bars with their values written beside them, a title and
/// a description for assistive technology, and the same numbers in a table under each chart. The PDF draws the same bars.
/// </summary>
public static class ReportCharts
{
    public static IReadOnlyList<Chart> Of(AnnualFigures f)
    {
        var charts = new List<Chart>();
        var penalty = f.Table("penalty");
        if (penalty.Held)
        {
            var bars = DecisionTerms.AllPenaltyKinds.Select(k => (k.Title(), penalty[$"kind.{k}"])).ToList();
            var top = bars.MaxBy(b => b.Item2);
            charts.Add(new("chart-penalty", "行政处罚决定按类别（每宗计入最重类别）",
                penalty["total"] == 0 ? "本年度未作出行政处罚决定。" : $"共 {penalty["total"]:0} 宗，最多的是“{top.Item1}”（{top.Item2:0} 宗）。", bars, "宗"));
        }

        var months = f.DecisionsPerMonth.Select((n, i) => ($"{i + 1}月", (decimal)n)).ToList();
        var empty = months.Where(m => m.Item2 == 0).Select(m => m.Item1).ToList();
        charts.Add(new("chart-months", "各月作出的执法决定", (f.DecisionsPerMonth.Sum() == 0 ? "本年度未作出执法决定。" : $"全年共 {f.DecisionsPerMonth.Sum()} 件。")
            + (empty.Count is > 0 and < 12 ? $"{string.Join("、", empty)}未作出决定。" : ""), months, "件"));
        charts.Add(new("chart-ontime", "执法决定按期公开情况", f.OnTimeRate is { } rate
            ? $"本年度作出并已公开的决定 {f.PublishedCount} 件，按期公开率 {rate:0.0}%。" : "本年度作出的决定尚无公开。",
            [("按期公开", f.PublishedOnTime), ("逾期公开", f.PublishedCount - f.PublishedOnTime)], "件"));
        return charts;
    }

    public static string Svg(Chart chart)
    {
        const int width = 480, labelWidth = 196, barHeight = 22, gap = 8, top = 8, valueSpace = 64;
        var max = Math.Max(1, chart.Bars.Max(b => b.Value));
        var height = top + (chart.Bars.Count * (barHeight + gap));
        var svg = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg class=\"report-chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{chart.Id}-t {chart.Id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{chart.Id}-t\">{E(chart.Title)}</title><desc id=\"{chart.Id}-d\">{E(chart.Summary)}</desc>");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var (label, value) = chart.Bars[i];
            var y = top + (i * (barHeight + gap));
            var length = (double)(value / max) * (width - labelWidth - valueSpace);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"14\" fill=\"#212529\">{E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{barHeight}\" fill=\"#0b5394\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + length + 6:0.#}\" y=\"{y + 16}\" font-size=\"14\" fill=\"#212529\">{value:0.##} {E(chart.Unit)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A figure as the tables print it: counts whole, amounts and rates with their decimals.</summary>
    public static string Format(FigureRow row) => row.Unit is "%" ? row.Value.ToString("0.0", CultureInfo.InvariantCulture)
        : row.Unit is "万元" or "元" ? row.Value.ToString("0.00", CultureInfo.InvariantCulture)
        : row.Value.ToString("0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
