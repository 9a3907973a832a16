using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class RegisterEditingTests
{
    [Fact]
    public async Task Staff_fix_their_subject_a_bad_credit_code_is_refused_and_each_save_is_recorded()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var water = await TestData.AgencyIdAsync(factory, "盘锦市大洼区水利局");
        var form = SubjectFields("11211104001203480Q", "0427-6000199");

        var bad = await staff.PostFormAsync($"/admin/registers/subjects/{water}", $"/admin/registers/subjects/{water}", SubjectFields("11211104001203480A", "0427-6000199"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("统一社会信用代码“11211104001203480A”无效", await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/admin/registers/subjects/{water}", $"/admin/registers/subjects/{water}", form)).StatusCode);
        Assert.Contains("0427-6000199", await factory.CreateClient().GetStringAsync($"/subjects/{water}"));
        await using var scope = factory.Services.CreateAsyncScope();
        var id = water.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .CountAsync(e => e.EntityType == "Agency" && e.EntityId == id && e.Action == "subject.update"));
    }

    [Fact]
    public async Task A_save_based_on_an_older_subject_record_is_refused_and_keeps_its_input()
    {
        await using var factory = new PortalFactory();
        var water = await TestData.AgencyIdAsync(factory, "盘锦市大洼区水利局");
        var first = await factory.LoginDemoAsync("water.staff");
        var second = factory.CreateBrowserLikeClient();
        var colleague = await TestData.UserAsync(factory, agencyId: water);
        await second.LoginAsync(colleague.UserName!, TestData.Password);
        var page = $"/admin/registers/subjects/{water}";
        var stamp = System.Text.RegularExpressions.Regex.Match(await second.GetStringAsync(page), "name=\"Stamp\" value=\"(\\d+)\"").Groups[1].Value;

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(page, page, new Dictionary<string, string>(SubjectFields("11211104001203480Q", "0427-6000111")) { ["Stamp"] = stamp })).StatusCode);
        var refused = await second.PostFormAsync(page, page, new Dictionary<string, string>(SubjectFields("11211104001203480Q", "0427-6000222")) { ["Stamp"] = stamp });

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("该记录在您编辑期间已被他人修改", html);
        Assert.Contains("value=\"0427-6000222\"", html);
        Assert.Contains("0427-6000111", await factory.CreateClient().GetStringAsync($"/subjects/{water}"));
    }

    [Fact]
    public async Task A_new_officer_and_certificate_go_public_and_bad_certificates_are_explained()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var unit = await TestData.AgencyIdAsync(factory, "盘锦市大洼区水政监察大队");

        var phone = await staff.PostFormAsync("/admin/registers/officers/new", "/admin/registers/officers", Officer("新同志", unit, "水政监察员 13912345678"));
        Assert.Contains("不得填写身份证号、手机号等个人信息", await phone.Content.ReadAsStringAsync());

        var created = await staff.PostFormAsync("/admin/registers/officers/new", "/admin/registers/officers", Officer("新同志", unit, "水政监察员"));
        var page = created.Headers.Location!.OriginalString;
        Assert.Contains("已被其他证件使用", await Certificate(staff, page, "21110400007", "2026-01-01", "2029-12-31"));
        Assert.Contains("有效期至不能早于发证日期", await Certificate(staff, page, "21110499001", "2026-01-01", "2025-12-31"));
        Assert.Equal("", await Certificate(staff, page, "21110499001", "2026-01-01", "2028-12-31"));
        Assert.Contains("重叠", await Certificate(staff, page, "21110499002", "2028-01-01", "2031-12-31"));
        Assert.Contains("id=\"Region-error\"", await Certificate(staff, page, "21110499003", "2030-01-01", "2031-12-31", region: "联系13912345678"));

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/officers?certificate=21110499001");
        Assert.Equal("新同志", json.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_suspension_is_public_at_once_and_another_agency_cannot_touch_the_record()
    {
        await using var factory = new PortalFactory();
        var id = (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/officers?certificate=21110400004")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var certificateId = await CertificateIdAsync(factory, "21110400004");
        var status = $"/admin/registers/officers/{id}/certificates/{certificateId}/status";
        var form = new Dictionary<string, string> { ["Status"] = "Suspended", ["EffectiveOn"] = "2026-11-20", ["Reason"] = "调查期间暂扣" };

        var market = await factory.LoginDemoAsync("market.staff");
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/admin/registers/officers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.PostFormAsync("/admin/registers", status, form)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/admin/registers/subjects/{await TestData.AgencyIdAsync(factory, "盘锦市大洼区水利局")}")).StatusCode);

        var water = await factory.LoginDemoAsync("water.staff");
        foreach (var bogus in new[] { "Bogus", "" })
        {
            var refused = await water.PostFormAsync($"/admin/registers/officers/{id}", status, new Dictionary<string, string>(form) { ["Status"] = bogus });
            Assert.Contains("请选择要变更为的状态。", await refused.Content.ReadAsStringAsync());
        }

        var stillValid = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/officers?certificate=21110400004");
        Assert.Equal("valid", stillValid.GetProperty("items")[0].GetProperty("certificates")[0].GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Redirect, (await water.PostFormAsync($"/admin/registers/officers/{id}", status, form)).StatusCode);
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/officers?certificate=21110400004");
        Assert.Equal("suspended", json.GetProperty("items")[0].GetProperty("certificates")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_certificates_with_one_number_at_the_same_moment_give_one_certificate_and_a_message_never_a_500()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var colleague = await factory.LoginDemoAsync("water.staff");
        int[] officers;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var water = await TestData.AgencyIdAsync(factory, "盘锦市大洼区水利局");
            officers = [.. await scope.ServiceProvider.GetRequiredService<Dalian.Enforcement.Web.Data.PortalDbContext>().Officers
                .Where(o => o.AgencyId == water).OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync()];
        }

        for (var round = 0; round < 5; round++)
        {
            var number = $"2111049{round:D4}";
            var answers = await Task.WhenAll(
                Certificate(staff, $"/admin/registers/officers/{officers[0]}", number, $"{2040 + round}-01-01", $"{2040 + round}-12-31"),
                Certificate(colleague, $"/admin/registers/officers/{officers[1]}", number, $"{2040 + round}-01-01", $"{2040 + round}-12-31"));

            Assert.Single(answers, a => a.Length == 0); // one saved
            Assert.Contains($"执法证号 {number} 已被其他证件使用", answers.Single(a => a.Length > 0)); // the other told why, beside the number
            Assert.Equal(1, await CertificateCountAsync(factory, number));
        }
    }

    private static async Task<int> CertificateCountAsync(PortalFactory factory, string number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Dalian.Enforcement.Web.Data.PortalDbContext>().Certificates.CountAsync(c => c.Number == number);
    }

    private static Dictionary<string, string> SubjectFields(string code, string phone) => new()
    {
        ["Name"] = "盘锦市大洼区水利局",
        ["ShortName"] = "区水利局",
        ["CreditCode"] = code,
        ["Kind"] = "StatutoryAgency",
        ["LegalBasis"] = "《中华人民共和国水法》",
        ["Duties"] = "水行政执法",
        ["Address"] = "盘锦市大洼区示例路88号",
        ["Phone"] = phone,
        ["SupervisionPhone"] = "0427-6000109",
        ["ReconsiderationBody"] = "盘锦市大洼区人民政府",
        ["Court"] = "盘锦市大洼区人民法院",
    };

    private static Dictionary<string, string> Officer(string name, int unit, string position) =>
        new() { ["Name"] = name, ["AgencyId"] = $"{unit}", ["Position"] = position };

    /// <summary>Posts a certificate; returns the error shown, or "" when it was saved.</summary>
    private static async Task<string> Certificate(HttpClient staff, string page, string number, string issued, string until, string region = "盘锦市大洼区")
    {
        var response = await staff.PostFormAsync(page, $"{page}/certificates", new Dictionary<string, string>
        {
            ["Number"] = number,
            ["Category"] = "水利",
            ["Region"] = region,
            ["IssuedOn"] = issued,
            ["ValidUntil"] = until,
        });
        return response.StatusCode == HttpStatusCode.Redirect ? "" : await response.Content.ReadAsStringAsync();
    }


    private static async Task<int> CertificateIdAsync(PortalFactory factory, string number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Certificates.Where(c => c.Number == number).Select(c => c.Id).SingleAsync();
    }
}
