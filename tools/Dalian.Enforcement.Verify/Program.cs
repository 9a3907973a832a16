using System.Text;

namespace Dalian.Enforcement.Verify;

// An explicit Main, not top-level statements: those would add a global `Program` type that the
// test project, which also sees the web application's `Program`, could find ambiguous.
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var options = CliOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(CliOptions.Usage);
            return 2;
        }

        using var http = new HttpClient { BaseAddress = options.Portal, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await new VerificationRun(new PortalClient(http), options, Console.Out).RunAsync(CancellationToken.None);
            Console.WriteLine("全部通过 (all checks passed)");
            return 0;
        }
        // The expected ways to fail get one line each; anything else is a bug and may show its stack.
        catch (Exception e) when (e is VerificationFailedException or PortalException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"[失败 FAIL] {e.Message}");
            return 1;
        }
    }
}
