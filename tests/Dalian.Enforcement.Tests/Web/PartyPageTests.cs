using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>
/// A party's history page and the credit code as a search term, against a plain reading of the demo's decisions: published, not
/// about a minor, not past its public period; organisations and individual businesses only.
/// </summary>
public sealed partial class PartyPageTests : IClassFixture<PartyPageTests.Demo>
{
    private readonly Demo _demo;

    public PartyPageTests(Demo demo) => _demo = demo;

    public sealed class Demo : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    /// <summary>Every party with a credit code, with the ids of its decisions the public may see, by category.</summary>
    private async Task<List<(string Code, PartyKind Kind, List<(long Id, string Category)> Public, int All)>> PartiesAsync()
    {
        await using var scope = _demo.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = _demo.Factory.Services.GetRequiredService<Dalian.Enforcement.Web.Infrastructure.Time.LegalClock>().Today;
        var rows = await db.Decisions.AsNoTracking().Where(d => d.CreditCode != null)
            .Select(d => new { d.Id, d.CreditCode, d.PartyKind, d.State, d.InvolvesMinor, d.PublicUntil, d.Category }).ToListAsync();
        return rows.GroupBy(r => r.CreditCode!)
            .Select(g => (g.Key, g.First().PartyKind,
                g.Where(r => r.State == DecisionState.Published && !r.InvolvesMinor && (r.PublicUntil is null || r.PublicUntil >= today))
                    .Select(r => (r.Id, r.Category.ToString())).ToList(), g.Count()))
            .ToList();
    }

    [Fact]
    public async Task A_partys_page_lists_every_public_decision_about_it_newest_first_with_counts_by_category()
    {
        var parties = await PartiesAsync();
        var party = parties.Where(p => p.Kind != PartyKind.NaturalPerson).OrderByDescending(p => p.Public.Count).First();
        Assert.True(party.Public.Count >= 2, "the demo should hold a party with several public decisions");
        var client = _demo.Factory.CreateBrowserLikeClient();

        var listed = new List<long>();
        string? next = $"/parties/{party.Code}";
        string first = "";
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            first = first.Length == 0 ? html : first;
            listed.AddRange(DecisionLink().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            next = NextLink().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
        }

        Assert.Equal(party.Public.Select(p => p.Id).Order(), listed.Distinct().Order());
        Assert.Contains($"{party.Public.Count} 件", first, StringComparison.Ordinal);
        foreach (var category in party.Public.GroupBy(p => p.Category))
        {
            Assert.Matches($"category={category.Key}\">[^<]+</a></th><td class=\"text-end\">{category.Count()}</td>", first);
        }

        // The same through the API's filter, and by typing the code as a keyword, as people look a company up.
        using var api = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/decisions?party={party.Code}"));
        var ids = api.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(Math.Min(20, party.Public.Count), ids.Count);
        Assert.All(ids, id => Assert.Contains(id, party.Public.Select(p => p.Id)));
        using var typed = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/decisions?q={party.Code.ToLowerInvariant()}"));
        Assert.Equal(ids, typed.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.All(typed.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal(party.Code, i.GetProperty("partyCode").GetString()));

        // Each of its decision pages links back to the party's page.
        Assert.Contains($"href=\"/parties/{party.Code}\"", await client.GetStringAsync($"/decisions/{party.Public[0].Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_with_nothing_public_an_invalid_one_or_a_natural_person_has_no_page()
    {
        var parties = await PartiesAsync();
        var client = _demo.Factory.CreateBrowserLikeClient();
        const string first17 = "91210000MA0U00000"; // its check character is computed below
        var unused = first17 + Dalian.Enforcement.Domain.Registers.UnifiedSocialCreditCode.CheckCharacter(first17);
        Assert.DoesNotContain(parties, p => p.Code == unused);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/parties/{unused}")).StatusCode);
        var wrongCheck = unused[..17] + (unused[17] == 'X' ? '0' : 'X'); // a wrong check character is no code at all
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/parties/{wrongCheck}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/parties/123")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/decisions?party=123")).StatusCode);

        // A code whose decisions are all withdrawn or hidden has no page either.
        if (parties.FirstOrDefault(p => p.Kind != PartyKind.NaturalPerson && p.Public.Count == 0) is { Code: not null } hidden)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/parties/{hidden.Code}")).StatusCode);
        }

        // A natural person's record that carries a credit code all the same (legacy data) still gives no page, no link and no hit.
        await using (var scope = _demo.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var today = _demo.Factory.Services.GetRequiredService<Dalian.Enforcement.Web.Infrastructure.Time.LegalClock>().Today;
            var person = await Dalian.Enforcement.Web.Features.Decisions.DecisionSearch.Public(db.Decisions, today)
                .Where(d => d.PartyKind == PartyKind.NaturalPerson).Select(d => d.Id).FirstAsync();
            await db.Decisions.Where(d => d.Id == person).ExecuteUpdateAsync(x => x.SetProperty(d => d.CreditCode, unused));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/parties/{unused}")).StatusCode);
            Assert.DoesNotContain($"/parties/{unused}", await client.GetStringAsync($"/decisions/{person}"), StringComparison.Ordinal);
            using var typed = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/decisions?q={unused}"));
            Assert.Empty(typed.RootElement.GetProperty("items").EnumerateArray());
            await db.Decisions.Where(d => d.Id == person).ExecuteUpdateAsync(x => x.SetProperty(d => d.CreditCode, (string?)null));
        }

        // The code in lower case is the same party, at one address.
        var shown = parties.First(p => p.Kind != PartyKind.NaturalPerson && p.Public.Count > 0 && p.Code.Any(char.IsLetter));
        var lower = await client.GetAsync($"/parties/{shown.Code.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.MovedPermanently, lower.StatusCode);
        Assert.Equal($"/parties/{shown.Code}", lower.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_home_page_has_a_search_box_and_the_latest_public_decisions()
    {
        var client = _demo.Factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/");
        Assert.Matches("<form method=\"get\" action=\"/decisions\"[^>]*role=\"search\"", html);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/v1/decisions"));
        var newest = api.RootElement.GetProperty("items").EnumerateArray().Take(5).Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(5, newest.Count);
        var section = html[html.IndexOf("最新公开的执法决定", StringComparison.Ordinal)..];
        Assert.Equal(newest, DecisionLink().Matches(section).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Take(5));
    }

    [GeneratedRegex("href=\"/decisions/(\\d+)\"")]
    private static partial Regex DecisionLink();

    [GeneratedRegex("href=\"(/parties/[^\"?]+\\?after=[^\"]+)\"")]
    private static partial Regex NextLink();
}
