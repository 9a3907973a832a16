using System.Globalization;
using System.Threading.RateLimiting;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

/// <summary>The "RateLimits" section: requests per client address per minute (GB/T 22239-2019 8.1.4.1 登录失败处理; OWASP ASVS 2.2.1).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Log-in attempts per address per minute: enough for people, too few to lock every known account from one address.</summary>
    public int LoginPerMinute { get; set; } = 10;

    /// <summary>Log-in attempts per account name per minute, from all addresses together: a guesser spread over many addresses is slowed too.</summary>
    public int LoginPerAccountPerMinute { get; set; } = 10;

    /// <summary>Public search and API requests per address per minute.</summary>
    public int PublicPerMinute { get; set; } = 300;
}

/// <summary>
/// ASP.NET Core's rate limiter, partitioned by client address (the connection's, or the one a configured proxy forwarded). A refused
/// request gets 429 with Retry-After and the portal's Chinese error page (or problem details on the API).
/// </summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Public = "public";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                Refuse(context.HttpContext.Response, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1));
                return ValueTask.CompletedTask; // the status-code page renders the Chinese page
            };
            o.AddPolicy(Login, http => Window(http, options.LoginPerMinute));
            o.AddPolicy(Public, http => Window(http, options.PublicPerMinute));
        });
        services.AddSingleton(new LoginNameLimiter(options.LoginPerAccountPerMinute));
        return services;
    }

    /// <summary>A refusal as the rate limiter gives it: 429, Retry-After, and (through the status-code page) the Chinese page.</summary>
    public static void Refuse(HttpResponse response, TimeSpan retryAfter)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    private static RateLimitPartition<string> Window(HttpContext http, int permits) =>
        RateLimitPartition.GetSlidingWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "-", _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
}

/// <summary>
/// Log-in attempts per account name, whoever sends them (the name is in the form, which the rate limiter's partitioning cannot read).
/// Unknown names are counted alike, so the limit tells no one which names exist.
/// </summary>
public sealed class LoginNameLimiter(int permitsPerMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetSlidingWindowLimiter(name, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go on; else how long to wait.</summary>
    public TimeSpan? Refusal(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
