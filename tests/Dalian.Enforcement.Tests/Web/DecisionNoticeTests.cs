using System.Net;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Dalian.Enforcement.Tests.Web;

public sealed class DecisionNoticeTests
{
    [Fact]
    public async Task The_PDF_notice_reads_back_as_exactly_the_items_of_the_page_and_holds_no_ID_number()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕921号", today, party: "赵测试")
            .With("Content", "责令停止违法行为，限期恢复原状，并处罚款人民币贰万元整（￥20,000.00）。"));
        Assert.Contains("已公开", await DecisionData.ActAsync(staff, id, "publish"));

        var anonymous = factory.CreateClient();
        var json = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/decisions/{id}")).RootElement;
        var response = await anonymous.GetAsync($"/decisions/{id}/notice.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = Compact(string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));

        // An empty item stays empty in the JSON (data) and reads 无 on the page and the notice.
        Assert.Contains(json.GetProperty("items").EnumerateArray(), i => i.GetProperty("value").GetString() == "");
        var items = json.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("label").GetString() + (i.GetProperty("value").GetString() is { Length: > 0 } v ? v : "无")).ToList();
        Assert.Contains("当事人名称赵**", items);
        Assert.Contains("没收违法所得、没收非法财物的金额（元）无", items);
        var expected = Compact(json.GetProperty("title").GetString() + "盘锦市大洼区水利局" + string.Concat(items) + json.GetProperty("timeliness").GetString());
        Assert.StartsWith(expected, text);
        Assert.Contains(Compact($"http://localhost/decisions/{id}"), text);
        Assert.DoesNotContain(DecisionData.IdNumber("21110419800101123"), text);
        Assert.DoesNotContain("赵测试", text);

        // The page shows the same items as the PDF, in the same order.
        var page = await anonymous.GetStringAsync($"/decisions/{id}");
        var shown = System.Text.RegularExpressions.Regex.Matches(page, "<tr><th scope=\"row\" class=\"w-25\">([^<]*)</th><td class=\"text-break\">([^<]*)</td></tr>")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value + m.Groups[2].Value)).ToList();
        Assert.Equal(items, shown);

        // The remedies and the supervision phone, from the agency's record, on the page, the notice and in the JSON alike.
        var remedies = json.GetProperty("remedies").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(remedies, r => r.Contains("60日内", StringComparison.Ordinal) && r.Contains("6个月内", StringComparison.Ordinal));
        Assert.Contains(remedies, r => r.StartsWith("对本机关行政执法行为的监督投诉电话", StringComparison.Ordinal));
        Assert.All(remedies, r => Assert.Contains(Compact(r), text, StringComparison.Ordinal));
        Assert.All(remedies, r => Assert.Contains($"<p>{r}</p>", WebUtility.HtmlDecode(page), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_withdrawn_decision_s_notice_answers_410()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕922号", today));
        await DecisionData.ActAsync(staff, id, "publish");
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/decisions/{id}/notice.pdf")).StatusCode);
        await DecisionData.ActAsync(staff, id, "withdraw", ("reason", "ConfirmedIllegal"), ("note", "经法院判决确认违法。"), ("revokingActDate", $"{today:yyyy-MM-dd}"));

        var gone = await factory.CreateClient().GetAsync($"/decisions/{id}/notice.pdf");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("经法院判决确认违法", await gone.Content.ReadAsStringAsync());
    }

    private static string Compact(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
}
