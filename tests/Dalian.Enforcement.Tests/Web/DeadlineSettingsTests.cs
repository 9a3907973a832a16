using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Tests.Web;

public sealed class DeadlineSettingsTests
{
    [Fact]
    public async Task Periods_come_from_settings_and_the_public_page_shows_them()
    {
        await using var factory = new PortalFactory(demo: false, new Dictionary<string, string?>
        {
            ["Deadlines:Publication:Licensing:Days"] = "5",
            ["Deadlines:Publication:Licensing:Unit"] = "WorkingDays",
            ["Deadlines:Withdrawal:Days"] = "3",
            ["Deadlines:Withdrawal:Unit"] = "CalendarDays",
        });

        var policy = factory.Services.GetRequiredService<IOptions<DeadlinePolicy>>().Value;

        Assert.Equal(Period.WorkingDays(5), policy.PublicationPeriod(EnforcementCategory.Licensing));
        Assert.Equal(Period.WorkingDays(7), policy.PublicationPeriod(EnforcementCategory.Penalty)); // default kept
        Assert.Equal(Period.CalendarDays(3), policy.Withdrawal);
        var html = await factory.CreateClient().GetStringAsync("/calendar");
        Assert.Contains("<td>行政许可决定公开</td><td>5个工作日</td>", html);
        Assert.Contains("<td>行政处罚决定公开</td><td>7个工作日</td>", html);
        Assert.Contains("<td>行政检查决定公开</td><td>20个工作日</td>", html);
    }
}
