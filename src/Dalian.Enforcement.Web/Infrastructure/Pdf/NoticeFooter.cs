using System.Globalization;
using PdfSharp.Drawing;

namespace Dalian.Enforcement.Web.Infrastructure.Pdf;

/// <summary>Every page's footer: the notice's address, when it was generated and "第 1 页，共 2 页".</summary>
internal sealed class NoticeFooter(string url, DateTimeOffset generatedAt, MeasuredFont font)
{
    private const double RuleGap = 6;

    private static readonly XPen s_rule = new(XColor.FromArgb(0x90, 0x90, 0x90), 0.5);

    private IReadOnlyList<string>? _urlLines;

    /// <summary>The time as given: the caller passes Beijing time, no zone is converted here.</summary>
    private string Generated => $"生成时间：{generatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}（北京时间）";

    /// <summary>The space the footer takes above the bottom margin, the gap to the body included.</summary>
    public double Height => ((UrlLines.Count + 1) * font.LineHeight) + (2 * RuleGap);

    public void Draw(XGraphics graphics, int page, int pages)
    {
        var margin = NoticePageFlow.Margin;
        var width = NoticePageFlow.ContentWidth;
        var lines = UrlLines;
        var y = NoticePageFlow.PageSize.Height - margin - ((lines.Count + 1) * font.LineHeight);
        graphics.DrawLine(s_rule, margin, y - RuleGap, margin + width, y - RuleGap);
        foreach (var line in lines)
        {
            NoticePdf.DrawLine(graphics, line, font, new XRect(margin, y, width, font.LineHeight));
            y += font.LineHeight;
        }

        var box = new XRect(margin, y, width, font.LineHeight);
        NoticePdf.DrawLine(graphics, Generated, font, box);
        NoticePdf.DrawLine(graphics, $"第 {page} 页，共 {pages} 页", font, box, XStringFormats.TopRight);
    }

    private IReadOnlyList<string> UrlLines => _urlLines ??= CjkLineBreaker.Break(url, NoticePageFlow.ContentWidth, font.Measure);
}
