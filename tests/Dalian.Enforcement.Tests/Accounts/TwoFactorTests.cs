using System.Net;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Data.Seed;
using Dalian.Enforcement.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Accounts;

public sealed partial class TwoFactorTests(TwoFactorPortalFactory factory) : IClassFixture<TwoFactorPortalFactory>
{
    [Fact]
    public async Task The_password_alone_does_not_open_the_back_office()
    {
        var client = factory.CreateBrowserLikeClient();
        var first = await client.LoginAsync("water.staff", PortalClient.DemoPassword);

        Assert.Equal("/account/login/code?returnUrl=%2Fadmin", first.Headers.Location!.OriginalString);
        var admin = await client.GetAsync("/admin");
        Assert.StartsWith("/account/login", admin.Target(), StringComparison.Ordinal);
        var page = await client.GetStringAsync("/account/login/code");
        Assert.Contains("身份验证器", page);
        Assert.DoesNotContain("演示环境", page); // the demo code appears only in Development
    }

    [Fact]
    public async Task The_right_code_opens_it_and_the_same_code_does_not_open_it_twice()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync("market.staff", PortalClient.DemoPassword);
        var code = await factory.AuthenticatorCodeAsync("market.staff");
        var fields = new Dictionary<string, string> { ["Code"] = code };

        var ok = await client.PostFormAsync("/account/login/code", "/account/login/code", fields);
        Assert.Equal("/admin", ok.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var replay = factory.CreateBrowserLikeClient();
        await replay.LoginAsync("market.staff", PortalClient.DemoPassword);
        var refused = await replay.PostFormAsync("/account/login/code", "/account/login/code", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("验证码不正确或已使用过", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Codes_of_the_neighbouring_step_pass_and_older_ones_do_not()
    {
        var key = PortalAuthenticator.DemoKey("supervisor");
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync("supervisor", PortalClient.DemoPassword);
        factory.Time.Advance(TimeSpan.FromSeconds(60)); // past any step already used by another test

        var old = PortalAuthenticator.CodeAt(key, factory.Time.GetUtcNow().AddSeconds(-65));
        var stale = await client.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = old });
        Assert.Contains("验证码不正确或已使用过", await stale.Content.ReadAsStringAsync());

        var drifted = PortalAuthenticator.CodeAt(key, factory.Time.GetUtcNow().AddSeconds(-30)); // a phone half a minute slow
        var ok = await client.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = drifted });
        Assert.Equal("/admin", ok.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account()
    {
        var name = await AccountWithDemoKeyAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(name, TestData.Password);
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = $"00000{i}" });
        }

        var fresh = factory.CreateBrowserLikeClient();
        var again = await fresh.LoginAsync(name, TestData.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // locked: the password no longer leads to the code step
        Assert.Contains(new AccountOptions().FailureMessage, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_recovery_code_opens_the_back_office_once()
    {
        var name = await AccountWithDemoKeyAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByNameAsync(name))!, 10))!.ToList();

        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(name, TestData.Password);
        var ok = await client.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = codes[0] });
        Assert.Equal("/admin", ok.Headers.Location!.OriginalString);

        var second = factory.CreateBrowserLikeClient();
        await second.LoginAsync(name, TestData.Password);
        var refused = await second.PostFormAsync("/account/login/code", "/account/login/code", new Dictionary<string, string> { ["Code"] = codes[0] });
        Assert.Contains("验证码不正确或已使用过", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Resetting_the_authenticator_sends_the_holder_to_enrol_again()
    {
        var name = await AccountWithDemoKeyAsync();
        var admin = factory.CreateBrowserLikeClient();
        await admin.LoginWithCodeAsync(factory, "admin", PortalClient.DemoPassword);
        string id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
        }

        await admin.PostFormAsync($"/admin/accounts/{id}", $"/admin/accounts/{id}/reset-two-factor", new Dictionary<string, string>());
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal("/admin", (await client.LoginAsync(name, TestData.Password)).Headers.Location!.OriginalString); // no code to ask for
        Assert.Equal("/account/two-factor?returnUrl=%2Fadmin", (await client.GetAsync("/admin")).Headers.Location!.OriginalString);
        var page = await client.GetStringAsync("/account/two-factor");
        Assert.DoesNotContain(Grouped(PortalAuthenticator.DemoKey("x")), page);
        Assert.Matches(KeyShown(), page);
    }

    [Fact]
    public async Task Every_demo_account_logs_in_with_its_readme_key()
    {
        foreach (var account in DemoSeeder.Accounts)
        {
            var client = factory.CreateBrowserLikeClient();
            var login = await client.LoginWithCodeAsync(factory, account.UserName, PortalClient.DemoPassword);
            Assert.Equal("/admin", login.Headers.Location!.OriginalString);
            Assert.Contains(account.DisplayName, await client.GetStringAsync("/admin"));
        }
    }

    private static string Grouped(string key) => PortalAuthenticator.Grouped(key);

    /// <summary>A staff account whose authenticator has the demo key of a throwaway name, so the test can compute its codes.</summary>
    private async Task<string> AccountWithDemoKeyAsync()
    {
        var user = await TestData.UserAsync(factory, agencyId: await TestData.AgencyIdAsync(factory, DemoRegisters.Water));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var store = (IUserAuthenticatorKeyStore<PortalUser>)scope.ServiceProvider.GetRequiredService<IUserStore<PortalUser>>();
        var loaded = (await users.FindByIdAsync(user.Id))!;
        await store.SetAuthenticatorKeyAsync(loaded, PortalAuthenticator.DemoKey(user.UserName!), default);
        await users.SetTwoFactorEnabledAsync(loaded, true);
        return user.UserName!;
    }

    [GeneratedRegex("<code class=\"user-select-all\">[A-Z2-7]{4}( [A-Z2-7]{4}){7}</code>")]
    private static partial Regex KeyShown();
}
