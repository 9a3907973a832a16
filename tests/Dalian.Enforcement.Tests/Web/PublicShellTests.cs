using System.Net;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Features.Sections;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class PublicShellTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_page_is_chinese_and_lists_the_demo_agencies()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("盘锦市大洼区水利局", html);
        Assert.Contains("盘锦市大洼区市场监督管理局", html);
        Assert.Contains("href=\"#main\"", html); // skip link
        Assert.Contains("aria-label=\"主导航\"", html); // Chinese attributes are not escaped
    }

    public static TheoryData<string> Sections() => [.. PortalSections.All.Select(s => s.Href)];

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Every_section_answers_and_says_honestly_what_is_not_built(string href)
    {
        var section = PortalSections.Find(href)!;
        var response = await factory.CreateClient().GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<h1 class=\"h2\">{section.Title}</h1>", html);
        Assert.Equal(!section.Built, html.Contains("本栏目正在建设中", StringComparison.Ordinal));
        Assert.Contains($"href=\"{href}\" aria-current=\"page\"", html);
    }

    [Fact]
    public async Task Bootstrap_is_served_by_the_portal_itself()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);

        var css = await factory.CreateClient().GetAsync("/lib/bootstrap/css/bootstrap.min.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("Bootstrap  v5", await css.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_page_gets_a_chinese_404_without_internals()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        Assert.False(factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>()
            .Value.AddServerHeader); // no "Server: Kestrel" on the real server
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports")]
    [InlineData("/decisions")]
    [InlineData("/api/v1/decisions")]
    [InlineData("/calendar")]
    public async Task Head_answers_every_get_route_with_the_get_s_headers_and_no_body(string path)
    {
        var client = factory.CreateClient();
        var get = await client.GetAsync(path);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, path))).StatusCode);
    }

    [Theory]
    [InlineData("/account/login", HttpStatusCode.BadRequest, "请求有误")] // no antiforgery token
    [InlineData("/no-such-page", HttpStatusCode.NotFound, "页面不存在")]
    [InlineData("/subjects", HttpStatusCode.MethodNotAllowed, "请求方式不支持")]
    public async Task Failed_posts_get_a_full_chinese_error_page(string path, HttpStatusCode status, string title)
    {
        var response = await factory.CreateClient().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains($"<h1 class=\"h2\">{title}</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_error_page_visited_directly_is_a_404_not_a_logged_error()
    {
        var response = await factory.CreateClient().GetAsync("/error");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_trailing_slash_reaches_the_same_section()
    {
        var response = await factory.CreateClient().GetAsync("/officers/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"h2\">执法人员</h1>", await response.Content.ReadAsStringAsync());
    }
}
