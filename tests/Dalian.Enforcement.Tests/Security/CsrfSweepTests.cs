using System.Net;
using Dalian.Enforcement.Tests.Support;
using Xunit.Abstractions;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>
/// Every POST the router knows, sent by an account it admits on a real record, with no antiforgery token, a wrong one, and one
/// issued to someone else's session: every one refused (400) and no act recorded; with the account's own token the same request
/// gets past the check (the control, so that a refusal is the token's doing).
/// </summary>
public sealed class CsrfSweepTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_post_without_its_own_sessions_token_is_refused()
    {
        await using var factory = new PortalFactory();
        var world = await DemoWorld.LoadAsync(factory);
        var posts = Sweep.Endpoints(factory.Services).Where(e => e.Method == "POST").ToList();

        // The error page is where a failed request is re-executed: it acts on nothing and must not fail a second time.
        var exempt = posts.Where(e => e.Template.StartsWith("error", StringComparison.Ordinal)).ToList();
        Assert.All(exempt, e => Assert.True(e.IgnoresAntiforgery));
        posts = posts.Except(exempt).ToList();
        Assert.True(posts.Count > 40, $"only {posts.Count} POST endpoints found");

        var others = new Dictionary<string, (HttpClient Client, string Token)>();
        var (attempts, refused, passedControl) = (0, 0, 0);
        var accepted = new List<string>();
        var controlsRefused = new List<string>();
        foreach (var post in posts)
        {
            var actor = post.IsProtected ? Sweep.Accounts.First(a => post.Admits(a.Role)).UserName : null;
            var path = world.PathFor(post.Template, await Sweep.AgencyOfAsync(factory, actor));

            // Someone else: another anonymous browser for a public form, another account for a back-office one.
            var otherName = actor is null ? "anonymous" : Sweep.Accounts.First(a => a.UserName != actor).UserName;
            if (!others.TryGetValue(otherName, out var other))
            {
                var client = await Sweep.ClientAsync(factory, actor is null ? null : otherName);
                others[otherName] = other = (client, await Sweep.TokenAsync(client, Sweep.TokenPage(actor is null ? null : otherName)));
            }

            var browser = await Sweep.ClientAsync(factory, actor);
            var own = await Sweep.TokenAsync(browser, Sweep.TokenPage(actor));
            var actsBefore = await Sweep.ActsAsync(factory);
            foreach (var (variant, token) in new[] { ("none", (string?)null), ("wrong", Wrong(own)), ("another session's", other.Token) })
            {
                attempts++;
                var response = await PostAsync(browser, path, token);
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    refused++;
                }
                else
                {
                    accepted.Add($"{post} as {actor ?? "anonymous"} with {variant} token: {(int)response.StatusCode}");
                }
            }

            Assert.True(await Sweep.ActsAsync(factory) == actsBefore, $"{post}: a refused request recorded an act");
            var control = await PostAsync(browser, path, own);
            if (control.StatusCode != HttpStatusCode.BadRequest)
            {
                passedControl++;
            }
            else
            {
                controlsRefused.Add(post.ToString());
            }
        }

        output.WriteLine($"CSRF sweep: {posts.Count} POST endpoints, {attempts} forged requests (no token, a wrong one, another session's), {refused} refused ({100.0 * refused / attempts:0.#} %); control: {passedControl} of {posts.Count} passed with their own token");
        Assert.Empty(accepted);
        Assert.Empty(controlsRefused);
    }

    /// <summary>The session's own token with its middle altered: well-formed, but not one the server issued.</summary>
    private static string Wrong(string token) =>
        token[..(token.Length / 2)] + (token[token.Length / 2] == 'A' ? 'B' : 'A') + token[(token.Length / 2 + 1)..];

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? token)
    {
        // The token first (the streamed upload reads it before anything else), then a field as a forged form has.
        var form = new MultipartFormDataContent();
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new StringContent("1"), "probe");
        return client.PostAsync(path, form);
    }
}
