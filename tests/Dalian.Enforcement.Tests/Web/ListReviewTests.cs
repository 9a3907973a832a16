using System.Net;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Web;

public sealed partial class ListReviewTests
{
    [Fact]
    public async Task Staff_draft_a_change_the_reviewer_returns_then_approves_and_only_then_is_it_public()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var draft = await NewDraftAsync(staff, "matters");
        var edit = await staff.GetStringAsync($"{draft}/matter?code=DWSL-XK-001");
        var fields = FormFields(edit);
        fields["Name"] = "取水许可（含延续）";

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"{draft}/matter?code=DWSL-XK-001", $"{draft}/matter", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(staff, draft)).StatusCode);
        Assert.DoesNotContain("取水许可（含延续）", await factory.CreateClient().GetStringAsync("/matters"));

        var supervisor = await factory.LoginDemoAsync("supervisor");
        var reviews = await supervisor.GetStringAsync("/admin/reviews");
        var review = ReviewLink().Match(reviews).Groups[1].Value;
        Assert.Contains("修改：DWSL-XK-001", await supervisor.GetStringAsync(review));
        var refused = await supervisor.PostFormAsync(review, review, new Dictionary<string, string> { ["decision"] = "return", ["opinion"] = "" });
        Assert.Contains("退回时须填写审核意见", await refused.Content.ReadAsStringAsync());
        await supervisor.PostFormAsync(review, review, new Dictionary<string, string> { ["decision"] = "return", ["opinion"] = "请写明延续的法律依据。" });

        Assert.Contains("请写明延续的法律依据。", await staff.GetStringAsync(draft));
        await SubmitAsync(staff, draft);
        await supervisor.PostFormAsync(review, review, new Dictionary<string, string> { ["decision"] = "approve", ["opinion"] = "同意。" });

        var matters = await factory.CreateClient().GetStringAsync("/matters");
        Assert.Contains("取水许可（含延续）", matters);
        var id = Regex.Match(matters, "href=\"/matters/(\\d+)\">取水许可（含延续）").Groups[1].Value;
        Assert.Contains("现行第 3 版", await factory.CreateClient().GetStringAsync($"/matters/{id}"));
        Assert.Contains("刘芳（区司法局）", await factory.CreateClient().GetStringAsync($"/matters/{id}"));
    }

    [Fact]
    public async Task A_colleagues_later_save_is_not_overwritten_and_the_refused_input_is_kept()
    {
        await using var factory = new PortalFactory();
        var first = await factory.LoginDemoAsync("water.staff");
        var draft = await NewDraftAsync(first, "matters");
        var colleague = await TestData.UserAsync(factory, agencyId: await TestData.AgencyIdAsync(factory, "盘锦市大洼区水利局"));
        var second = factory.CreateBrowserLikeClient();
        await second.LoginAsync(colleague.UserName!, TestData.Password);

        var firstForm = FormFields(await first.GetStringAsync($"{draft}/matter?code=DWSL-XK-001"));
        var secondForm = FormFields(await second.GetStringAsync($"{draft}/matter?code=DWSL-XK-001"));
        firstForm["Name"] = "取水许可（甲的修改）";
        secondForm["Name"] = "取水许可（乙的修改）";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"{draft}/matter?code=DWSL-XK-001", $"{draft}/matter", firstForm)).StatusCode);

        var refused = await second.PostFormAsync($"{draft}/matter?code=DWSL-XK-001", $"{draft}/matter", secondForm);

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("此修订稿在您编辑期间已被他人修改", html);
        Assert.Contains("value=\"取水许可（乙的修改）\"", html);
        var saved = await first.GetStringAsync(draft);
        Assert.Contains("取水许可（甲的修改）", saved);
        Assert.DoesNotContain("乙的修改", saved);
    }

    [Fact]
    public async Task Another_agencys_draft_is_not_found_whatever_the_route()
    {
        await using var factory = new PortalFactory();
        var water = await factory.LoginDemoAsync("water.staff");
        var draft = await NewDraftAsync(water, "matters");
        var market = await factory.LoginDemoAsync("market.staff");

        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync(draft)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"{draft}/matter?code=DWSL-XK-001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.PostFormAsync("/admin/lists", $"{draft}/submit", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.PostFormAsync("/admin/lists", $"{draft}/remove", new Dictionary<string, string> { ["code"] = "DWSL-XK-001" })).StatusCode);
        Assert.Contains("DWSL-XK-001", await water.GetStringAsync(draft)); // nothing was removed
    }

    [Theory]
    [InlineData("1|受理||9", "指向不存在的步骤 9")]
    [InlineData("", "流程图至少需要一个步骤")]
    [InlineData("一|受理", "编号为正整数")]
    public async Task A_broken_flowchart_is_refused_beside_its_field_and_nothing_is_saved(string flowchart, string message)
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var draft = await NewDraftAsync(staff, "matters");
        var fields = FormFields(await staff.GetStringAsync($"{draft}/matter?code=DWSL-XK-001"));
        fields["Flowchart"] = flowchart;
        fields["Name"] = "不应保存的名称";

        var response = await staff.PostFormAsync($"{draft}/matter?code=DWSL-XK-001", $"{draft}/matter", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains("id=\"Flowchart-error\"", html);
        Assert.DoesNotContain("不应保存的名称", await staff.GetStringAsync(draft));
    }

    [Fact]
    public async Task An_unknown_category_is_explained_in_chinese_and_an_unknown_decision_is_refused()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var draft = await NewDraftAsync(staff, "matters");
        var fields = FormFields(await staff.GetStringAsync($"{draft}/matter?code=DWSL-XK-001"));
        fields["Category"] = "Bogus";

        var response = await staff.PostFormAsync($"{draft}/matter?code=DWSL-XK-001", $"{draft}/matter", fields);
        Assert.Contains("“Bogus”不是有效的值", await response.Content.ReadAsStringAsync());

        await SubmitAsync(staff, draft);
        var supervisor = await factory.LoginDemoAsync("supervisor");
        var review = ReviewLink().Match(await supervisor.GetStringAsync("/admin/reviews")).Groups[1].Value;
        var bogus = await supervisor.PostFormAsync(review, review, new Dictionary<string, string> { ["decision"] = "bogus", ["opinion"] = "随便" });
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        Assert.Contains("已提交，待审核", await staff.GetStringAsync("/admin/lists"));
    }

    [Fact]
    public async Task Inspection_lists_go_to_the_market_reviewer_not_the_justice_bureau()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var draft = await NewDraftAsync(staff, "inspections");
        await SubmitAsync(staff, draft);

        Assert.DoesNotContain("随机抽查事项清单</a>", await (await factory.LoginDemoAsync("supervisor")).GetStringAsync("/admin/reviews"));
        Assert.Contains("随机抽查事项清单</a>", await (await factory.LoginDemoAsync("market.reviewer")).GetStringAsync("/admin/reviews"));
    }

    /// <summary>Submits the draft as its page would, with the stamp the page was rendered with.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient staff, string draft)
    {
        var stamp = Regex.Match(await staff.GetStringAsync(draft), "name=\"stamp\" value=\"(\\d+)\"").Groups[1].Value;
        return await staff.PostFormAsync(draft, $"{draft}/submit", new Dictionary<string, string> { ["stamp"] = stamp });
    }

    private static async Task<string> NewDraftAsync(HttpClient staff, string kind)
    {
        var created = await staff.PostFormAsync("/admin/lists", $"/admin/lists/{kind}/new", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }


    /// <summary>The inputs and text areas of a form page, as the browser would send them back.</summary>
    private static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match m in InputField().Matches(html))
        {
            fields[m.Groups["name"].Value] = System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (Match m in TextArea().Matches(html))
        {
            fields[m.Groups["name"].Value] = System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (Match m in SelectedOption().Matches(html))
        {
            fields[m.Groups["name"].Value] = m.Groups["value"].Value;
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    [GeneratedRegex("href=\"(/admin/reviews/\\d+)\"")]
    private static partial Regex ReviewLink();

    [GeneratedRegex("<input (?:type=\"text\" )?id=\"[^\"]*\" name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"|<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputField();

    [GeneratedRegex("<textarea id=\"[^\"]*\" name=\"(?<name>[^\"]+)\"[^>]*>(?<value>[^<]*)</textarea>")]
    private static partial Regex TextArea();

    [GeneratedRegex("<select id=\"[^\"]*\" name=\"(?<name>[^\"]+)\"[^>]*>(?:(?!</select>).)*?<option value=\"(?<value>[^\"]+)\" selected=\"selected\"", RegexOptions.Singleline)]
    private static partial Regex SelectedOption();
}
