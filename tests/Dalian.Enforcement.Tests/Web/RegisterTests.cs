using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Web;

public sealed class RegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/officers?certificate=21110400007", "陈立新", 1)]
    [InlineData("/officers?q=21110400007", "陈立新", 1)]
    [InlineData("/officers?q=%E9%99%88%E7%AB%8B%E6%96%B0", "陈立新", 1)] // 陈立新
    [InlineData("/officers?q=%E6%B0%B4%E6%94%BF%E7%9B%91%E5%AF%9F%E5%A4%A7%E9%98%9F", "孙立军", 15)] // 水政监察大队
    [InlineData("/officers?category=%E5%B8%82%E5%9C%BA%E7%9B%91%E7%AE%A1", "冯丽娟", 5)] // 市场监管
    public async Task Citizens_find_officers_by_certificate_number_name_unit_and_category(string url, string name, int total)
    {
        var html = await factory.CreateClient().GetStringAsync(url);

        Assert.Contains($"共找到 {total} 名执法人员", html);
        Assert.Contains($">{name}</a>", html);
    }

    [Fact]
    public async Task The_officer_page_shows_every_certificate_and_its_dated_history_but_no_reasons()
    {
        var client = factory.CreateClient();
        var id = (await client.GetFromJsonAsync<JsonElement>("/api/v1/officers?q=%E7%8E%8B%E6%B5%B7%E6%B6%9B")).GetProperty("items")[0].GetProperty("id").GetInt32();

        var html = await client.GetStringAsync($"/officers/{id}");

        Assert.Contains("21110400001", html);
        Assert.Contains("21110400002", html);
        Assert.Contains("<td>2020-09-01</td><td>暂扣</td>", html);
        Assert.Contains("<td>2020-10-15</td><td>有效</td>", html);
        Assert.DoesNotContain("复训", html); // reasons are for auditors, not the public
    }

    [Fact]
    public async Task The_api_answers_by_certificate_number_with_the_status_today()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/officers?certificate=21110400014");
        var officer = json.GetProperty("items")[0];

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal("孙立军", officer.GetProperty("name").GetString());
        Assert.False(officer.GetProperty("mayEnforceToday").GetBoolean());
        Assert.Equal("revoked", officer.GetProperty("certificates")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Subjects_are_public_with_their_remedies_and_units()
    {
        var client = factory.CreateClient();
        var list = await client.GetStringAsync("/subjects");
        Assert.Contains("盘锦市大洼区水政监察大队", list);
        Assert.Contains("受委托组织", list);

        var water = System.Text.RegularExpressions.Regex.Match(list, "href=\"/subjects/(\\d+)\">盘锦市大洼区水利局").Groups[1].Value;
        var page = await client.GetStringAsync($"/subjects/{water}");
        Assert.Contains("11211104001203480Q", page);
        Assert.Contains("60日内向盘锦市大洼区人民政府申请行政复议", page);
        Assert.Contains("6个月内向盘锦市大洼区人民法院提起行政诉讼", page);
        Assert.Contains("盘锦市大洼区水土保持监督站", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/subjects/99999")).StatusCode);
    }

    [Theory]
    [InlineData("2026-05-10", "有效", "可以从事行政执法")]
    [InlineData("2026-05-11", "暂扣", "自 2026-05-11 起暂扣（涉嫌违规执法，暂扣待查")]
    public async Task Auditors_ask_whether_a_certificate_was_valid_on_a_date(string on, string status, string explanation)
    {
        var client = await LoginAsync(PortalRoles.Auditor);

        var html = await client.GetStringAsync($"/admin/certificates?certificate=21110400007&on={on}");

        Assert.Contains($"<span class=\"badge", html);
        Assert.Contains($">{status}</span>", html);
        Assert.Contains(explanation, html);
    }

    [Fact]
    public async Task A_bad_audit_date_is_explained_and_staff_may_not_audit()
    {
        var auditor = await LoginAsync(PortalRoles.Auditor);
        var bad = await auditor.GetAsync("/admin/certificates?certificate=21110400007&on=2026-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("核验日期“2026-02-30”不是有效的日期", await bad.Content.ReadAsStringAsync());

        var staff = await LoginAsync(PortalRoles.Staff);
        Assert.StartsWith("/account/denied", (await staff.GetAsync("/admin/certificates")).Headers.Location!.PathAndQuery);
    }

    private async Task<HttpClient> LoginAsync(string role)
    {
        var user = await TestData.UserAsync(factory, role);
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);
        return client;
    }
}
