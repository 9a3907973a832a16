using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Dalian.Enforcement.Web.Infrastructure.Pdf;

/// <summary>
/// The fonts of the notice PDFs, embedded in this assembly (see Fonts/make-font.py): WenQuanYi Micro Hei subset to GBK, and
/// for what GBK lacks but names use (the rest of the 通用规范汉字表, CJK Extension A) BabelStone Han. PDFsharp takes its font
/// resolver once per process, so it is installed on first use, under a lock, by whichever render comes first.
/// </summary>
internal static class NoticeFonts
{
    /// <summary>The family name every <see cref="XFont"/> of the notices asks for.</summary>
    public const string Family = "WenQuanYi Micro Hei";

    /// <summary>The family of the fallback font, for a character the first font has no glyph for.</summary>
    public const string FallbackFamily = "BabelStone Han";

    /// <summary>What is printed for a character neither font has: 〓 (下脚号), the printer's mark for a missing character.</summary>
    public const char Missing = '〓';

    private static readonly Lazy<(XFont Primary, XFont Fallback)> s_probe = new(() => (Create(10), Create(10, fallback: true)));

    /// <summary>The characters of <paramref name="text"/> that no notice font can print, each once, in order.</summary>
    public static IReadOnlyList<string> Unprintable(string? text)
    {
        var missing = new List<string>();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (FontFor(rune, s_probe.Value.Primary, s_probe.Value.Fallback) is null && !missing.Contains(rune.ToString()))
            {
                missing.Add(rune.ToString());
            }
        }

        return missing;
    }

    /// <summary>The font that has a glyph for <paramref name="rune"/>: the first, else the fallback, else null. Spaces and controls take the first.</summary>
    public static XFont? FontFor(Rune rune, XFont primary, XFont fallback) =>
        Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || GlyphHelper.GlyphIndexFromCodePoint(rune.Value, primary) != 0 ? primary
        : GlyphHelper.GlyphIndexFromCodePoint(rune.Value, fallback) != 0 ? fallback
        : null;

    private static readonly Lazy<bool> s_installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Unicode encoding writes a ToUnicode map, so copied text is the Chinese shown.</summary>
    private static readonly XPdfFontOptions s_options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    public static XFont Create(double size, bool bold = false, bool fallback = false)
    {
        _ = s_installed.Value;
        return new XFont(fallback ? FallbackFamily : Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, s_options);
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

/// <summary>Serves the embedded fonts: the fallback for its family, the first font for every other; bold and italic are simulated.</summary>
internal sealed class NoticeFontResolver : IFontResolver
{
    private const string FaceName = "wqy-microhei-gbk";
    private const string FallbackFaceName = "babelstone-han-names";

    private static readonly Lazy<byte[]> s_font = new(() => Load(FaceName), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<byte[]> s_fallback = new(() => Load(FallbackFaceName), LazyThreadSafetyMode.ExecutionAndPublication);

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(familyName == NoticeFonts.FallbackFamily ? FallbackFaceName : FaceName, isBold, isItalic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        FaceName => s_font.Value,
        FallbackFaceName => s_fallback.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var resource = $"Dalian.Enforcement.Web.Fonts.{face}.ttf";
        using var stream = typeof(NoticeFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
