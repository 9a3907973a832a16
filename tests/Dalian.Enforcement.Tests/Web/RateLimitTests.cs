using System.Diagnostics;
using System.Net;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Features.Account;
using Xunit.Abstractions;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>One address hammering the log-in is slowed down and locks nobody else out; unknown and known names read and time alike.</summary>
public sealed class RateLimitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hammering_the_log_in_gets_429_with_retry_after_and_a_chinese_page_and_locks_no_account()
    {
        await using var factory = new PortalFactory(demo: false, new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "10" });
        var user = await TestData.UserAsync(factory);
        var client = factory.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await client.LoginAsync($"guess{i}", "wrong-password")).StatusCode);
        }

        var refused = statuses.Count(s => s == HttpStatusCode.TooManyRequests);
        output.WriteLine($"40 log-ins from one address: {40 - refused} answered, {refused} refused with 429");
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(30, refused);

        var last = await client.LoginAsync(user.UserName!, "wrong-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 says when to retry");
        Assert.Contains("请求过于频繁", await last.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"zh-CN\">", await last.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_and_known_user_names_get_the_same_words_and_about_the_same_time()
    {
        await using var factory = new PortalFactory(demo: false);
        var user = await TestData.UserAsync(factory);
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync("warm-up", "x"); // first use of the hasher and the page

        async Task<(string Html, double Ms)> TryAsync(string name)
        {
            var watch = Stopwatch.StartNew();
            var html = await (await client.LoginAsync(name, "wrong-password")).Content.ReadAsStringAsync();
            return (html, watch.Elapsed.TotalMilliseconds);
        }

        var unknown = new List<double>();
        var known = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var (u, uMs) = await TryAsync($"nobody{i}");
            var (k, kMs) = await TryAsync(user.UserName!);
            Assert.Contains(AccountController.Failed, u);
            Assert.Contains(AccountController.Failed, k);
            unknown.Add(uMs);
            known.Add(kMs);
        }

        // The fifth failure locks the known account: its answer is still the same words.
        Assert.Contains(AccountController.Failed, (await TryAsync(user.UserName!)).Html);
        unknown.Sort();
        known.Sort();
        output.WriteLine($"median answer: unknown name {unknown[2]:F0} ms, known name {known[2]:F0} ms");
        Assert.True(unknown[2] > known[2] / 4, $"an unknown name answers in {unknown[2]:F0} ms against {known[2]:F0} ms: the password is not hashed");
    }
}
