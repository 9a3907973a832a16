using System.Text.Json;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>The full-text search against a plain reading of the demo's ~300 decisions.</summary>
public sealed class DecisionSearchTests : IClassFixture<DecisionSearchTests.Demo>
{
    private readonly Demo _demo;

    public DecisionSearchTests(Demo demo) => _demo = demo;

    public sealed class Demo : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("有限公司", null, null, null)]
    [InlineData("取水", "2022-01-01", "2024-12-31", null)]
    [InlineData("水产", null, null, null)]
    [InlineData("大洼水罚", null, null, "Penalty")]
    [InlineData("取水 罚款", null, null, null)]
    [InlineData("有限公司", null, null, "Licensing")] // a filter the index cannot see, on a common term
    [InlineData("公司", "2021-01-01", "2021-12-31", "Licensing")]
    [InlineData("违法 某", null, null, null)] // a one-character term is refused: checked below
    public async Task Every_page_follows_the_public_order_and_together_they_hold_exactly_the_matching_decisions(
        string? q, string? from, string? to, string? category)
    {
        var factory = _demo.Factory;
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        await using var scope = factory.Services.CreateAsyncScope();
        var published = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.AsNoTracking()
            .Where(d => d.State == DecisionState.Published).ToListAsync();
        var terms = (q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expected = published
            .Where(d => d.IsPublicOn(today))
            .Where(d => terms.All(t => new[] { d.PublicPartyName, d.DocumentNumber, d.ViolationType, d.Content }.Any(v => v.Contains(t, StringComparison.Ordinal))))
            .Where(d => from is null || d.DecisionDate >= DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture))
            .Where(d => to is null || d.DecisionDate <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))
            .Where(d => category is null || d.Category.ToString() == category)
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id).Select(d => d.Id).ToList();
        if (terms.Any(t => t.Length < 2))
        {
            var refused = await factory.CreateClient().GetAsync($"/api/v1/decisions?q={Uri.EscapeDataString(q!)}");
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("每个关键词至少两个字", await refused.Content.ReadAsStringAsync());
            return;
        }

        Assert.NotEmpty(expected);

        var client = factory.CreateClient();
        var found = new List<long>();
        var url = $"/api/v1/decisions?q={Uri.EscapeDataString(q ?? "")}&from={from}&to={to}&category={category}";
        for (var pages = 0; url is not null && pages < 100; pages++)
        {
            var page = JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
            found.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
            url = page.GetProperty("next").GetString();
        }

        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task The_database_s_search_triggers_are_the_ones_the_code_documents()
    {
        await using var scope = _demo.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var triggers = await db.Database.SqlQuery<string>($"SELECT sql AS Value FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'Decisions_search_%'").ToListAsync();
        static string Squeeze(string sql) => string.Concat(sql.Where(c => !char.IsWhiteSpace(c)));

        Assert.Equal(3, triggers.Count);
        Assert.All(triggers, t => Assert.Contains(Squeeze(t), Squeeze(Dalian.Enforcement.Web.Features.Decisions.SqliteDecisionKeywordIndex.CreateSql)));
    }
}
