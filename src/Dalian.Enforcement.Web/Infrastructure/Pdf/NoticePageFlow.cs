using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Dalian.Enforcement.Web.Infrastructure.Pdf;

/// <summary>
/// Hands out A4 pages top to bottom and keeps each page's graphics open until the end, so the
/// footers ("第 1 页，共 2 页") are drawn once the page count is known.
/// </summary>
internal sealed class NoticePageFlow : IDisposable
{
    public static readonly XSize PageSize = PageSizeConverter.ToSize(PdfSharp.PageSize.A4);

    public static readonly double Margin = XUnit.FromMillimeter(20).Point;

    public static readonly double ContentWidth = PageSize.Width - (2 * Margin);

    private readonly PdfDocument _document;
    private readonly List<XGraphics> _pages = [];

    /// <param name="document">The document to add pages to.</param>
    /// <param name="footerHeight">The space kept free above the bottom margin on every page.</param>
    public NoticePageFlow(PdfDocument document, double footerHeight)
    {
        _document = document;
        Bottom = PageSize.Height - Margin - footerHeight;
        NewPage();
    }

    public XGraphics Graphics => _pages[^1];

    public IReadOnlyList<XGraphics> Pages => _pages;

    /// <summary>The top of the next thing to draw on the current page.</summary>
    public double Y { get; set; }

    /// <summary>The lowest point the body may reach: the footer lies below it.</summary>
    public double Bottom { get; }

    public double Remaining => Bottom - Y;

    public double FullPage => Bottom - Margin;

    public bool AtTop => Y <= Margin;

    /// <summary>Moves to a new page unless <paramref name="height"/> fits here or nothing is on this page yet.</summary>
    public void Reserve(double height)
    {
        if (height > Remaining && !AtTop)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        _pages.Add(XGraphics.FromPdfPage(page));
        Y = Margin;
    }

    public void Dispose()
    {
        foreach (var graphics in _pages)
        {
            graphics.Dispose();
        }
    }
}
