using Dalian.Enforcement.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

/// <summary>
/// The portal on a real Kestrel port and Debian's Chromium driven by Playwright. Without Chromium
/// the tests are skipped with the reason, except under CI=true, where that is a failure.
/// </summary>
public class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly PortalFactory _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The portal as the README's newcomer meets it: demo data, one factor (the two-factor fixture has both).</summary>
    public BrowserFixture()
        : this(new PortalFactory())
    {
    }

    protected BrowserFixture(PortalFactory factory) => _factory = factory;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium).";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException(Unavailable + " CI=true: browser tests must run.");
            }

            return;
        }

        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Signs a transparency checkpoint now (the host's clock is fake, so the signer never ticks by itself).</summary>
    public async Task SignCheckpointAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Dalian.Enforcement.Web.Features.Transparency.TransparencyLog>().CheckpointAsync(default);
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Beijing time on the host's (fake) clock.</summary>
    public DateTime LegalNow => _factory.Services.GetRequiredService<Dalian.Enforcement.Web.Infrastructure.Time.LegalClock>().Now.DateTime;

    public static readonly string DemoPassword = new Dalian.Enforcement.Web.Data.Seed.DemoOptions().Password;

    /// <summary>Logs a demo account in through the login form, as a person would.</summary>
    public static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The code an authenticator app would show now (on the host's fake clock) for the account's key.</summary>
    public Task<string> AuthenticatorCodeAsync(string userName) => _factory.AuthenticatorCodeAsync(userName);

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The portal as deployed: every back-office account needs its second factor; the demo accounts have theirs enrolled.</summary>
public sealed class TwoFactorBrowserFixture() : BrowserFixture(new PortalFactory(demo: true, new Dictionary<string, string?>
{
    ["Accounts:RequireTwoFactor"] = "true",
    ["Demo:TwoFactor"] = "true",
}));

[CollectionDefinition(Name)]
public sealed class TwoFactorBrowserGroup : ICollectionFixture<TwoFactorBrowserFixture>
{
    public const string Name = "browser with two factors";
}

/// <summary>One portal and one browser for all browser tests; each test opens its own browser context.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
