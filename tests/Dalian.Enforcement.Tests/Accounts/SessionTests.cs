using System.Net;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Accounts;

public sealed class SessionTests
{
    [Fact]
    public async Task A_session_ends_after_fifteen_idle_minutes()
    {
        await using var factory = new PortalFactory(demo: false);
        var user = await TestData.UserAsync(factory, PortalRoles.Auditor);
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);

        factory.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(15).Add(TimeSpan.FromSeconds(1)));

        var after = await client.GetAsync("/admin");
        Assert.StartsWith("/account/login", after.Target(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_session_still_ends_at_its_absolute_lifetime()
    {
        await using var factory = new PortalFactory(demo: false, new Dictionary<string, string?> { ["Accounts:AbsoluteHours"] = "2" });
        var user = await TestData.UserAsync(factory, PortalRoles.Auditor);
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);

        for (var minutes = 10; minutes < 120; minutes += 10)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode); // kept alive by use
        }

        factory.Time.Advance(TimeSpan.FromMinutes(10));
        var after = await client.GetAsync("/admin");
        Assert.StartsWith("/account/login", after.Target(), StringComparison.Ordinal);
    }
}
