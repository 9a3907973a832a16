using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Infrastructure.Time;

/// <summary>
/// The edge where the portal reads the clock: now and today in the legal time zone (configured,
/// never the machine's). Rules take the date from here as a parameter.
/// </summary>
public sealed class LegalClock(TimeProvider time, IOptions<PortalOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>A stored UTC instant shown in the legal time zone.</summary>
    public DateTimeOffset ToLegal(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), _zone);
}
