using System.Text;
using Dalian.Enforcement.Verify;

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
    await new Audit(new PortalClient(http), options, Console.Out).RunAsync(CancellationToken.None);
    Console.WriteLine("全部通过 (all checks passed)");
    return 0;
}
// The expected ways to fail get one line each; anything else is a bug and may show its stack.
catch (Exception e) when (e is VerificationFailedException or PortalException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"[失败 FAIL] {e.Message}");
    return 1;
}
