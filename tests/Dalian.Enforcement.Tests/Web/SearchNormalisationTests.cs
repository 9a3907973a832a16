using System.Text.Json;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>Search as people type: any brackets and any width of digits find a document number, over the real full-text index.</summary>
public sealed class SearchNormalisationTests : IClassFixture<SearchNormalisationTests.Demo>
{
    private readonly Demo _demo;

    public SearchNormalisationTests(Demo demo) => _demo = demo;

    public sealed class Demo : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<(long Id, string DocumentNumber)> PublishedAsync()
    {
        await using var scope = _demo.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = _demo.Factory.Services.GetRequiredService<Dalian.Enforcement.Web.Infrastructure.Time.LegalClock>().Today;
        return await DecisionSearch.Public(db.Decisions.AsNoTracking(), today).Where(d => d.DocumentNumber.Contains('〔'))
            .OrderByDescending(d => d.Id).Select(d => new ValueTuple<long, string>(d.Id, d.DocumentNumber)).FirstAsync();
    }

    private async Task<List<long>> FoundAsync(string q)
    {
        using var json = JsonDocument.Parse(await _demo.Factory.CreateBrowserLikeClient().GetStringAsync("/api/v1/decisions?q=" + Uri.EscapeDataString(q)));
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
    }

    [Theory]
    [InlineData("（", "）", false)]
    [InlineData("(", ")", false)]
    [InlineData("[", "]", false)]
    [InlineData("【", "】", false)]
    [InlineData("〔", "〕", true)]
    [InlineData("［", "］", true)]
    public async Task A_document_number_is_found_whatever_brackets_and_width_of_digits_are_typed(string open, string close, bool fullWidthDigits)
    {
        var (id, number) = await PublishedAsync();
        var typed = number.Replace("〔", open, StringComparison.Ordinal).Replace("〕", close, StringComparison.Ordinal);
        typed = fullWidthDigits ? string.Concat(typed.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c)) : typed;
        Assert.NotEqual(number, typed);
        Assert.Contains(id, await FoundAsync(typed));
    }

    [Fact]
    public async Task Every_decision_holds_the_normal_form_of_its_text_and_one_written_without_it_is_indexed_at_start_up()
    {
        await using var scope = _demo.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var decisions = await db.Decisions.AsNoTracking().ToListAsync();
        Assert.All(decisions, d => Assert.Equal(SearchText.Of(d), d.IndexedText));

        // A row as an earlier version wrote it: no indexed text, so the search cannot find it; the backfill gives it one.
        var (id, number) = await PublishedAsync();
        await db.Decisions.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.IndexedText, (string?)null));
        Assert.DoesNotContain(id, await FoundAsync(number));
        Assert.Equal(1, await IndexedTextBackfill.RunAsync(db));
        Assert.Contains(id, await FoundAsync(number));
        Assert.Equal(0, await IndexedTextBackfill.RunAsync(db));
    }
}
