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
            Assert.Contains(new AccountOptions().FailureMessage, u);
            Assert.Contains(new AccountOptions().FailureMessage, k);
            unknown.Add(uMs);
            known.Add(kMs);
        }

        // The fifth failure locks the known account: its answer is still the same words.
        Assert.Contains(new AccountOptions().FailureMessage, (await TryAsync(user.UserName!)).Html);
        unknown.Sort();
        known.Sort();
        output.WriteLine($"median answer: unknown name {unknown[2]:F0} ms, known name {known[2]:F0} ms");
        Assert.True(unknown[2] > known[2] / 4, $"an unknown name answers in {unknown[2]:F0} ms against {known[2]:F0} ms: the password is not hashed");
    }

    /// <summary>
    /// Behind the configured proxy each client address has its own allowance. A script trying five wrong passwords on each of eight
    /// accounts would lock all eight; limited to ten tries a minute it locks two, and the other holders log in from their own addresses.
    /// </summary>
    [Fact]
    public async Task A_script_hammering_from_one_address_locks_at_most_two_accounts_a_minute_and_the_others_log_in()
    {
        await using var factory = new PortalFactory(demo: false, new Dictionary<string, string?>
        {
            ["Portal:KnownProxies:0"] = "10.0.0.1",
            ["RateLimits:LoginPerMinute"] = "10",
        });
        var names = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            names.Add((await TestData.UserAsync(factory, userName: $"holder.{i}")).UserName!);
        }

        var attacker = From(factory, "203.0.113.66");
        var refused = 0;
        foreach (var name in names)
        {
            for (var guess = 0; guess < 5; guess++)
            {
                refused += (await attacker.LoginAsync(name, $"guess-{guess}")).StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
            }
        }

        var outcomes = new List<bool>();
        for (var i = 0; i < names.Count; i++)
        {
            var own = await From(factory, $"198.51.100.{i + 1}").LoginAsync(names[i], TestData.Password);
            outcomes.Add(own.StatusCode == HttpStatusCode.Redirect && own.Target().StartsWith("/admin", StringComparison.Ordinal));
        }

        output.WriteLine($"40 guesses from one address: {refused} refused with 429; {outcomes.Count(o => !o)} of 8 accounts locked, "
            + $"{outcomes.Count(o => o)} holders logged in from their own addresses");
        Assert.Equal(30, refused);
        Assert.Equal([false, false, true, true, true, true, true, true], outcomes);
    }

    [Fact]
    public async Task Guesses_at_one_name_from_many_addresses_are_limited_per_name_and_unknown_names_alike()
    {
        await using var factory = new PortalFactory(demo: false, new Dictionary<string, string?>
        {
            ["Portal:KnownProxies:0"] = "10.0.0.1",
            ["RateLimits:LoginPerAccountPerMinute"] = "10",
        });
        var user = await TestData.UserAsync(factory);
        var known = new List<HttpStatusCode>();
        var unknown = new List<HttpStatusCode>();
        for (var i = 0; i < 15; i++)
        {
            known.Add((await From(factory, $"203.0.113.{i + 1}").LoginAsync(user.UserName!.ToUpperInvariant(), "wrong")).StatusCode);
            unknown.Add((await From(factory, $"198.51.100.{i + 1}").LoginAsync("no.such.person", "wrong")).StatusCode);
        }

        output.WriteLine($"15 guesses at one name from 15 addresses: {known.Count(s => s == HttpStatusCode.TooManyRequests)} refused (known), "
            + $"{unknown.Count(s => s == HttpStatusCode.TooManyRequests)} refused (unknown)");
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 10).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)), known);
        Assert.Equal(known, unknown); // the limit tells no one which names exist
        var other = await From(factory, "192.0.2.1").LoginAsync("someone.else", "wrong");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static HttpClient From(PortalFactory factory, string address)
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
