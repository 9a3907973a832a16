using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features;
using Dalian.Enforcement.Web.Features.Audit;
using Dalian.Enforcement.Web.Infrastructure.Health;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Dalian.Enforcement.Web.Infrastructure.Logging;
using Dalian.Enforcement.Web.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalLogging();
builder.Services.AddPortalWeb(builder.Configuration);
builder.Services.AddPortalData(builder.Configuration);
builder.Services.AddPortalAccounts(builder.Configuration);
builder.Services.AddPortalFeatures(builder.Configuration);
builder.Services.AddPortalAudit(builder.Configuration);
builder.Services.AddPortalHealth();
builder.Services.AddPortalRateLimits(builder.Configuration);
builder.Services.AddPortalTransportSecurity(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.InitializeDatabaseAsync();
if (await app.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

app.WarnIfKeysUnprotected();
app.UsePortalTransportSecurity();
app.UsePortalRequestLogging();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseHeadAsGet();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseBackOfficeGate();
app.UseAuthorization();

app.MapPortalHealth();
app.MapControllers();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("门户已启动 Portal started: {Urls}", string.Join(", ", app.Urls)));

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test hosts (WebApplicationFactory).</summary>
public partial class Program;
