using Dalian.Enforcement.Web.Infrastructure;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dalian.Enforcement.Tests.Web;

public sealed class LegalClockTests
{
    [Theory]
    [InlineData("2026-01-01T15:59:59Z", "2026-01-01")] // 23:59:59 in Beijing
    [InlineData("2026-01-01T16:00:00Z", "2026-01-02")] // midnight in Beijing, still 1 January in UTC
    public void Today_is_the_date_in_the_legal_time_zone(string utc, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        var clock = new LegalClock(time, Options.Create(new PortalOptions { TimeZone = "Asia/Shanghai" }));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), clock.Today);
        Assert.Equal(TimeSpan.FromHours(8), clock.Now.Offset);
    }
}
