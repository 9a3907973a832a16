using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dalian.Enforcement.Tests.Support;

/// <summary>
/// The real portal over its own SQLite file with the real migrations, and its own log folder.
/// Each factory is an isolated world: no test sees another factory's data.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public PortalFactory()
        : this(demo: true)
    {
    }

    internal PortalFactory(bool demo, IDictionary<string, string?>? settings = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "dalian-enforcement-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:SqlitePath"] = DatabasePath,
            ["Logs:Directory"] = LogDirectory,
            ["Demo:Enabled"] = demo ? "true" : "false",
            ["Transparency:Directory"] = Path.Combine(Root, "transparency"),
            ["Records:Directory"] = RecordDirectory,

            // Tests log in far more often from one address than a person does; RateLimitTests sets the real limits.
            ["RateLimits:LoginPerMinute"] = "100000",
            ["RateLimits:LoginPerAccountPerMinute"] = "100000",
            ["RateLimits:PublicPerMinute"] = "100000",

            // One factor by default, so that a test may log one account in many times at one fake instant (a TOTP code is
            // accepted once); TwoFactorTests and the browser tests turn both on, as a real deployment has them.
            ["Accounts:RequireTwoFactor"] = "false",
            ["Demo:TwoFactor"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The host's clock: starts at the real time and moves only when a test advances it.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>A scratch folder of this factory's own, deleted with it.</summary>
    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "portal.db");

    public string LogDirectory => Path.Combine(Root, "logs");

    /// <summary>The case-record store of this factory.</summary>
    public string RecordDirectory => Path.Combine(Root, "records");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }


        builder.ConfigureServices(services => services.AddSingleton(Time).AddSingleton<TimeProvider>(Time));
    }

    /// <summary>
    /// The code a demo account's authenticator app shows now (its fixed key). A code is accepted once: when this account's last
    /// accepted code is of the current 30-second step, the clock moves on to the next step first, as a person would wait.
    /// </summary>
    public async Task<string> AuthenticatorCodeAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Dalian.Enforcement.Web.Data.PortalUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no account {userName}");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{userName} has no authenticator key");
        if (user.LastAuthenticatorStep >= Time.GetUtcNow().ToUnixTimeSeconds() / 30)
        {
            Time.Advance(TimeSpan.FromSeconds(30));
        }

        return new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(Time.GetUtcNow().UtcDateTime);
    }

    /// <summary>Everything this host has logged so far, read from its rolling log files.</summary>
    public string ReadLogs()
    {
        if (!Directory.Exists(LogDirectory))
        {
            return "";
        }

        return string.Concat(Directory.GetFiles(LogDirectory).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left for the temp cleaner; it holds only test data.
        }
    }
}
