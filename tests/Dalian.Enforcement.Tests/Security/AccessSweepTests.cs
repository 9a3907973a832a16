using System.Net;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>
/// Every back-office endpoint the router knows (found from its endpoint data source, so a new controller is swept without being listed),
/// tried anonymously and by every demo account whose role it does not admit, GET and POST alike (POSTs carry the account's own valid
/// antiforgery token, so only authorization stands in the way): no attempt may succeed.
/// </summary>
public sealed partial class AccessSweepTests(ITestOutputHelper output)
{
    private static readonly (string UserName, string Role)[] s_accounts =
    [
        ("water.staff", PortalRoles.Staff), ("reviewer", PortalRoles.LegalReviewer), ("market.reviewer", PortalRoles.MarketReviewer),
        ("supervisor", PortalRoles.Supervisor), ("auditor", PortalRoles.Auditor), ("admin", PortalRoles.Admin),
    ];

    [Fact]
    public async Task No_back_office_endpoint_answers_anyone_anonymous_or_of_a_role_it_does_not_admit()
    {
        await using var factory = new PortalFactory();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Rules: e.Metadata.GetOrderedMetadata<IAuthorizeData>()))
            .Where(e => e.Rules.Count > 0)
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Method: method, Path: Fill(e.Endpoint.RoutePattern.RawText!), e.Rules)))
            .Distinct()
            .ToList();
        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} protected endpoints found: the sweep is not seeing the controllers");

        var attempts = 0;
        var successes = new List<string>();
        var anonymous = factory.CreateBrowserLikeClient();
        foreach (var (method, path, _) in endpoints)
        {
            attempts++;
            if (Succeeded(await SendAsync(anonymous, method, path, token: null)))
            {
                successes.Add($"anonymous {method} {path}");
            }
        }

        foreach (var (userName, role) in s_accounts)
        {
            var client = await factory.LoginDemoAsync(userName);
            var token = AntiforgeryToken().Match(await client.GetStringAsync("/account/password")).Groups[1].Value;
            Assert.NotEmpty(token);
            foreach (var (method, path, rules) in endpoints.Where(e => !Admits(e.Rules, role)))
            {
                attempts++;
                if (Succeeded(await SendAsync(client, method, path, token)))
                {
                    successes.Add($"{userName} {method} {path}");
                }
            }
        }

        output.WriteLine($"access sweep: {endpoints.Count} protected endpoints, {attempts} attempts (anonymous and every role not admitted), {successes.Count} successes");
        Assert.Empty(successes);
    }

    private static bool Admits(IReadOnlyList<IAuthorizeData> rules, string role) =>
        rules.All(r => string.IsNullOrEmpty(r.Roles) || r.Roles.Split(',').Contains(role));

    /// <summary>A success is an answer of the endpoint itself: 2xx, or a redirect anywhere but the log-in and refusal pages.</summary>
    private static bool Succeeded(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && !response.Target().StartsWith("/account/login", StringComparison.Ordinal)
            && !response.Target().StartsWith("/account/denied", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]);
        }

        return client.SendAsync(request);
    }

    /// <summary>Route parameters filled with an id of the right shape ({id:int}, {kind}, {year}…).</summary>
    private static string Fill(string template) =>
        "/" + RouteParameter().Replace(template.TrimStart('/'), m => m.Groups[2].Value.Contains("int") || m.Groups[2].Value.Contains("long") ? "1" : "x1");

    [GeneratedRegex("{([^:}?]+)(:[^}?]+)?\\??}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
