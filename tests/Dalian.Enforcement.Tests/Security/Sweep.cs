using System.Net;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>One route of the portal as the router knows it: method, template, the authorization it carries and the action behind it.</summary>
internal sealed record SweptEndpoint(string Method, string Template, IReadOnlyList<IAuthorizeData> Rules, ControllerActionDescriptor Action)
{
    public bool IsProtected => Rules.Count > 0;

    /// <summary>Whether an account of this role (null: anonymous) passes every authorization rule on the endpoint.</summary>
    public bool Admits(string? role) =>
        role is null ? Rules.Count == 0 : Rules.All(r => string.IsNullOrEmpty(r.Roles) || r.Roles.Split(',').Contains(role));

    public bool IgnoresAntiforgery => Action.EndpointMetadata.OfType<IAntiforgeryPolicy>().LastOrDefault() is IgnoreAntiforgeryTokenAttribute;

    public override string ToString() => $"{Method} /{Template}";
}

/// <summary>
/// What the security sweeps share: every endpoint from the router's data source (a new controller is swept without being listed),
/// the demo accounts, route filling, and what counts as the endpoint having answered.
/// </summary>
internal static partial class Sweep
{
    public static readonly (string UserName, string Role)[] Accounts =
    [
        ("water.staff", PortalRoles.Staff), ("market.staff", PortalRoles.Staff), ("reviewer", PortalRoles.LegalReviewer),
        ("market.reviewer", PortalRoles.MarketReviewer), ("supervisor", PortalRoles.Supervisor), ("auditor", PortalRoles.Auditor),
        ("admin", PortalRoles.Admin),
    ];

    public static List<SweptEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Where(m => m is "GET" or "POST")
                .Select(m => new SweptEndpoint(m, e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                    e.Metadata.GetMetadata<ControllerActionDescriptor>()!)))
            .DistinctBy(e => (e.Method, e.Template))
            .OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>The route parameters of a template, by name.</summary>
    public static IEnumerable<string> Parameters(string template) => RouteParameter().Matches(template).Select(m => m.Groups[1].Value);

    /// <summary>Route parameters filled with a value of the right shape ({id:int} → 1, anything else → x1).</summary>
    public static string Fill(string template) =>
        "/" + RouteParameter().Replace(template, m => m.Groups[2].Value.Contains("int") || m.Groups[2].Value.Contains("long") ? "1" : "x1");

    /// <summary>Route parameters filled from <paramref name="values"/>; an optional one without a value is left out; null when a required one has none.</summary>
    public static string? Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var missing = false;
        var path = RouteParameter().Replace(template, m =>
        {
            if (values.TryGetValue(m.Groups[1].Value, out var value))
            {
                return value;
            }

            missing |= !m.Value.EndsWith("?}", StringComparison.Ordinal);
            return "";
        });
        return missing ? null : "/" + path.TrimEnd('/');
    }

    /// <summary>An answer of the endpoint itself: 2xx, or a redirect anywhere but the log-in and refusal pages.</summary>
    public static bool Answered(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && !response.Target().StartsWith("/account/login", StringComparison.Ordinal)
            && !response.Target().StartsWith("/account/denied", StringComparison.Ordinal));

    /// <summary>The antiforgery token a page issues to this client (its session and its antiforgery cookie).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var token = AntiforgeryToken().Match(await client.GetStringAsync(page)).Groups[1].Value;
        Assert.NotEmpty(token);
        return WebUtility.HtmlDecode(token);
    }

    /// <summary>The client's log-in: anonymous (null) or a demo account.</summary>
    public static async Task<HttpClient> ClientAsync(PortalFactory factory, string? userName) =>
        userName is null ? factory.CreateBrowserLikeClient() : await factory.LoginDemoAsync(userName);

    /// <summary>A page every client may open that carries a form, for its antiforgery token.</summary>
    public static string TokenPage(string? userName) => userName is null ? "/account/login" : "/account/password";

    /// <summary>The agency a demo account belongs to (null for anonymous and accounts of no agency).</summary>
    public static async Task<int?> AgencyOfAsync(PortalFactory factory, string? userName)
    {
        if (userName is null)
        {
            return null;
        }

        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.AgencyId;
    }

    /// <summary>
    /// Audit events that are not log-ins or log-outs: an act someone did over HTTP (the portal's own background work, such as the
    /// overdue sweep at start-up, acts as "system" whenever it runs and is not counted).
    /// </summary>
    public static async Task<long> ActsAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        string[] sessions = ["account.login", "account.logout", "account.login-failed", "account.locked-out"];
        return await db.AuditEvents.LongCountAsync(e => !sessions.Contains(e.Action) && e.ActorId != "system");
    }

    [GeneratedRegex("{([^:}?]+)(:[^}?]+)?\\??}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
