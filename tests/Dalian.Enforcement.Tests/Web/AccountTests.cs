using System.Net;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class AccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Anonymous_visitor_to_admin_is_sent_to_the_login_page()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Fadmin", response.Headers.Location!.PathAndQuery);
    }

    public static TheoryData<string> DemoUsers() => [.. DemoSeeder.Accounts.Select(a => a.UserName)];

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Every_demo_account_logs_in_and_reaches_the_back_office(string userName)
    {
        var account = DemoSeeder.Accounts.Single(a => a.UserName == userName);
        var client = factory.CreateBrowserLikeClient();

        var login = await client.LoginAsync(userName, PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location!.OriginalString);

        var admin = await client.GetStringAsync("/admin");
        Assert.Contains(account.DisplayName, admin);
        Assert.Contains(PortalRoles.Title(account.Role), admin);
        Assert.Contains(account.Agency ?? "（不限单位）", admin);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_chinese_and_the_user_name_is_kept()
    {
        var user = await TestData.UserAsync(factory);
        var response = await factory.CreateBrowserLikeClient().LoginAsync(user.UserName!, "wrong-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("用户名或密码不正确。", html);
        Assert.Contains($"value=\"{user.UserName}\"", html);
    }

    [Fact]
    public async Task Empty_form_gets_field_messages_and_no_500()
    {
        var response = await factory.CreateBrowserLikeClient().LoginAsync("", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入用户名。", html);
        Assert.Contains("请输入密码。", html);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var user = await TestData.UserAsync(factory);
        var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync(user.UserName!, "wrong-password");
        }

        var response = await client.LoginAsync(user.UserName!, TestData.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // not let in
        Assert.Contains(new Dalian.Enforcement.Web.Features.Account.AccountOptions().FailureMessage, await response.Content.ReadAsStringAsync()); // the same words as any failure
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Dalian.Enforcement.Web.Data.PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!));
    }

    [Fact]
    public async Task Locking_an_account_ends_its_open_sessions_within_a_minute()
    {
        var user = await TestData.UserAsync(factory);
        var session = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync(user.UserName!, TestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);

        var attacker = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await attacker.LoginAsync(user.UserName!, "wrong-password");
        }

        factory.Time.Advance(TimeSpan.FromMinutes(2));
        var after = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal); // the open session has ended
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var user = await TestData.UserAsync(factory, PortalRoles.Auditor);
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var logout = await client.PostFormAsync("/admin", "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Return_url_outside_the_portal_is_ignored()
    {
        var user = await TestData.UserAsync(factory);
        var client = factory.CreateBrowserLikeClient();

        var response = await client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = user.UserName!,
            ["Password"] = TestData.Password,
            ["ReturnUrl"] = "https://evil.example/",
        });

        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_logout_no_longer_opens_the_back_office()
    {
        var user = await TestData.UserAsync(factory, PortalRoles.Auditor);
        var client = factory.CreateBrowserLikeClient();
        var login = await client.LoginAsync(user.UserName!, TestData.Password);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dawa.auth=", StringComparison.Ordinal)).Split(';')[0];
        await client.PostFormAsync("/admin", "/account/logout", new Dictionary<string, string>());

        // Past the one-minute stamp check: the stolen copy of the cookie is refused.
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        var replay = factory.CreateBrowserLikeClient();
        replay.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_role_without_access_sees_a_chinese_403_page()
    {
        var user = await TestData.UserAsync(factory, PortalRoles.Staff);
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);

        var response = await client.GetAsync("/account/denied");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync());
    }
}
