using Dalian.Enforcement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dalian.Enforcement.Tests.Web;

public sealed class LoggingTests
{
    [Fact]
    public async Task Id_numbers_phone_numbers_and_passwords_never_reach_the_log_file()
    {
        await using var factory = new PortalFactory(demo: false);
        var client = factory.CreateBrowserLikeClient();

        // A person who types their ID number or phone as user name, and a password, into the login form.
        await client.LoginAsync("11010519491231002X", "Secret#Password1");
        await client.LoginAsync("13912345678", "Secret#Password1");
        var logger = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Test");
        logger.LogInformation("Party {Party} phone {Phone} password {Password}", "身份证11010519491231002X", "13912345678", "Secret#Password1");

        var logs = await ReadLogsWhenContainsAsync(factory, "password ***");
        Assert.Contains("Login failed for an unknown user name", logs); // what was typed is not logged
        Assert.Contains("139********", logs);
        Assert.Contains("HTTP POST /account/login responded 200", logs); // request logging is on
        Assert.DoesNotContain("11010519491231002X", logs);
        Assert.DoesNotContain("13912345678", logs);
        Assert.DoesNotContain("Secret#Password1", logs);
    }

    [Fact]
    public async Task A_request_path_with_line_breaks_cannot_forge_a_line_of_the_log()
    {
        await using var factory = new PortalFactory(demo: false);
        await factory.CreateClient().GetAsync("/no-such-page%0D%0A[16:00:00 ERR] forged%1B[31m");

        var logs = await ReadLogsWhenContainsAsync(factory, "forged");
        var line = Assert.Single(logs.Split('\n'), l => l.Contains("forged", StringComparison.Ordinal));
        Assert.Contains("\\u000d\\u000a[16:00:00 ERR] forged\\u001b[31m", line); // one line, its control characters written out
        Assert.DoesNotContain(logs.Split('\n'), l => l.StartsWith("[16:00:00 ERR] forged", StringComparison.Ordinal));
    }

    /// <summary>The request log line is written after the response is sent: wait for it, up to a bound.</summary>
    private static async Task<string> ReadLogsWhenContainsAsync(PortalFactory factory, string expected)
    {
        var logs = factory.ReadLogs();
        for (var i = 0; i < 50 && !logs.Contains(expected, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
            logs = factory.ReadLogs();
        }

        return logs;
    }
}
