using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Dalian.Enforcement.Web.Infrastructure.Pdf;

/// <summary>One row of a notice: "处罚决定书文号" and its value.</summary>
public sealed record NoticeItem(string Label, string Value)
{
    /// <summary>The value as a reader sees it on the page and the notice: an empty item says 无 (the JSON keeps it empty).</summary>
    public string Shown => string.IsNullOrWhiteSpace(Value) ? "无" : Value;
}

/// <summary>A further titled table of a document (an annual report has ten), optionally with horizontal bars drawn as vectors.</summary>
public sealed record NoticeSection(string Heading, IReadOnlyList<NoticeItem> Items, IReadOnlyList<(string Label, double Value)>? Bars = null, string Note = "");

/// <summary>What a public notice PDF shows.</summary>
/// <param name="Title">E.g. "行政处罚决定公示", centred at the top.</param>
/// <param name="Agency">The deciding agency's full name, below the title.</param>
/// <param name="Items">The rows of the table, in order; an empty value reads 无.</param>
/// <param name="Timeliness">The sentence below the table, e.g. "决定日期 2026-11-02，公开日期 2026-11-05，在法定期限内公开。"</param>
/// <param name="Url">The notice's public address, in every page's footer.</param>
/// <param name="GeneratedAt">Shown as given in the footer as Beijing time: the caller converts.</param>
public sealed record NoticeDocument(
    string Title, string Agency, IReadOnlyList<NoticeItem> Items, string Timeliness, string Url, DateTimeOffset GeneratedAt)
{
    /// <summary>The notice's place in the transparency log (index and entry hash), printed below the timeliness line.</summary>
    public string Transparency { get; init; } = "";

    /// <summary>Paragraphs below the timeliness line: a decision's remedies and supervision phone.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Tables after the first one, each under its heading.</summary>
    public IReadOnlyList<NoticeSection> Sections { get; init; } = [];
}

/// <summary>Renders a <see cref="NoticeDocument"/> as an A4 PDF with embedded Chinese font and copyable text.</summary>
public static class NoticePdf
{
    private const double CellPadding = 5;
    private const double LabelShare = 0.3;
    private const double LineSpacing = 1.45;

    private static readonly XPen s_border = new(XColor.FromArgb(0x60, 0x60, 0x60), 0.6);
    private static readonly XBrush s_bar = new XSolidBrush(XColor.FromArgb(0x0B, 0x53, 0x94));
    private static readonly XBrush s_labelShade = new XSolidBrush(XColor.FromArgb(0xF0, 0xF0, 0xF0));

    /// <summary>Renders the notice. Safe to call from several threads at once.</summary>
    public static byte[] Render(NoticeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);

        var fonts = new Fonts();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Agency;
        pdf.Info.Creator = "Dalian.Enforcement";
        pdf.Options.CompressContentStreams = true;

        var footer = new NoticeFooter(document.Url, document.GeneratedAt, fonts.Footer);
        using (var flow = new NoticePageFlow(pdf, footer.Height))
        {
            DrawHeading(flow, document, fonts);
            DrawTable(flow, document.Items, fonts.Body);
            flow.Y += CellPadding * 2;
            DrawParagraph(flow, document.Timeliness, fonts.Body);
            foreach (var note in document.Notes.Where(n => n.Length > 0))
            {
                flow.Y += CellPadding;
                DrawParagraph(flow, note, fonts.Body);
            }

            foreach (var section in document.Sections)
            {
                flow.Y += 12;
                flow.Reserve(fonts.Heading.LineHeight * 3);
                DrawParagraph(flow, section.Heading, fonts.Heading);
                flow.Y += 4;
                DrawTable(flow, section.Items, fonts.Body);
                if (section.Bars is { Count: > 0 } bars)
                {
                    DrawBars(flow, bars, fonts.Footer);
                }

                if (section.Note.Length > 0)
                {
                    flow.Y += CellPadding;
                    DrawParagraph(flow, section.Note, fonts.Body);
                }
            }

            if (document.Transparency.Length > 0)
            {
                flow.Y += CellPadding;
                DrawParagraph(flow, document.Transparency, fonts.Footer);
            }

            for (var i = 0; i < flow.Pages.Count; i++)
            {
                footer.Draw(flow.Pages[i], i + 1, flow.Pages.Count);
            }
        }

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawHeading(NoticePageFlow flow, NoticeDocument document, Fonts fonts)
    {
        DrawParagraph(flow, document.Title, fonts.Title, XStringFormats.TopCenter);
        flow.Y += 4;
        DrawParagraph(flow, document.Agency, fonts.Agency, XStringFormats.TopCenter);
        flow.Y += 14;
    }

    private static void DrawParagraph(NoticePageFlow flow, string text, MeasuredFont font, XStringFormat? format = null)
    {
        var width = NoticePageFlow.ContentWidth;
        foreach (var line in CjkLineBreaker.Break(text, width, font.Measure))
        {
            flow.Reserve(font.LineHeight);
            DrawLine(flow.Graphics, line, font, new XRect(NoticePageFlow.Margin, flow.Y, width, font.LineHeight), format);
            flow.Y += font.LineHeight;
        }
    }

    private static void DrawTable(NoticePageFlow flow, IReadOnlyList<NoticeItem> items, MeasuredFont font)
    {
        var left = NoticePageFlow.Margin;
        var labelWidth = Math.Round(NoticePageFlow.ContentWidth * LabelShare, 1);
        var valueWidth = NoticePageFlow.ContentWidth - labelWidth;
        foreach (var item in items)
        {
            var labels = CjkLineBreaker.Break(item.Label, labelWidth - (2 * CellPadding), font.Measure);
            var values = CjkLineBreaker.Break(item.Shown, valueWidth - (2 * CellPadding), font.Measure);
            var count = Math.Max(labels.Count, values.Count);
            for (var start = 0; start < count;)
            {
                var take = count - start;
                if (RowHeight(take, font) > flow.Remaining)
                {
                    // A row moves whole to the next page when it fits there; a taller one is split by lines.
                    var fitting = (int)Math.Floor((flow.Remaining - (2 * CellPadding)) / font.LineHeight);
                    if (!flow.AtTop && (RowHeight(take, font) <= flow.FullPage || fitting < 1))
                    {
                        flow.NewPage();
                        continue;
                    }

                    take = Math.Clamp(fitting, 1, take);
                }

                var height = RowHeight(take, font);
                var graphics = flow.Graphics;
                var label = new XRect(left, flow.Y, labelWidth, height);
                var value = new XRect(left + labelWidth, flow.Y, valueWidth, height);
                graphics.DrawRectangle(s_border, s_labelShade, label);
                graphics.DrawRectangle(s_border, value);
                DrawCell(graphics, labels, start, take, label, font);
                DrawCell(graphics, values, start, take, value, font);
                flow.Y += height;
                start += take;
            }
        }
    }

    /// <summary>Horizontal bars, the value printed after each: the vector twin of the page's SVG chart.</summary>
    private static void DrawBars(NoticePageFlow flow, IReadOnlyList<(string Label, double Value)> bars, MeasuredFont font)
    {
        const double barHeight = 10, gap = 5;
        var labelWidth = NoticePageFlow.ContentWidth * 0.35;
        var span = NoticePageFlow.ContentWidth - labelWidth - 50;
        var max = Math.Max(1, bars.Max(b => b.Value));
        flow.Y += 8;
        foreach (var (label, value) in bars)
        {
            flow.Reserve(barHeight + gap);
            var y = flow.Y;
            DrawLine(flow.Graphics, label, font, new XRect(NoticePageFlow.Margin, y, labelWidth - 6, barHeight), XStringFormats.TopRight);
            var length = value / max * span;
            flow.Graphics.DrawRectangle(s_bar, new XRect(NoticePageFlow.Margin + labelWidth, y, Math.Max(length, 0.5), barHeight));
            DrawLine(flow.Graphics, value.ToString("0.##", CultureInfo.InvariantCulture), font,
                new XRect(NoticePageFlow.Margin + labelWidth + length + 4, y, 46, barHeight));
            flow.Y += barHeight + gap;
        }
    }

    private static double RowHeight(int lines, MeasuredFont font) => (lines * font.LineHeight) + (2 * CellPadding);

    private static void DrawCell(XGraphics graphics, IReadOnlyList<string> lines, int start, int take, XRect cell, MeasuredFont font)
    {
        var y = cell.Top + CellPadding;
        for (var i = start; i < Math.Min(start + take, lines.Count); i++)
        {
            DrawLine(graphics, lines[i], font, new XRect(cell.Left + CellPadding, y, cell.Width - (2 * CellPadding), font.LineHeight));
            y += font.LineHeight;
        }
    }

    /// <summary>
    /// One line in its box. A line the first font prints whole is one string; otherwise it is drawn run by run, each in the
    /// font that has its glyphs (a name's 𬇙 in the fallback), with a character no font has printed as 〓, never left blank.
    /// </summary>
    internal static void DrawLine(XGraphics graphics, string line, MeasuredFont font, XRect box, XStringFormat? format = null)
    {
        if (line.Length == 0)
        {
            return;
        }

        // Centre the glyphs' own height within the (taller) line.
        var inset = (font.LineHeight - font.Font.GetHeight()) / 2;
        var rect = new XRect(box.Left, box.Top + inset, box.Width, font.Font.GetHeight());
        var runs = font.Runs(line);
        if (runs is [var whole] && ReferenceEquals(whole.Font, font.Font))
        {
            graphics.DrawString(whole.Text, font.Font, XBrushes.Black, rect, format ?? XStringFormats.TopLeft);
            return;
        }

        var width = runs.Sum(r => r.Width);
        var alignment = (format ?? XStringFormats.TopLeft).Alignment;
        var x = alignment == XStringAlignment.Far ? rect.Right - width : alignment == XStringAlignment.Center ? rect.Left + ((rect.Width - width) / 2) : rect.Left;
        foreach (var run in runs)
        {
            graphics.DrawString(run.Text, run.Font, XBrushes.Black, new XRect(x, rect.Top, run.Width, rect.Height), XStringFormats.TopLeft);
            x += run.Width;
        }
    }

    private sealed class Fonts
    {
        public MeasuredFont Title { get; } = new(NoticeFonts.Create(18, bold: true), LineSpacing);

        public MeasuredFont Agency { get; } = new(NoticeFonts.Create(12), LineSpacing);

        public MeasuredFont Heading { get; } = new(NoticeFonts.Create(12, bold: true), LineSpacing);

        public MeasuredFont Body { get; } = new(NoticeFonts.Create(10.5), LineSpacing);

        public MeasuredFont Footer { get; } = new(NoticeFonts.Create(8), 1.3);
    }
}

/// <summary>
/// A font with its fallback, its line height and a cached per-character width measure for <see cref="CjkLineBreaker"/>. Widths are
/// by code point (a character outside the Basic Multilingual Plane is one surrogate pair), in the font that prints it.
/// </summary>
internal sealed class MeasuredFont(XFont font, double lineSpacing)
{
    private static readonly XGraphics s_measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);

    private readonly Dictionary<int, (XFont Font, string Text, double Width)> _glyphs = [];

    public XFont Font { get; } = font;

    public XFont Fallback { get; } = NoticeFonts.Create(font.Size, font.Bold, fallback: true);

    public double LineHeight { get; } = font.Size * lineSpacing;

    /// <summary>Sums cached character widths: PDFsharp neither kerns nor shapes, so this equals measuring the whole string.</summary>
    public double Measure(string text)
    {
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Glyph(rune).Width;
        }

        return width;
    }

    /// <summary>The text as runs of one font each, with their widths; a character no font has becomes 〓 in the first font.</summary>
    public IReadOnlyList<(string Text, XFont Font, double Width)> Runs(string text)
    {
        var runs = new List<(string Text, XFont Font, double Width)>();
        var current = new System.Text.StringBuilder();
        XFont? runFont = null;
        var width = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = Glyph(rune);
            if (runFont is not null && !ReferenceEquals(runFont, glyph.Font))
            {
                runs.Add((current.ToString(), runFont, width));
                (current, width) = (new System.Text.StringBuilder(), 0.0);
            }

            (runFont, width) = (glyph.Font, width + glyph.Width);
            current.Append(glyph.Text);
        }

        if (runFont is not null)
        {
            runs.Add((current.ToString(), runFont, width));
        }

        return runs;
    }

    private (XFont Font, string Text, double Width) Glyph(System.Text.Rune rune)
    {
        if (!_glyphs.TryGetValue(rune.Value, out var glyph))
        {
            var printing = NoticeFonts.FontFor(rune, Font, Fallback);
            var text = printing is null ? NoticeFonts.Missing.ToString() : rune.ToString();
            glyph = (printing ?? Font, text, MeasureOne(text, printing ?? Font));
            _glyphs[rune.Value] = glyph;
        }

        return glyph;
    }

    private static double MeasureOne(string text, XFont font)
    {
        lock (s_measure)
        {
            return s_measure.MeasureString(text, font).Width;
        }
    }
}
