using System.Net;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class DecisionRecordingTests
{
    [Fact]
    public async Task Bad_input_gets_field_messages_in_Chinese_and_saves_nothing()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var good = DecisionData.Penalty(water, "大洼水罚〔2026〕911号", today);
        await DecisionData.RecordAsync(staff, good);
        var expired = await ExpiredOfficerAsync(factory, water.Agency, today);

        var cases = new (List<KeyValuePair<string, string>> Fields, string Field, string Message)[]
        {
            (good.With("IdNumber", "211104198001011230").With("DocumentNumber", "x1"), "IdNumber", "居民身份证号码无效"),
            (good.With("PartyKind", "Organisation").With("CreditCode", "91211104MA0Q8X7X7A").With("LegalRepresentative", "张三").With("DocumentNumber", "x2"), "CreditCode", "统一社会信用代码无效"),
            (good.With("FineAmount", "-5").With("DocumentNumber", "x3"), "FineAmount", "罚款金额应为不超过"),
            (good.With("FineAmount", "99999999999").With("DocumentNumber", "x4"), "FineAmount", "罚款金额应为不超过"),
            (good.With("FineAmount", "12.345").With("DocumentNumber", "x5"), "FineAmount", "最多两位小数"),
            (good.With("DecisionDate", $"{today.AddDays(1):yyyy-MM-dd}").With("DocumentNumber", "x6"), "DecisionDate", "决定日期不能晚于今天"),
            (good.With("DecisionDate", "2026-02-30").With("DocumentNumber", "x7"), "DecisionDate", "请按 YYYY-MM-DD 填写决定日期"),
            (good.With("DecisionDate", "2001-01-01").With("DocumentNumber", "x8"), "DecisionDate", "成立日期"),
            (good, "DocumentNumber", "在本单位已经使用"),
            ([.. good.Where(f => f.Key != "OfficerIds").Append(new("OfficerIds", $"{water.Officers[0]}")).Append(new("OfficerIds", $"{expired.Id}"))], "OfficerIds", $"执法人员{expired.Name}在决定日期"),
            ([.. good.Where(f => f.Key != "OfficerIds").Append(new("OfficerIds", $"{water.Officers[0]}"))], "OfficerIds", "至少两名"),
            (good.With("PenaltyKinds", "").With("DocumentNumber", "x9"), "PenaltyKinds", "请至少选择一种处罚类别"),
        };
        foreach (var (fields, field, message) in cases)
        {
            var response = await staff.PostFieldsAsync($"/admin/decisions/new?matter={water.Matter}", "/admin/decisions/new", fields);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{field}: {response.StatusCode}");
            Assert.True(html.Contains($"id=\"{field}-error\"", StringComparison.Ordinal), $"{field} / {message}");
            Assert.Contains($"id=\"{field}-error\"", html);
            Assert.Contains(message, html);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.CountAsync(d => d.DocumentNumber.StartsWith('x')));
    }

    [Fact]
    public async Task A_second_edit_based_on_an_older_record_is_refused_shows_what_changed_and_keeps_its_input()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var first = await factory.LoginDemoAsync("water.staff");
        var colleague = await TestData.UserAsync(factory, agencyId: water.Agency);
        var second = factory.CreateBrowserLikeClient();
        await second.LoginAsync(colleague.UserName!, TestData.Password);
        var fields = DecisionData.Penalty(water, "大洼水罚〔2026〕912号", today).With("then", "draft");
        var id = await DecisionData.RecordAsync(first, fields);
        var edit = $"/admin/decisions/{id}/edit";
        var stamp = System.Text.RegularExpressions.Regex.Match(await second.GetStringAsync(edit), "name=\"Stamp\" value=\"(\\d+)\"").Groups[1].Value;

        var saved = await first.PostFieldsAsync(edit, edit, fields.With("Stamp", stamp).With("Content", "罚款三万元。"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await second.PostFieldsAsync(edit, edit, fields.With("Stamp", stamp).With("Content", "罚款一万元。"));

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("该决定在您编辑期间已被他人修改", html);
        Assert.Contains("<th scope=\"row\">决定内容</th><td>罚款三万元。</td><td>罚款一万元。</td>", html);
        Assert.Contains(">罚款一万元。</textarea>", html);
        Assert.Contains("罚款三万元。", await first.GetStringAsync($"/admin/decisions/{id}"));

        // Having seen the differences, the second person saves again from the page shown: now it is accepted.
        var shownStamp = System.Text.RegularExpressions.Regex.Match(html, "name=\"Stamp\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.NotEqual(stamp, shownStamp);
        var retried = await second.PostFieldsAsync(edit, edit, fields.With("Stamp", shownStamp).With("Content", "罚款一万元。"));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains("罚款一万元。", await first.GetStringAsync($"/admin/decisions/{id}"));
    }

    [Fact]
    public async Task A_decided_decision_can_be_corrected_but_its_date_cannot_move_later()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var decided = today.AddDays(-3);
        var water = await DecisionData.WaterPenaltyAsync(factory, decided);
        var staff = await factory.LoginDemoAsync("water.staff");
        var fields = DecisionData.Penalty(water, "大洼水罚〔2026〕914号", decided);
        var id = await DecisionData.RecordAsync(staff, fields);
        var edit = $"/admin/decisions/{id}/edit";
        var stamp = System.Text.RegularExpressions.Regex.Match(await staff.GetStringAsync(edit), "name=\"Stamp\" value=\"(\\d+)\"").Groups[1].Value;

        var later = await staff.PostFieldsAsync(edit, edit, fields.With("Stamp", stamp).With("DecisionDate", $"{today:yyyy-MM-dd}"));
        Assert.Contains("决定日期只能更正为更早的日期", await later.Content.ReadAsStringAsync());

        var corrected = await staff.PostFieldsAsync(edit, edit, fields.With("Stamp", stamp).With("Content", "更正后的处罚内容。"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var record = await staff.GetStringAsync($"/admin/decisions/{id}");
        Assert.Contains("更正后的处罚内容。", record);
        Assert.Contains("已作出待公开", record);
    }

    [Fact]
    public async Task Reasons_and_notes_that_are_published_are_checked_for_personal_data_and_typed_input_comes_back()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var decided = today.AddDays(-40);
        var water = await DecisionData.WaterPenaltyAsync(factory, decided);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕915号", decided, party: "钱多多")
            .With("Facts", "当事人钱多多未经批准取水。"));

        var page = await DecisionData.ActAsync(staff, id, "publish", ("latenessReason", "承办人钱多多电话１３９１２３４５６７８"));
        Assert.Contains("“违法事实”中含有疑似自然人姓名（钱**）", page);
        Assert.Contains("已遮盖", await DecisionData.ActAsync(staff, id, "mask"));
        page = await DecisionData.ActAsync(staff, id, "publish", ("latenessReason", "联系人电话１３９１２３４５６７８"));
        Assert.Contains("逾期公开的原因中含有疑似手机号码（139********）", page);
        Assert.Contains(">联系人电话１３９１２３４５６７８</textarea>", page); // what was typed is back in the form
        Assert.Contains("逾期", await DecisionData.ActAsync(staff, id, "publish", ("latenessReason", "承办人员调整")));

        var withdrawn = await DecisionData.ActAsync(staff, id, "withdraw", ("reason", "Revoked"), ("note", "当事人钱多多申请复议后撤销"), ("revokingActDate", $"{today:yyyy-MM-dd}"));
        Assert.Contains("撤回说明中含有疑似自然人姓名（钱**）", withdrawn);
        var publicPage = await factory.CreateClient().GetStringAsync($"/decisions/{id}");
        Assert.DoesNotContain("钱多多", publicPage);
        Assert.DoesNotContain("13912345678", publicPage);
    }

    [Fact]
    public async Task Staff_of_another_agency_get_404_whatever_the_route_field_or_id()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var owner = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(owner, DecisionData.Penalty(water, "大洼水罚〔2026〕913号", today));
        var market = await factory.LoginDemoAsync("market.staff");

        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/admin/decisions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/admin/decisions/{id}/edit")).StatusCode);
        Assert.DoesNotContain($"name=\"MatterId\" value=\"{water.Matter}\"", await market.GetStringAsync($"/admin/decisions/new?matter={water.Matter}"));
        foreach (var action in new[] { "publish", "decide", "mask", "withdraw", "not-disclosed" })
        {
            var response = await market.PostFieldsAsync("/admin/decisions", $"/admin/decisions/{id}/{action}", [new("stamp", "1")]);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var created = await market.PostFieldsAsync("/admin/decisions", "/admin/decisions/new", DecisionData.Penalty(water, "大洼市监罚〔2026〕1号", today));
        Assert.Equal(HttpStatusCode.NotFound, created.StatusCode);
        Assert.DoesNotContain("913号", await market.GetStringAsync("/admin/decisions"));

        var supervisor = await factory.LoginDemoAsync("supervisor");
        Assert.Contains("913号", await supervisor.GetStringAsync($"/admin/decisions/{id}"));
        var denied = await supervisor.PostFieldsAsync("/admin/supervision", $"/admin/decisions/{id}/publish", [new("stamp", "1")]);
        Assert.Contains("/account/denied", denied.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("已作出待公开", await owner.GetStringAsync($"/admin/decisions/{id}"));
    }

    [Theory]
    [InlineData("/decisions?from=2026-13-01")]
    [InlineData("/decisions?from=2026-05-01&to=2026-01-01")]
    [InlineData("/decisions?category=Nonsense&agency=abc")]
    [InlineData("/decisions?q=%22%27%3B--")]
    [InlineData("/decisions?q=a")]
    [InlineData("/decisions?q=NEAR%20AND%20OR%20*%20%5E")]
    [InlineData("/decisions?after=garbage")]
    [InlineData("/decisions?after=2026-01-01.99999999999999999999")]
    [InlineData("/api/v1/decisions?from=yesterday")]
    [InlineData("/api/v1/decisions?q=%22%22%22")]
    [InlineData("/decisions/99999999")]
    [InlineData("/api/v1/decisions/99999999")]
    [InlineData("/decisions/99999999/notice.pdf")]
    [InlineData("/decisions?q=%E7%BD%9A%E6%AC%BE&to=9999-12-31")]
    [InlineData("/decisions?q=%E7%BD%9A%E6%AC%BE&from=9999-12-31&to=9999-12-31")]
    [InlineData("/decisions?q=ab%00cd")]
    [InlineData("/decisions?q=%00%00%00")]
    [InlineData("/api/v1/decisions?q=Content%3A%E5%8F%96%E6%B0%B4")]
    [InlineData("/api/v1/decisions?q=NEAR(%E5%8F%96%E6%B0%B4%20%E7%BD%9A%E6%AC%BE)")]
    [InlineData("/api/v1/decisions?q=%27%20OR%201%3D1--")]
    [InlineData("/api/v1/decisions?q=%E7%BD%9A%E6%AC%BE&after=2026-01-01.9223372036854775807")]
    [InlineData("/decisions?category=Penalty,Coercion")]
    [InlineData("/decisions?q=%F0%A0%80%80")]
    public async Task No_query_string_produces_a_server_error(string url)
    {
        await using var factory = new PortalFactory();
        var response = await factory.CreateClient().GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url}: {response.StatusCode}");
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_API_address_answers_problem_details_in_Chinese_not_a_page()
    {
        await using var factory = new PortalFactory();
        var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
    }

    private static async Task<Dalian.Enforcement.Domain.Officers.Officer> ExpiredOfficerAsync(PortalFactory factory, int agency, DateOnly today)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var scopeIds = await db.Agencies.Where(a => a.Id == agency || a.ParentId == agency).Select(a => a.Id).ToListAsync();
        return (await db.Officers.Include(o => o.Certificates).ThenInclude(c => c.History).Where(o => scopeIds.Contains(o.AgencyId)).ToListAsync())
            .First(o => !o.MayEnforceOn(today));
    }
}
