using Dalian.Enforcement.Web.Infrastructure.Pdf;

namespace Dalian.Enforcement.Tests.Web;

public sealed class CjkLineBreakerTests
{
    private const string Closing = "，。、；：？！）》」』”’〕】%…—,.;:?!)]";
    private const string Opening = "（《「『“‘〔【";

    /// <summary>A CJK character (or any non-ASCII one) is 1 wide, an ASCII character 0.5.</summary>
    private static double Measure(string text) => text.Sum(ch => ch < 0x80 ? 0.5 : 1.0);

    private const string Notice =
        "经查，当事人于2026年10月12日在大洼区“红旗〇号”仓库（地址：盘锦市大洼区新兴路12号）销售《不合格产品》，" +
        "违法所得12,500.00元；货值金额合计36,000.00元。依据《中华人民共和国产品质量法》第四十九条，决定：" +
        "一、没收违法所得；二、罚款人民币12,500.00元（壹万贰仟伍佰元整）。详见大水罚〔2026〕12号！" +
        "当事人称：「不知情」、『已整改』……相关材料见https://example.gov.cn/notices/2026/12?print=1。";

    public static TheoryData<double> Widths => [4, 5, 6.5, 7, 8, 9, 10, 11, 12, 13, 15, 17, 20, 24, 31];

    [Theory]
    [MemberData(nameof(Widths))]
    public void No_line_starts_with_closing_punctuation(double width)
    {
        var lines = CjkLineBreaker.Break(Notice, width, Measure);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.DoesNotContain(line[0], Closing));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void No_line_ends_with_opening_punctuation(double width)
    {
        var lines = CjkLineBreaker.Break(Notice, width, Measure);

        Assert.All(lines, line => Assert.DoesNotContain(line[^1], Opening));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Every_line_fits_the_width(double width)
    {
        var lines = CjkLineBreaker.Break(Notice, width, Measure);

        Assert.All(lines, line => Assert.True(Measure(line) <= width, $"\"{line}\" is {Measure(line)} wide, more than {width}"));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Joining_the_lines_gives_the_text_back(double width)
    {
        var lines = CjkLineBreaker.Break(Notice, width, Measure);

        Assert.Equal(Notice, string.Concat(lines));
    }

    [Fact]
    public void A_closing_mark_pulls_the_character_before_it_down()
    {
        var lines = CjkLineBreaker.Break("一二三四，五六。", 4, Measure);

        Assert.Equal(["一二三", "四，五", "六。"], lines);
    }

    [Fact]
    public void An_opening_mark_moves_down_with_what_follows_it()
    {
        var lines = CjkLineBreaker.Break("一二三《四五》", 4, Measure);

        Assert.Equal(["一二三", "《四五》"], lines);
    }

    [Fact]
    public void A_latin_run_that_fits_a_line_is_kept_together()
    {
        // "12,500.00" is 4.5 wide: it would straddle the first break, so it moves down whole.
        var lines = CjkLineBreaker.Break("罚款人民币12,500.00元", 8, Measure);

        Assert.Equal(["罚款人民币", "12,500.00元"], lines);
    }

    [Fact]
    public void A_document_number_breaks_only_between_its_parts()
    {
        var lines = CjkLineBreaker.Break("决定书文号大水罚〔2026〕12号", 6, Measure);

        Assert.Equal(["决定书文号大", "水罚〔2026〕", "12号"], lines);
    }

    [Fact]
    public void A_latin_run_longer_than_a_line_is_broken_by_character()
    {
        const string url = "https://example.gov.cn/notices/2026/000123";
        var lines = CjkLineBreaker.Break("网址" + url, 6, Measure);

        Assert.True(lines.Count >= 4);
        Assert.All(lines, line => Assert.True(Measure(line) <= 6));
        Assert.All(lines.SkipLast(1), line => Assert.True(Measure(line) >= 5, $"\"{line}\" was broken early"));
        Assert.Equal("网址" + url, string.Concat(lines));
    }

    [Fact]
    public void Explicit_newlines_are_kept_and_blank_lines_too()
    {
        var lines = CjkLineBreaker.Break("第一段。\n\r\n第二段", 10, Measure);

        Assert.Equal(["第一段。", "", "第二段"], lines);
    }

    [Fact]
    public void Spaces_at_a_break_are_dropped_but_an_indent_is_kept()
    {
        var lines = CjkLineBreaker.Break("  aaaa bbbb cc", 4, Measure);

        Assert.Equal(["  aaaa", "bbbb cc"], lines);
    }

    [Fact]
    public void Only_break_point_spaces_are_lost()
    {
        const string text = "当事人 张某 于 2026 年 签收 Notice of decision No. 12 , 见 （ 附件 ） 。";
        var lines = CjkLineBreaker.Break(text, 4, Measure);

        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.False(line.StartsWith(' ') || line.EndsWith(' '), $"\"{line}\""));
        Assert.All(lines, line => Assert.DoesNotContain(line[0], Closing));
    }

    [Fact]
    public void Empty_text_is_one_empty_line()
    {
        Assert.Equal([""], CjkLineBreaker.Break("", 10, Measure));
    }
}
