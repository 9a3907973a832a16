using System.Net;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>The JSON API refuses a filter it does not understand instead of silently returning everything.</summary>
public sealed class ApiQueryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/api/v1/decisions?agncy=3", "agncy")]
    [InlineData("/api/v1/decisions?q=取水&categroy=Penalty", "categroy")]
    [InlineData("/api/v1/officers?name=王", "name")]
    [InlineData("/api/v1/transparency/entries?start=0&count=5", "count")]
    public async Task An_unknown_filter_is_a_400_that_names_it(string url, string unknown)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"不支持的查询参数：{unknown}", body);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("/api/v1/decisions?agency=1&category=Penalty&from=2025-01-01&to=2025-12-31&q=取水")]
    [InlineData("/api/v1/officers?q=王")]
    [InlineData("/api/v1/transparency/entries?start=0&end=2")]
    [InlineData("/api/v1/calendar/working-days?from=2026-09-30&days=7")]
    public async Task Known_filters_still_answer(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(url)).StatusCode);
}
