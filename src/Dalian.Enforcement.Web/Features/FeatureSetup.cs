using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Officers;

namespace Dalian.Enforcement.Web.Features;

public static class FeatureSetup
{
    /// <summary>The services the features share: the calendar, its editor, the deadline policy, the registers.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeadlinePolicy>().Bind(configuration.GetSection("Deadlines"));
        services.AddSingleton<CalendarCache>();
        services.AddScoped<CalendarEditor>();
        services.AddScoped<OfficerSearch>();
        return services;
    }
}
