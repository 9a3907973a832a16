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

    public static readonly string DemoPassword = new Dalian.Enforcement.Web.Data.Seed.DemoOptions().Password;

    /// <summary>A browser-like client logged in as one of the demo accounts.</summary>
    public static async Task<HttpClient> LoginDemoAsync(this WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, DemoPassword)).StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
