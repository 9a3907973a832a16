using Dalian.Enforcement.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>
/// Every name prints: the GBK font's gaps (the rest of the 通用规范汉字表, CJK Extension A) come from the fallback font, and a
/// character no font has prints as 〓 and is named, never a silent blank.
/// </summary>
public sealed class NoticeFallbackFontTests
{
    private static readonly DateTimeOffset s_at = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The 8,105 characters of the table, read from the test data (see its header for the source).</summary>
    private static string Standard() =>
        string.Concat(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Web", "data", "tongyong-guifan-hanzi.txt")).Where(l => !l.StartsWith('#')));

    private static byte[] Render(string value) =>
        NoticePdf.Render(new NoticeDocument("行政处罚决定公示", "盘锦市大洼区水利局", [new("当事人名称", value)], "", "https://example.invalid/d/1", s_at));

    private static List<(string Value, string Font)> Letters(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => (l.Value, l.FontName ?? ""))];
    }

    [Fact]
    public void The_standard_list_is_the_whole_table()
    {
        var standard = Standard();
        Assert.Equal(8105, standard.EnumerateRunes().Count());
        Assert.Equal(8105, standard.EnumerateRunes().Distinct().Count());
        Assert.Contains("𬇙", standard, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_character_of_the_standard_list_has_a_glyph_in_one_of_the_fonts() =>
        Assert.Empty(NoticeFonts.Unprintable(Standard()));

    [Fact]
    public void A_name_with_a_character_outside_gbk_prints_it_from_the_fallback_font()
    {
        const string name = "盘锦某𬇙堃水产养殖有限公司";
        var letters = Letters(Render(name)).SkipWhile(l => l.Value != "称").Skip(1).ToList(); // after the label 当事人名称
        var fallback = letters.Where(l => l.Font.Contains("BabelStone", StringComparison.Ordinal)).ToList();
        var after = letters.SkipWhile(l => l.Value != "堃").Take(9).ToList();

        Assert.Equal("盘锦某", string.Concat(letters.Take(3).Select(l => l.Value)));
        Assert.NotEmpty(fallback); // 𬇙 is drawn from the fallback font, not left blank
        Assert.All(letters.Take(3).Concat(after), l => Assert.Contains("WenQuanYi", l.Font, StringComparison.Ordinal));
        Assert.Equal("堃水产养殖有限公司", string.Concat(after.Select(l => l.Value)));
        // Known limit: PDFsharp 6.2 maps the glyph to "2C1D9" in the ToUnicode CMap instead of UTF-16 "D870DDD9", so copying
        // the character out of the PDF gives other text. The page, JSON and search hold the name exactly.
        Assert.DoesNotContain("𬇙", string.Concat(letters.Select(l => l.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_character_of_the_standard_list_reads_back_from_a_notice()
    {
        var standard = Standard();
        var text = string.Concat(Letters(Render(standard)).Select(l => l.Value));

        // Characters of the Basic Multilingual Plane copy out as printed. Outside it (the table's Extension B–E characters such as
        // 𬇙) PDFsharp 6.2 writes a ToUnicode entry that is not UTF-16, so they print but copy out wrong: see the next test.
        Assert.Empty(standard.EnumerateRunes().Where(r => r.IsBmp).Except(text.EnumerateRunes()));
        Assert.DoesNotContain(NoticeFonts.Missing.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_no_font_has_prints_as_the_missing_mark_and_is_named()
    {
        const string name = "张𪜀"; // U+2A700, CJK Extension C: in neither font
        var text = string.Concat(Letters(Render(name)).Select(l => l.Value));

        Assert.Contains("张〓", text, StringComparison.Ordinal);
        Assert.Equal(["𪜀"], NoticeFonts.Unprintable(name + "张三𬇙"));
    }

    [Fact]
    public void Measuring_counts_a_character_outside_the_bmp_once()
    {
        var body = new MeasuredFont(NoticeFonts.Create(10.5), 1.5);

        Assert.Equal(body.Measure("𬇙"), body.Measure("𬇙𬇙") / 2, 6);
        Assert.True(body.Measure("𬇙") > 5, "a CJK character is about one em wide");
        Assert.Equal(2, body.Runs("某𬇙堃").Count(r => r.Text.Length > 0) - 1); // 某 | 𬇙 | 堃: three runs, two font changes
    }
}
