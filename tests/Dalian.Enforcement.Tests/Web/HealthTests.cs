using System.Net;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Web;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_and_ready_answer_200_on_a_migrated_database()
    {
        await using var factory = new PortalFactory(demo: false);
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_answers_503_while_migrations_are_pending_but_live_still_answers()
    {
        await using var factory = new PortalFactory(demo: true, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = "false",
        });
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
