using System.Text;
using Dalian.Enforcement.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace Dalian.Enforcement.Tests.Web;

public sealed class NoticePdfTests
{
    private static readonly DateTimeOffset s_generatedAt = new(2026, 11, 26, 21, 30, 0, TimeSpan.FromHours(8));

    private static NoticeDocument Sample(IReadOnlyList<NoticeItem>? items = null, DateTimeOffset? generatedAt = null) => new(
        "行政处罚决定公示",
        "盘锦市大洼区市场监督管理局",
        items ??
        [
            new("行政处罚决定书文号", "大水罚〔2026〕12号"),
            new("当事人名称", "盘锦〇〇商贸有限公司"),
            new("统一社会信用代码", "91211104MA0Y8KXB3C"),
            new("主要违法事实", "经查，当事人于2026年10月12日在“红旗〇号”仓库（大洼区新兴路12号）销售《不合格产品》，" +
                "违法所得12,500.00元；货值金额合计36,000.00元！其行为违反了《中华人民共和国产品质量法》第三十九条之规定。"),
            new("处罚内容", "一、没收违法所得；二、罚款人民币12,500.00元（壹万贰仟伍佰元整）。"),
            new("备注", ""),
            new("处罚机关", "盘锦市大洼区市场监督管理局"),
        ],
        "决定日期 2026-11-02，公开日期 2026-11-05，在法定期限内公开。",
        "https://zfgs.dawa.gov.cn/decisions/2026/000012",
        generatedAt ?? s_generatedAt);

    private static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

    private static string Footer(NoticeDocument document, int page, int pages) =>
        Compact($"{document.Url}生成时间：2026-11-26 21:30（北京时间）第 {page} 页，共 {pages} 页");

    private static string ExpectedBody(NoticeDocument document)
    {
        var body = new StringBuilder(document.Title).Append(document.Agency);
        foreach (var item in document.Items)
        {
            body.Append(item.Label).Append(item.Value.Length > 0 ? item.Value : "无");
        }

        return Compact(body.Append(document.Timeliness).ToString());
    }

    /// <summary>The text of each page in drawing order, whitespace removed.</summary>
    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => Compact(string.Concat(page.Letters.Select(letter => letter.Value))))];
    }

    /// <summary>Every page must end with its footer; the rest of all pages, in order, is the body.</summary>
    private static string BodyOf(NoticeDocument document, List<string> pages)
    {
        var body = new StringBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            var footer = Footer(document, i + 1, pages.Count);
            Assert.True(pages[i].EndsWith(footer, StringComparison.Ordinal), $"page {i + 1} ends with \"{pages[i][^Math.Min(80, pages[i].Length)..]}\", not its footer \"{footer}\"");
            body.Append(pages[i][..^footer.Length]);
        }

        return body.ToString();
    }

    /// <summary>On every page the body's glyphs stay above the footer's and inside the page.</summary>
    private static void AssertBodyClearsFooter(NoticeDocument document, byte[] pdf)
    {
        using var read = PdfDocument.Open(pdf);
        foreach (var page in read.GetPages())
        {
            var letters = page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
            var footerLength = Footer(document, page.Number, read.NumberOfPages).Length;
            var body = letters.SkipLast(footerLength).ToList();
            var footerTop = letters.TakeLast(footerLength).Max(letter => letter.BoundingBox.Top);
            var bodyBottom = body.Min(letter => letter.BoundingBox.Bottom);
            Assert.True(bodyBottom > footerTop, $"page {page.Number}: body reaches down to {bodyBottom}, the footer up to {footerTop}");
            Assert.True(body.Max(letter => letter.BoundingBox.Top) < page.Height, $"page {page.Number}: body above the page");
        }
    }

    private static NoticeDocument Long(int rows) => Sample(
        [.. Enumerable.Range(1, rows).Select(i => new NoticeItem($"事项{i:D3}", $"第{i}项：当事人于2026年〇{i % 10}月销售不合格产品，罚款人民币{i},500.00元（含税）；" + new string('罚', i % 7 * 13)))]);

    [Fact]
    public void The_page_is_A4_portrait_with_the_document_info_set()
    {
        var document = Sample();
        using var pdf = PdfDocument.Open(NoticePdf.Render(document));

        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(595, Math.Round(page.Width));
        Assert.Equal(842, Math.Round(page.Height));
        Assert.Equal("行政处罚决定公示", pdf.Information.Title);
        Assert.Equal("Dalian.Enforcement", pdf.Information.Creator);
    }

    [Fact]
    public void Title_agency_every_label_and_value_and_the_timeliness_read_back_exactly()
    {
        var document = Sample();
        var pages = PageTexts(NoticePdf.Render(document));

        Assert.Equal(ExpectedBody(document), BodyOf(document, pages));
    }

    [Fact]
    public void The_title_comes_first_centred_and_larger_than_the_table()
    {
        using var pdf = PdfDocument.Open(NoticePdf.Render(Sample()));
        var letters = pdf.GetPage(1).Letters;

        Assert.Equal("行政处罚决定公示", string.Concat(letters.Take(8).Select(letter => letter.Value)));
        var title = letters[0];
        var label = letters.First(letter => letter.Value == "当");
        Assert.True(title.PointSize > label.PointSize * 1.4, $"title {title.PointSize} pt, table {label.PointSize} pt");
        Assert.True(title.StartBaseLine.Y > label.StartBaseLine.Y);
        var centre = (title.BoundingBox.Left + letters[7].BoundingBox.Right) / 2;
        Assert.InRange(centre, (pdf.GetPage(1).Width / 2) - 3, (pdf.GetPage(1).Width / 2) + 3);
    }

    [Fact]
    public void The_text_is_set_in_the_embedded_chinese_font()
    {
        using var pdf = PdfDocument.Open(NoticePdf.Render(Sample()));

        Assert.All(pdf.GetPage(1).Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)),
            letter => Assert.Contains("WenQuanYi", letter.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_with_ling_and_full_width_punctuation_is_copied_out_as_shown()
    {
        const string value = "〇〇七号：（一）“拒不改正”；《决定书》〔2026〕、【附件】……——！？％＋１２３";
        var document = Sample([new("主要违法事实", value)]);
        var pages = PageTexts(NoticePdf.Render(document));

        Assert.Equal(Compact("主要违法事实" + value), BodyOf(document, pages)[Compact(document.Title + document.Agency).Length..^Compact(document.Timeliness).Length]);
    }

    [Fact]
    public void Many_rows_continue_on_further_pages_each_with_its_footer()
    {
        var document = Long(60);
        var pdf = NoticePdf.Render(document);
        var pages = PageTexts(pdf);

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Equal(ExpectedBody(document), BodyOf(document, pages));
        AssertBodyClearsFooter(document, pdf);
    }

    [Fact]
    public void A_value_taller_than_a_page_is_split_by_lines_across_pages()
    {
        var value = string.Concat(Enumerable.Range(1, 400).Select(i => $"第{i}段，当事人陈述申辩意见已记录在案。"));
        var document = Sample([new("当事人名称", "盘锦〇〇商贸有限公司"), new("陈述申辩", value), new("备注", "无")]);
        var pdf = NoticePdf.Render(document);
        var pages = PageTexts(pdf);

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Equal(ExpectedBody(document), BodyOf(document, pages));
        AssertBodyClearsFooter(document, pdf);
    }

    [Fact]
    public void The_generated_time_is_shown_as_given_without_converting_zones()
    {
        var document = Sample(generatedAt: new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero));
        var page = Assert.Single(PageTexts(NoticePdf.Render(document)));

        Assert.EndsWith(Footer(document, 1, 1), page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_value_reads_无()
    {
        var document = Sample([new("备注", ""), new("处罚机关", "盘锦市大洼区市场监督管理局")]);
        var pages = PageTexts(NoticePdf.Render(document));

        Assert.Contains("备注无处罚机关", BodyOf(document, pages), StringComparison.Ordinal);
        Assert.DoesNotContain("—", pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_threads_render_at_once()
    {
        var documents = Enumerable.Range(0, 8).Select(i => Long(5 + (i * 3)) with { Title = $"行政处罚决定公示{i}" }).ToList();
        using var start = new Barrier(documents.Count);

        var renders = documents.Select(document => Task.Run(() =>
        {
            Assert.True(start.SignalAndWait(TimeSpan.FromSeconds(30)));
            return NoticePdf.Render(document);
        })).ToList();
        var results = await Task.WhenAll(renders);

        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(ExpectedBody(documents[i]), BodyOf(documents[i], PageTexts(results[i])));
        }
    }
}
