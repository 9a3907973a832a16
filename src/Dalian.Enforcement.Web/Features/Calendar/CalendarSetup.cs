using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Web.Features.Calendar;

public static class CalendarSetup
{
    /// <summary>The calendar cache, its editor and the deadline policy (section "Deadlines").</summary>
    public static IServiceCollection AddPortalCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeadlinePolicy>().Bind(configuration.GetSection("Deadlines"));
        services.AddSingleton<CalendarCache>();
        services.AddScoped<CalendarEditor>();
        return services;
    }
}
