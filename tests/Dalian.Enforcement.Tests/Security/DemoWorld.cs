using System.Globalization;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>One record the demo holds behind a back-office route: the agency that owns it and the route values that reach it.</summary>
internal sealed record Owned(int AgencyId, IReadOnlyDictionary<string, string> Route);

/// <summary>
/// Every id the demo holds, by the back-office route prefix that takes it, with its owning agency; and each agency's scope
/// (itself and its units), which is what a staff member of that agency may reach.
/// </summary>
internal sealed class DemoWorld
{
    private static readonly string[] s_prefixes =
    [
        "admin/lists/drafts/{id", "admin/registers/subjects/{id", "admin/registers/officers/{id", "admin/cases/{id",
        "admin/decisions/{id", "admin/legal-reviews/{id", "admin/reports/{", "admin/audit/history/{",
    ];

    /// <summary>The audit history's record types and the prefix whose records they are.</summary>
    private static readonly (string Type, string Prefix)[] s_histories =
    [
        ("Decision", "admin/decisions/{id"), ("Case", "admin/cases/{id"), ("Agency", "admin/registers/subjects/{id"),
        ("Officer", "admin/registers/officers/{id"), ("ListRevision", "admin/lists/drafts/{id"), ("LegalReview", "admin/legal-reviews/{id"),
    ];

    private DemoWorld(Dictionary<string, List<Owned>> owned, Dictionary<int, int?> parents)
    {
        Owned = owned;
        _parents = parents;
    }

    private readonly Dictionary<int, int?> _parents;

    public Dictionary<string, List<Owned>> Owned { get; }

    /// <summary>The prefix a template's ids belong to, or null when it takes none of the demo's records.</summary>
    public static string? PrefixOf(string template) => s_prefixes.FirstOrDefault(p => template.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Whether a record of this agency is within the scope of a staff member of <paramref name="staffAgency"/>.</summary>
    public bool InScope(int staffAgency, int agency) => agency == staffAgency || _parents.GetValueOrDefault(agency) == staffAgency;

    /// <summary>
    /// The template filled with a real record: the first within the scope of <paramref name="agency"/> (any agency when null) that
    /// fills every parameter; the shape fill when the template takes none of the demo's records.
    /// </summary>
    public string PathFor(string template, int? agency) =>
        PrefixOf(template) is { } prefix
            ? Owned[prefix].Where(o => agency is not { } a || InScope(a, o.AgencyId)).Select(o => Sweep.Fill(template, o.Route)).FirstOrDefault(p => p is not null)
                ?? Sweep.Fill(template)
            : Sweep.Fill(template);

    /// <summary>Every fill of the template by a record within the scope of <paramref name="agency"/> (any agency when null).</summary>
    public IEnumerable<string> PathsFor(string template, int? agency) =>
        PrefixOf(template) is { } prefix
            ? Owned[prefix].Where(o => agency is not { } a || InScope(a, o.AgencyId)).Select(o => Sweep.Fill(template, o.Route)).OfType<string>().Distinct()
            : [];

    public static async Task<DemoWorld> LoadAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var owned = new Dictionary<string, List<Owned>>
        {
            ["admin/lists/drafts/{id"] = (await db.ListRevisions.AsNoTracking().Select(r => new { r.Id, r.AgencyId }).ToListAsync())
                .Select(r => new Owned(r.AgencyId, Values(("id", r.Id)))).ToList(),
            ["admin/registers/subjects/{id"] = (await db.Agencies.AsNoTracking().Select(a => a.Id).ToListAsync())
                .Select(a => new Owned(a, Values(("id", a)))).ToList(),
            ["admin/registers/officers/{id"] = (await db.Officers.AsNoTracking().Include(o => o.Certificates).ToListAsync())
                .SelectMany(o => o.Certificates.Select(c => new Owned(o.AgencyId, Values(("id", o.Id), ("certificateId", c.Id))))
                    .DefaultIfEmpty(new Owned(o.AgencyId, Values(("id", o.Id))))).ToList(),
            ["admin/cases/{id"] = (await db.Cases.AsNoTracking().Include(c => c.Records).ToListAsync())
                .SelectMany(c => c.Records.Select(r => new Owned(c.AgencyId, Values(("id", c.Id), ("recordId", r.Id))))
                    .DefaultIfEmpty(new Owned(c.AgencyId, Values(("id", c.Id))))).ToList(),
            ["admin/legal-reviews/{id"] = (await db.LegalReviews.AsNoTracking().Select(r => new { r.Id, r.AgencyId }).ToListAsync())
                .Select(r => new Owned(r.AgencyId, Values(("id", r.Id)))).ToList(),
        };

        var challenges = await db.DecisionChallenges.AsNoTracking().Select(c => new { c.DecisionId, c.Id }).ToListAsync();
        owned["admin/decisions/{id"] = (await db.Decisions.AsNoTracking().Select(d => new { d.Id, d.AgencyId }).ToListAsync())
            .Select(d => new Owned(d.AgencyId, challenges.FirstOrDefault(c => c.DecisionId == d.Id) is { } c
                ? Values(("id", d.Id), ("challengeId", c.Id)) : Values(("id", d.Id)))).ToList();

        var agencies = await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync();
        var reports = await db.AnnualReports.AsNoTracking().Select(r => new { r.Id, r.AgencyId, r.Year }).ToListAsync();
        owned["admin/reports/{"] =
        [
            .. reports.Select(r => new Owned(r.AgencyId, Values(("agencyId", r.AgencyId), ("year", r.Year), ("id", r.Id)))),
            .. agencies.Select(a => new Owned(a.Id, Values(("agencyId", a.Id), ("year", 2025)))),
        ];
        owned["admin/audit/history/{"] = s_histories
            .SelectMany(h => owned[h.Prefix].Select(o => o.Route["id"]).Distinct().Select(id => (h.Type, Id: id, owned[h.Prefix].First(o => o.Route["id"] == id).AgencyId)))
            .Select(h => new Owned(h.AgencyId, new Dictionary<string, string> { ["type"] = h.Type, ["id"] = h.Id }))
            .ToList();
        return new DemoWorld(owned, agencies.ToDictionary(a => a.Id, a => a.ParentId));
    }

    private static Dictionary<string, string> Values(params (string Name, long Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value.ToString(CultureInfo.InvariantCulture));
}
