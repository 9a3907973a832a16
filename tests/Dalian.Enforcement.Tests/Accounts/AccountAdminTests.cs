using System.Net;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Accounts;

public sealed partial class AccountAdminTests(TwoFactorPortalFactory factory) : IClassFixture<TwoFactorPortalFactory>
{
    private const string NewPassword = "Shuiwu#2026new";

    [Fact]
    public async Task An_administrator_creates_a_staff_account_that_must_change_its_password_and_enrol_before_reaching_admin()
    {
        var admin = await AdminAsync();
        var water = await TestData.AgencyIdAsync(factory, DemoRegisters.Water);
        var name = Unique("water.new");

        var created = await admin.PostFormAsync("/admin/accounts/new", "/admin/accounts", new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["DisplayName"] = "孙志强",
            ["AgencyId"] = water.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Roles"] = PortalRoles.Staff,
        });
        var page = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var oneTime = WebUtility.HtmlDecode(OneTimePassword().Match(page).Groups[1].Value);
        Assert.Empty(new PasswordRules().Problems(oneTime));

        // The person logs in with the one-time password: first a password of their own, then the authenticator.
        var person = factory.CreateBrowserLikeClient();
        Assert.Equal("/admin", (await person.LoginAsync(name, oneTime)).Headers.Location!.OriginalString);
        var gate = await person.GetAsync("/admin/decisions");
        Assert.Equal("/account/password?returnUrl=%2Fadmin%2Fdecisions", gate.Headers.Location!.OriginalString);

        var weak = await person.PostFormAsync("/account/password", "/account/password", Change(oneTime, "abc12345"));
        Assert.Contains("密码须包含小写字母、大写字母、数字和符号中的至少 3 种（现有 2 种）。", await weak.Content.ReadAsStringAsync());
        var same = await person.PostFormAsync("/account/password", "/account/password", Change(oneTime, oneTime));
        Assert.Contains("不能与最近 5 次使用过的密码相同。", await same.Content.ReadAsStringAsync());
        var changed = await person.PostFormAsync("/account/password", "/account/password", Change(oneTime, NewPassword, "/admin/decisions"));
        Assert.Equal("/admin/decisions", changed.Headers.Location!.OriginalString);

        var toEnrol = await person.GetAsync("/admin/decisions");
        Assert.Equal("/account/two-factor?returnUrl=%2Fadmin%2Fdecisions", toEnrol.Headers.Location!.OriginalString);
        var enrolPage = await person.GetStringAsync(toEnrol.Headers.Location.OriginalString);
        var key = Key().Match(enrolPage).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(32, key.Length);
        var qr = await person.GetAsync("/account/two-factor/qr.png");
        Assert.Equal("image/png", qr.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", qr.Headers.CacheControl!.ToString());

        var wrong = await person.PostFormAsync("/account/two-factor", "/account/two-factor", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("验证码不正确或已使用过", await wrong.Content.ReadAsStringAsync());
        var enrolled = await person.PostFormAsync("/account/two-factor", "/account/two-factor", new Dictionary<string, string>
        {
            ["Code"] = await factory.AuthenticatorCodeAsync(name),
            ["ReturnUrl"] = "/admin/decisions",
        });
        var codes = RecoveryCode().Matches(await enrolled.Content.ReadAsStringAsync());
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/admin/decisions")).StatusCode);

        // Next time: password, then code; the staff member sees their own agency only.
        var again = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginWithCodeAsync(factory, name, NewPassword)).StatusCode);
        var home = await again.GetStringAsync("/admin");
        Assert.Contains(DemoRegisters.Water, home);
        Assert.Contains("孙志强", home);

        var trail = await ActionsAsync(name);
        Assert.Contains("account.create", trail);
        Assert.Contains("account.change-password", trail);
        Assert.Contains("account.two-factor-enrolled", trail);
        Assert.Contains("account.login", trail);
    }

    [Fact]
    public async Task Only_the_administrator_reaches_account_administration()
    {
        foreach (var account in DemoSeeder.Accounts.Where(a => a.Role != PortalRoles.Admin))
        {
            var client = factory.CreateBrowserLikeClient();
            await client.LoginWithCodeAsync(factory, account.UserName, PortalClient.DemoPassword);
            var response = await client.GetAsync("/admin/accounts");
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Target().StartsWith("/account/denied", StringComparison.Ordinal),
                $"{account.UserName}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Disabling_ends_the_sessions_within_a_minute_and_the_account_cannot_log_in()
    {
        var admin = await AdminAsync();
        var (id, name) = await EnrolledAccountAsync(PortalRoles.Staff);
        var session = factory.CreateBrowserLikeClient();
        await session.LoginWithCodeAsync(factory, name, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        var disabled = await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}/disable", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("已停用", await admin.GetStringAsync($"/admin/accounts/{id}"));

        factory.Time.Advance(TimeSpan.FromSeconds(61));
        Assert.StartsWith("/account/login", (await session.GetAsync("/admin")).Target(), StringComparison.Ordinal);
        var refused = await factory.CreateBrowserLikeClient().LoginAsync(name, NewPassword);
        Assert.Contains(new Dalian.Enforcement.Web.Features.Account.AccountOptions().FailureMessage, await refused.Content.ReadAsStringAsync());

        await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}/enable", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().LoginWithCodeAsync(factory, name, NewPassword)).StatusCode);
        Assert.Contains("account.disable", await ActionsAsync(name));
        Assert.Contains("account.enable", await ActionsAsync(name));
    }

    [Fact]
    public async Task Taking_a_role_ends_its_use_within_a_minute()
    {
        var admin = await AdminAsync();
        var (id, name) = await EnrolledAccountAsync(PortalRoles.Staff);
        var session = factory.CreateBrowserLikeClient();
        await session.LoginWithCodeAsync(factory, name, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin/decisions")).StatusCode);

        var water = await TestData.AgencyIdAsync(factory, DemoRegisters.Water);
        var form = await admin.GetStringAsync($"/admin/accounts/{id}");
        var saved = await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}", new Dictionary<string, string>
        {
            ["DisplayName"] = "测试用户",
            ["AgencyId"] = water.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Roles"] = PortalRoles.Auditor,
            ["ConcurrencyStamp"] = WebUtility.HtmlDecode(Stamp().Match(form).Groups[1].Value),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        factory.Time.Advance(TimeSpan.FromSeconds(61));
        var after = await session.GetAsync("/admin/registers");
        Assert.True(after.StatusCode == HttpStatusCode.Forbidden || after.Headers.Location?.OriginalString.Contains("/account/", StringComparison.Ordinal) == true, after.StatusCode.ToString());
    }

    [Fact]
    public async Task A_stale_form_does_not_overwrite_a_colleague_s_change()
    {
        var admin = await AdminAsync();
        var (id, _) = await EnrolledAccountAsync(PortalRoles.Staff);
        var water = (await TestData.AgencyIdAsync(factory, DemoRegisters.Water)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stale = WebUtility.HtmlDecode(Stamp().Match(await admin.GetStringAsync($"/admin/accounts/{id}")).Groups[1].Value);
        Dictionary<string, string> Form(string name, string stamp) => new() { ["DisplayName"] = name, ["AgencyId"] = water, ["Roles"] = PortalRoles.Staff, ["ConcurrencyStamp"] = stamp };

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}", Form("第一次", stale))).StatusCode);
        var second = await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}", Form("第二次", stale));

        Assert.Contains("该账户刚被他人修改", await second.Content.ReadAsStringAsync());
        Assert.Contains("第一次", await admin.GetStringAsync($"/admin/accounts/{id}"));
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_disabled_or_demoted_and_no_one_disables_themselves()
    {
        var admin = await AdminAsync();
        var adminId = await IdAsync("admin");
        var self = await admin.PostFormAsync($"/admin/accounts/{adminId}", $"/admin/accounts/{adminId}/disable", new Dictionary<string, string>());
        Assert.Contains("不能停用自己的账户。", await self.Content.ReadAsStringAsync());

        // A second administrator, demoted a moment ago (its session has not noticed yet), tries to remove the only one left.
        var (otherId, otherName) = await EnrolledAccountAsync(PortalRoles.Admin);
        var other = factory.CreateBrowserLikeClient();
        await other.LoginWithCodeAsync(factory, otherName, NewPassword);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.RemoveFromRoleAsync((await users.FindByIdAsync(otherId))!, PortalRoles.Admin);
        }

        var disable = await other.PostFormAsync($"/admin/accounts/{adminId}", $"/admin/accounts/{adminId}/disable", new Dictionary<string, string>());
        Assert.Contains("这是唯一的在用系统管理员账户，不能停用。", await disable.Content.ReadAsStringAsync());
        var form = await other.GetStringAsync($"/admin/accounts/{adminId}");
        var demote = await other.PostFormAsync($"/admin/accounts/{adminId}", $"/admin/accounts/{adminId}", new Dictionary<string, string>
        {
            ["DisplayName"] = "赵磊",
            ["Roles"] = PortalRoles.Auditor,
            ["ConcurrencyStamp"] = WebUtility.HtmlDecode(Stamp().Match(form).Groups[1].Value),
        });
        Assert.Contains("这是唯一的在用系统管理员账户，不能取消其系统管理员角色。", await demote.Content.ReadAsStringAsync());

        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Null(await db.Users.Where(u => u.Id == adminId).Select(u => u.DisabledAtUtc).SingleAsync());
        Assert.True(await check.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().IsInRoleAsync((await db.Users.SingleAsync(u => u.Id == adminId)), PortalRoles.Admin));
    }

    [Fact]
    public async Task Unlock_and_reset_give_the_account_back_with_a_one_time_password_and_the_old_one_stops_working()
    {
        var admin = await AdminAsync();
        var (id, name) = await EnrolledAccountAsync(PortalRoles.Staff);
        var attacker = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await attacker.LoginAsync(name, "Wrong#2026pass");
        }

        Assert.Contains("已锁定", await admin.GetStringAsync($"/admin/accounts/{id}"));
        await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}/unlock", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().LoginWithCodeAsync(factory, name, NewPassword)).StatusCode);

        var reset = await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}/reset-password", new Dictionary<string, string>());
        var resetPage = await reset.Content.ReadAsStringAsync();
        var oneTime = WebUtility.HtmlDecode(OneTimePassword().Match(resetPage).Groups[1].Value);
        Assert.NotEmpty(oneTime);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserLikeClient().LoginAsync(name, NewPassword)).StatusCode); // refused

        var person = factory.CreateBrowserLikeClient();
        await person.LoginWithCodeAsync(factory, name, oneTime); // the second factor stays
        Assert.StartsWith("/account/password", (await person.GetAsync("/admin")).Target(), StringComparison.Ordinal);
        var back = await person.PostFormAsync("/account/password", "/account/password", Change(oneTime, NewPassword));
        Assert.Contains("不能与最近 5 次使用过的密码相同。", await back.Content.ReadAsStringAsync()); // the password before the reset is remembered
        Assert.Contains("account.unlock", await ActionsAsync(name));
        Assert.Contains("account.reset-password", await ActionsAsync(name));
    }

    [Fact]
    public async Task A_password_past_its_expiry_must_be_changed_before_the_back_office()
    {
        await using var expiring = new PortalFactory(demo: false, new Dictionary<string, string?> { ["Accounts:Password:ExpiresAfterDays"] = "90" });
        var user = await TestData.UserAsync(expiring, PortalRoles.Auditor);
        await using (var scope = expiring.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = expiring.Time.GetUtcNow().UtcDateTime;
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordChangedAtUtc, now));
        }

        var client = expiring.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        expiring.Time.Advance(TimeSpan.FromDays(91));
        client = expiring.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);
        Assert.StartsWith("/account/password", (await client.GetAsync("/admin")).Target(), StringComparison.Ordinal);
        Assert.Contains("每 90 天须更换一次", await client.GetStringAsync("/account/password"));
        Assert.Equal("/admin", (await client.PostFormAsync("/account/password", "/account/password", Change(TestData.Password, "Other#2026pass"))).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Bad_account_forms_get_messages_beside_their_fields_and_keep_what_was_typed()
    {
        var admin = await AdminAsync();
        var response = await admin.PostFormAsync("/admin/accounts/new", "/admin/accounts", new Dictionary<string, string>
        {
            ["UserName"] = "张三<script>",
            ["DisplayName"] = "",
            ["Roles"] = PortalRoles.Staff,
            ["AgencyId"] = "",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名须为 3 至 50 个英文字母、数字或 . _ - 符号。", html);
        Assert.Contains("请填写姓名。", html);
        Assert.Contains("须选择所属单位", html);
        Assert.Contains("张三&lt;script&gt;", html);
        Assert.DoesNotContain("张三<script>", html);

        var taken = await admin.PostFormAsync("/admin/accounts/new", "/admin/accounts", new Dictionary<string, string>
        {
            ["UserName"] = "water.staff",
            ["DisplayName"] = "重名",
            ["Roles"] = PortalRoles.Auditor,
        });
        Assert.Contains("用户名 water.staff 已被使用。", await taken.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Change(string current, string next, string returnUrl = "/admin") => new()
    {
        ["CurrentPassword"] = current,
        ["NewPassword"] = next,
        ["ConfirmPassword"] = next,
        ["ReturnUrl"] = returnUrl,
    };

    private static string Unique(string prefix) => $"{prefix}.{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginWithCodeAsync(factory, "admin", PortalClient.DemoPassword)).StatusCode);
        return admin;
    }

    /// <summary>An account with its own password and an enrolled authenticator (set up directly: the enrolment path has its own test).</summary>
    private async Task<(string Id, string Name)> EnrolledAccountAsync(string role)
    {
        var water = await TestData.AgencyIdAsync(factory, DemoRegisters.Water);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = Unique("t"), DisplayName = "测试用户", AgencyId = water, PasswordChangedAtUtc = factory.Time.GetUtcNow().UtcDateTime };
        Assert.True((await users.CreateAsync(user, NewPassword)).Succeeded);
        await users.AddToRoleAsync(user, role);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (user.Id, user.UserName!);
    }

    private async Task<string> IdAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
    }

    private async Task<List<string>> ActionsAsync(string userName)
    {
        var id = await IdAsync(userName);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.Where(e => e.EntityType == "Account" && e.EntityId == id)
            .Select(e => e.Action).ToListAsync();
    }

    [GeneratedRegex("id=\"one-time-password\">([^<]+)<")]
    private static partial Regex OneTimePassword();

    [GeneratedRegex("<code class=\"user-select-all\">([A-Z2-7 ]+)</code>")]
    private static partial Regex Key();

    [GeneratedRegex("<li>([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([^\"]*)\"")]
    private static partial Regex Stamp();
}
