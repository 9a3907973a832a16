using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Dalian.Enforcement.Web.Infrastructure.Pdf;

/// <summary>
/// The one font of the notice PDFs: WenQuanYi Micro Hei subset to GBK, embedded in this assembly
/// (see Fonts/make-font.py). PDFsharp takes its font resolver once per process, so it is installed
/// on first use, under a lock, by whichever render comes first.
/// </summary>
internal static class NoticeFonts
{
    /// <summary>The family name every <see cref="XFont"/> of the notices asks for.</summary>
    public const string Family = "WenQuanYi Micro Hei";

    private static readonly Lazy<bool> s_installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Unicode encoding writes a ToUnicode map, so copied text is the Chinese shown.</summary>
    private static readonly XPdfFontOptions s_options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public static XFont Create(double size, bool bold = false)
    {
        _ = s_installed.Value;
        return new XFont(Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, s_options);
    }

    private static bool Install()
    {
        var current = GlobalFontSettings.FontResolver;
        if (current is NoticeFontResolver)
        {
            return true;
        }

        if (current is not null)
        {
            throw new InvalidOperationException(
                $"PDFsharp already has the font resolver {current.GetType().FullName}; the notice PDFs need {nameof(NoticeFontResolver)}.");
        }

        // Setting another instance of the same resolver type is ignored by PDFsharp, so a race with
        // a second copy of this code (e.g. another test host in the process) is harmless.
        GlobalFontSettings.FontResolver = new NoticeFontResolver();
        return true;
    }
}

/// <summary>Serves the embedded font for every family and style; bold and italic are simulated.</summary>
internal sealed class NoticeFontResolver : IFontResolver
{
    private const string FaceName = "wqy-microhei-gbk";
    private const string ResourceName = "Dalian.Enforcement.Web.Fonts.wqy-microhei-gbk.ttf";

    private static readonly Lazy<byte[]> s_font = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(FaceName, isBold, isItalic);

    public byte[]? GetFont(string faceName) => faceName == FaceName ? s_font.Value : null;

    private static byte[] Load()
    {
        using var stream = typeof(NoticeFontResolver).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} is missing.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
