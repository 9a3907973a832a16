using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Tests.Support;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Xunit.Abstractions;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>
/// A deterministic fuzz of every form field and query parameter of the portal: the fields of each action (by reflection over its
/// parameters) and of each form the pages draw (crawled, with the values the form carries), each given hostile inputs while the
/// rest of the form stays as drawn; plus every field missing, every field repeated, hundreds of unknown fields, and hostile route
/// values. Anonymous on the public pages, then each back-office role on what it may reach, on real records. No answer may be a
/// 5xx, reflect a hostile fragment unencoded, redirect off the site, or grow the browser's cookies past what a server accepts;
/// no log line may be forged.
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    /// <summary>The cookie bytes a browser sends that a front server still accepts (nginx's default header buffer is 8 KB).</summary>
    private const int CookieBudget = 8_192;

    private const int TargetInputs = 12_000;

    private static readonly string[] s_notFuzzed = ["error", "account/logout", "account/denied"];

    [Fact]
    public async Task No_input_to_any_field_gives_a_server_error_an_unencoded_reflection_or_a_locked_out_browser()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        foreach (var kind in new[] { "matters", "inspections", "major" })
        {
            // An open draft of each list, so that the draft editors are fuzzed on a live record.
            await staff.PostFormAsync("/admin/lists", $"/admin/lists/{kind}/new", new Dictionary<string, string>());
        }

        var world = await DemoWorld.LoadAsync(factory);
        var endpoints = Sweep.Endpoints(factory.Services).Where(e => !s_notFuzzed.Any(n => e.Template.StartsWith(n, StringComparison.Ordinal))).ToList();
        var accounts = new (string? UserName, string? Role)[] { (null, null) }
            .Concat(Sweep.Accounts.Where(a => a.UserName != "market.staff").Select(a => ((string?)a.UserName, (string?)a.Role))).ToList();

        var plans = new List<(string? UserName, List<Target> Targets)>();
        foreach (var (userName, role) in accounts)
        {
            var client = await Sweep.ClientAsync(factory, userName);
            var agency = await Sweep.AgencyOfAsync(factory, userName);
            var mine = endpoints.Where(e => userName is null ? !e.IsProtected : e.IsProtected ? e.Admits(role) : e.Template.StartsWith("account/", StringComparison.Ordinal) && !e.Template.StartsWith("account/login", StringComparison.Ordinal)).ToList();
            var crawl = await Crawl.OfAsync(client, mine.Where(e => e.Method == "GET").ToList(), world, agency);
            plans.Add((userName, mine.Select(e => Target.Of(e, crawl, world.PathFor(e.Template, agency))).ToList()));
        }

        var fields = plans.Sum(p => p.Targets.Sum(t => t.Fields.Count));
        var perField = Math.Clamp((TargetInputs + fields - 1) / fields, 12, FuzzInputs.Encoded.Length);
        var run = new Run();
        foreach (var (userName, targets) in plans)
        {
            var client = await Sweep.ClientAsync(factory, userName);
            var token = await Sweep.TokenAsync(client, Sweep.TokenPage(userName));
            var jar = new Jar();
            foreach (var target in targets)
            {
                foreach (var body in target.Inputs(perField))
                {
                    await run.SendAsync(client, target, body, token, jar, userName);
                }

                foreach (var routeValue in target.RouteVariants())
                {
                    await run.SendAsync(client, target with { Path = routeValue }, target.Defaults(), token, jar, userName);
                }
            }

            // The browser still works: its cookies open the home page, and a back-office account still reaches /admin.
            var home = await client.GetAsync(userName is null ? "/" : "/admin");
            run.Expect(home.IsSuccessStatusCode, $"{userName ?? "anonymous"} after the fuzz: {(int)home.StatusCode} on the home page");
        }

        var logs = factory.ReadLogs();
        var forged = logs.Split('\n').Count(l => l.StartsWith(FuzzInputs.ForgedLogLine, StringComparison.Ordinal));
        var logged = Regex.Count(logs, "fz-forged");
        output.WriteLine($"fuzz: {run.Inputs} inputs to {plans.Sum(p => p.Targets.Count)} endpoints and {fields} fields as {plans.Count} accounts "
            + $"({perField} hostile values per field, {FuzzInputs.Encoded.Length} in all): {run.ServerErrors} HTTP 5xx, {run.Reflections} unencoded reflections, "
            + $"{run.OffSite} redirects off the site, {run.Oversized} answers that grew the cookies past {CookieBudget} bytes (largest {run.LargestJar}), {forged} forged log lines");
        output.WriteLine($"controls: answers by status {string.Join(", ", run.Statuses.Select(s => $"{s.Key}: {s.Value}"))}; {run.EncodedEchoes} answers carried a hostile fragment back encoded; the log-injection fragment logged {logged} times, escaped");
        Assert.True(run.EncodedEchoes >= 20, "hardly any answer echoed its input: the reflection check sees nothing");
        Assert.True(logged > 0, "the log-injection fragment never reached the log: the check sees nothing");
        Assert.True(run.Inputs >= 10_000, $"only {run.Inputs} inputs");
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures.Take(25)));
        Assert.Equal(0, forged);
    }

    /// <summary>
    /// What this account's pages draw: each GET route opened on the first record that answers (the demo's records, then links the
    /// pages carry), and every form on those pages by method and action, with the values its fields carry.
    /// </summary>
    private sealed class Crawl
    {
        public Dictionary<(string Method, string Action), Dictionary<string, string>> Forms { get; } = [];

        public Dictionary<string, string> Pages { get; } = [];

        private readonly HashSet<string> _links = [];

        public static async Task<Crawl> OfAsync(HttpClient client, IReadOnlyList<SweptEndpoint> gets, DemoWorld world, int? agency)
        {
            var crawl = new Crawl();
            foreach (var get in gets)
            {
                var candidates = Sweep.Parameters(get.Template).Any() ? world.PathsFor(get.Template, agency) : [Sweep.Fill(get.Template)];
                await crawl.OpenAsync(client, get, candidates);
            }

            foreach (var get in gets.Where(g => !crawl.Pages.ContainsKey(g.Template)))
            {
                await crawl.OpenAsync(client, get, crawl._links.Where(l => Pattern(get.Template).IsMatch(l.Split('?')[0])).Order(StringComparer.Ordinal).ToList());
            }

            // Links with a query, and GET forms sent as drawn, open further forms (a new decision's form once its matter is chosen).
            var queries = crawl.Forms.Where(f => f.Key.Method == "GET" && f.Value.Count > 0).Select(f => f.Key.Action + "?" + FuzzInputs.Form(f.Value));
            foreach (var link in crawl._links.Where(l => l.Contains('?', StringComparison.Ordinal)).Concat(queries)
                .GroupBy(l => l.Split('?')[0]).SelectMany(g => g.Take(3)).ToList())
            {
                if (gets.FirstOrDefault(g => Pattern(g.Template).IsMatch(link.Split('?')[0])) is { } get)
                {
                    await crawl.OpenAsync(client, get, [link], keep: false);
                }
            }

            return crawl;
        }

        /// <summary>The route and the drawn form of a POST endpoint: the first form on the pages whose action is this route.</summary>
        public (string Path, Dictionary<string, string> Fields)? FormOf(SweptEndpoint post) =>
            Forms.Keys.Where(k => k.Method == "POST" && Pattern(post.Template).IsMatch(k.Action)).Order().FirstOrDefault() is { Action: not null } key
                ? (key.Action, Forms[key]) : null;

        private async Task OpenAsync(HttpClient client, SweptEndpoint get, IEnumerable<string> candidates, bool keep = true)
        {
            foreach (var path in candidates.Take(300))
            {
                var response = await client.GetAsync(path);
                if (!response.IsSuccessStatusCode)
                {
                    continue;
                }

                if (keep)
                {
                    Pages[get.Template] = path;
                }

                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    Read(path.Split('?')[0], await response.Content.ReadAsStringAsync());
                }

                return;
            }
        }

        private void Read(string page, string html)
        {
            foreach (Match link in Link().Matches(html))
            {
                _links.Add(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0]);
            }

            foreach (Match form in FormElement().Matches(html))
            {
                var action = System.Net.WebUtility.HtmlDecode(Attribute(form.Groups[1].Value, "action") ?? page).Split('?')[0];
                var method = (Attribute(form.Groups[1].Value, "method") ?? "get").ToUpperInvariant();
                var fields = Forms.TryGetValue((method, action), out var known) ? known : Forms[(method, action)] = [];
                foreach (Match control in FieldElement().Matches(form.Groups[2].Value))
                {
                    var tag = control.Groups[1].Value;
                    if (Attribute(tag, "name") is not { } name || name == "__RequestVerificationToken" || fields.ContainsKey(name)
                        || (Attribute(tag, "type") is "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var value = control.Value.StartsWith("<select", StringComparison.Ordinal)
                        ? (Option().Matches(control.Groups[2].Value).FirstOrDefault(o => o.Value.Contains(" selected", StringComparison.Ordinal))
                            ?? Option().Matches(control.Groups[2].Value).FirstOrDefault(o => o.Groups[1].Value.Length > 0))?.Groups[1].Value ?? ""
                        : control.Value.StartsWith("<textarea", StringComparison.Ordinal) ? control.Groups[3].Value : Attribute(tag, "value") ?? "";
                    fields[name] = FuzzInputs.Encode(System.Net.WebUtility.HtmlDecode(value));
                }
            }
        }

        /// <summary>A route template as a pattern over paths: each parameter one segment.</summary>
        private static Regex Pattern(string template)
        {
            var marked = Sweep.Fill(template, Sweep.Parameters(template).ToDictionary(p => p, _ => "zzparamzz"))!;
            return new Regex("^" + Regex.Escape(marked).Replace("zzparamzz", "[^/?#]+", StringComparison.Ordinal) + "$");
        }
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("(<(?:input|select|textarea)\\b[^>]*>)(?:(?<=<select[^>]*>)(.*?)</select>|(?<=<textarea[^>]*>)(.*?)</textarea>)?", RegexOptions.Singleline)]
    private static partial Regex FieldElement();

    [GeneratedRegex("<option\\b[^>]*value=\"([^\"]*)\"[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex("href=\"(/[^\"]*)\"")]
    private static partial Regex Link();

    /// <summary>One endpoint to fuzz on one filled path: its fields and the values the page's form gives them.</summary>
    private sealed record Target(SweptEndpoint Endpoint, string Path, IReadOnlyDictionary<string, string> Fields)
    {
        public bool Streamed => Endpoint.Action.EndpointMetadata.Any(m => m.GetType().Name == "StreamedUploadAttribute");

        public static Target Of(SweptEndpoint endpoint, Crawl crawl, string fallback)
        {
            var (path, drawn) = endpoint.Method == "POST"
                ? crawl.FormOf(endpoint) ?? (fallback, [])
                : crawl.Pages.TryGetValue(endpoint.Template, out var page) ? (page, crawl.Forms.GetValueOrDefault(("GET", page)) ?? []) : (fallback, []);
            var fields = new Dictionary<string, string>(drawn);
            foreach (var name in Reflected(endpoint))
            {
                fields.TryAdd(name, "");
            }

            return new Target(endpoint, path, fields);
        }

        public List<KeyValuePair<string, string>> Defaults() => [.. Fields];

        /// <summary>Each field given its hostile values with the others as drawn; then the whole-form variants.</summary>
        public IEnumerable<List<KeyValuePair<string, string>>> Inputs(int perField)
        {
            var names = Fields.Keys.ToList();
            for (var i = 0; i < names.Count; i++)
            {
                foreach (var value in FuzzInputs.For(i + Path.Length, perField))
                {
                    yield return [.. Fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Key == names[i] ? value : f.Value))];
                }
            }

            yield return [];
            yield return [.. Fields.SelectMany((f, i) => new[] { f, new KeyValuePair<string, string>(f.Key, FuzzInputs.Encoded[i % FuzzInputs.Encoded.Length]) })];
            yield return [.. Fields, .. FuzzInputs.ManyUnknownFields()];
            yield return [.. Fields.Select(f => new KeyValuePair<string, string>(f.Key, FuzzInputs.Encode(new string('长', 2_000))))];
        }

        /// <summary>The path with each of its route values replaced by a value at or beyond its constraint's edge.</summary>
        public IEnumerable<string> RouteVariants() =>
            Sweep.Parameters(Endpoint.Template).Any()
                ? FuzzInputs.RouteValues.Select(v => Sweep.Fill(Endpoint.Template, Sweep.Parameters(Endpoint.Template).ToDictionary(p => p, _ => v))!)
                : [];

        private static IEnumerable<string> Reflected(SweptEndpoint endpoint)
        {
            var route = Sweep.Parameters(endpoint.Template).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in endpoint.Action.Parameters)
            {
                var source = parameter.BindingInfo?.BindingSource;
                var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                if (source == BindingSource.Services || source == BindingSource.Special || type == typeof(CancellationToken) || route.Contains(parameter.Name)
                    || type.IsInterface || type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) == true)
                {
                    continue;
                }

                if (IsSimple(type))
                {
                    yield return parameter.BindingInfo?.BinderModelName ?? parameter.Name;
                    continue;
                }

                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                {
                    yield return property.Name;
                }
            }
        }

        private static bool IsSimple(Type type) =>
            type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime)
            || type == typeof(TimeOnly) || type == typeof(Guid);
    }

    /// <summary>The browser's cookie jar as the answers shape it: name → bytes it adds to every request.</summary>
    private sealed class Jar
    {
        private readonly Dictionary<string, int> _cookies = [];

        public int Bytes => _cookies.Values.Sum() + (2 * Math.Max(0, _cookies.Count - 1));

        public void Take(HttpResponseMessage response, Action<string> oversized)
        {
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0];
                var name = pair.Split('=')[0];
                if (header.Length > 4_096)
                {
                    oversized($"a cookie of {header.Length} bytes ({name})");
                }

                var expired = header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || pair.EndsWith('=');
                if (expired)
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = pair.Length;
                }
            }
        }
    }

    private sealed class Run
    {
        public int Inputs { get; private set; }

        public int ServerErrors { get; private set; }

        public int Reflections { get; private set; }

        public int OffSite { get; private set; }

        public int Oversized { get; private set; }

        public int LargestJar { get; private set; }

        /// <summary>Answers that carried a hostile fragment back, encoded: the reflection check has something to look at.</summary>
        public int EncodedEchoes { get; private set; }

        public SortedDictionary<int, int> Statuses { get; } = [];

        public List<string> Failures { get; } = [];

        public void Expect(bool condition, string failure)
        {
            if (!condition)
            {
                Failures.Add(failure);
            }
        }

        public async Task SendAsync(HttpClient client, Target target, List<KeyValuePair<string, string>> fields, string token, Jar jar, string? userName)
        {
            Inputs++;
            var label = $"{userName ?? "anonymous"} {target.Endpoint.Method} {target.Path} [{string.Join("&", fields.Select(f => f.Key + "=" + Shorten(f.Value)))}]";
            using var request = Request(target, fields, token);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Statuses[(int)response.StatusCode] = Statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            EncodedEchoes += body.Contains("&lt;fz-tag", StringComparison.Ordinal) || body.Contains("\\u003Cfz-tag", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if ((int)response.StatusCode >= 500)
            {
                ServerErrors++;
                Failures.Add($"{(int)response.StatusCode}: {label}");
            }

            var media = response.Content.Headers.ContentType?.MediaType ?? "";
            if ((media.Contains("html", StringComparison.Ordinal) || media.Contains("json", StringComparison.Ordinal))
                && FuzzInputs.Markers.FirstOrDefault(m => body.Contains(m, StringComparison.Ordinal)) is { } marker)
            {
                Reflections++;
                Failures.Add($"unencoded {marker}: {label}");
            }

            if (response.Headers.Location is { IsAbsoluteUri: true } location && location.Host != "localhost")
            {
                OffSite++;
                Failures.Add($"redirect to {location}: {label}");
            }

            jar.Take(response, problem => Failures.Add($"{problem}: {label}"));
            LargestJar = Math.Max(LargestJar, jar.Bytes);
            if (jar.Bytes > CookieBudget)
            {
                Oversized++;
                Failures.Add($"cookies of {jar.Bytes} bytes after: {label}");
            }
        }

        private static HttpRequestMessage Request(Target target, List<KeyValuePair<string, string>> fields, string token)
        {
            if (target.Endpoint.Method == "GET")
            {
                var query = FuzzInputs.Form(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value.Length > 6_000 ? f.Value[..6_000] : f.Value)));
                return new HttpRequestMessage(HttpMethod.Get, target.Path + (query.Length > 0 ? "?" + query : ""));
            }

            if (target.Streamed)
            {
                // A streamed upload reads the token first, then the fields and the file, as the browser sends them.
                var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
                foreach (var (key, value) in fields)
                {
                    multipart.Add(new ByteArrayContent(Decode(value)), key);
                }

                multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 fuzz")) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } },
                    "File", "../../" + fields.FirstOrDefault().Value + ".pdf");
                return new HttpRequestMessage(HttpMethod.Post, target.Path) { Content = multipart };
            }

            var form = new StringContent(FuzzInputs.Form(fields.Prepend(new("__RequestVerificationToken", FuzzInputs.Encode(token)))), Encoding.ASCII);
            form.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            return new HttpRequestMessage(HttpMethod.Post, target.Path) { Content = form };
        }

        /// <summary>The bytes a percent-encoded value stands for (invalid UTF-8 included).</summary>
        private static byte[] Decode(string encoded)
        {
            var bytes = new List<byte>(encoded.Length);
            for (var i = 0; i < encoded.Length; i++)
            {
                if (encoded[i] == '%' && i + 2 < encoded.Length && Uri.IsHexDigit(encoded[i + 1]) && Uri.IsHexDigit(encoded[i + 2]))
                {
                    bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)encoded[i]);
                }
            }

            return [.. bytes];
        }

        private static string Shorten(string value) => value.Length > 40 ? value[..40] + $"…({value.Length})" : value;
    }
}
