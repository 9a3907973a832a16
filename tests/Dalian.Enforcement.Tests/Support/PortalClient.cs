using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dalian.Enforcement.Tests.Support;

/// <summary>HTTP helpers that behave like a browser: cookies kept, antiforgery tokens read from the form.</summary>
public static partial class PortalClient
{
    public static HttpClient CreateBrowserLikeClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>GETs the page holding the form, then POSTs the fields with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {formPage}");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(action, new FormUrlEncodedContent(body));
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password) =>
        client.PostFormAsync("/account/login", "/account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });

    /// <summary>Where a redirect goes, as path and query: cookie challenges answer with an absolute address, the portal's own redirects with a relative one.</summary>
    public static string Target(this HttpResponseMessage response) =>
        response.Headers.Location is { } location ? location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString : "";

    public static readonly string DemoPassword = new Dalian.Enforcement.Web.Data.Seed.DemoOptions().Password;

    /// <summary>A browser-like client logged in as one of the demo accounts.</summary>
    public static async Task<HttpClient> LoginDemoAsync(this WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, DemoPassword)).StatusCode);
        return client;
    }

    /// <summary>
    /// Logs in as a person with a second factor does: the password, then the code the account's app shows (computed from
    /// its key on the host's clock; the clock moves on a step when this account's last code was of this step).
    /// </summary>
    public static async Task<HttpResponseMessage> LoginWithCodeAsync(this HttpClient client, PortalFactory factory, string userName, string password)
    {
        var first = await client.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/account/login/code", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return await client.PostFormAsync(first.Headers.Location.OriginalString, "/account/login/code", new Dictionary<string, string>
        {
            ["Code"] = await factory.AuthenticatorCodeAsync(userName),
            ["ReturnUrl"] = "/admin",
        });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
