using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Officers;

/// <summary>What a citizen, the API or an auditor may search officers by.</summary>
public sealed record OfficerQuery
{
    public const int PageSize = 20;

    /// <summary>Name, certificate number or unit, in one box.</summary>
    public string? Q { get; init; }

    /// <summary>An exact certificate number (执法证号).</summary>
    public string? Certificate { get; init; }

    public int? Unit { get; init; }

    public string? Category { get; init; }

    public string? Region { get; init; }

    public int Page { get; init; } = 1;

    public bool IsEmpty => Q is null && Certificate is null && Unit is null && Category is null && Region is null;

    public OfficerQuery Trimmed() => this with
    {
        Q = Clean(Q),
        Certificate = Clean(Certificate),
        Category = Clean(Category),
        Region = Clean(Region),
        Page = Math.Clamp(Page, 1, 10_000),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 50)];
}

public sealed class OfficerSearch(PortalDbContext db)
{
    /// <summary>One page of matching officers with their certificates and status history, and the total.</summary>
    public async Task<(IReadOnlyList<Officer> Officers, int Total)> SearchAsync(OfficerQuery query, CancellationToken cancellationToken)
    {
        var q = query.Trimmed();
        var officers = db.Officers.AsNoTracking().AsQueryable();
        if (q.Q is { } text)
        {
            officers = officers.Where(o => o.Name.Contains(text) || o.Certificates.Any(c => c.Number == text)
                || o.Agency!.Name.Contains(text) || o.Agency.ShortName.Contains(text));
        }

        if (q.Certificate is { } number)
        {
            officers = officers.Where(o => o.Certificates.Any(c => c.Number == number));
        }

        if (q.Unit is { } unit)
        {
            officers = officers.Where(o => o.AgencyId == unit);
        }

        if (q.Category is { } category)
        {
            officers = officers.Where(o => o.Certificates.Any(c => c.Category == category));
        }

        if (q.Region is { } region)
        {
            officers = officers.Where(o => o.Certificates.Any(c => c.Region.Contains(region)));
        }

        var total = await officers.CountAsync(cancellationToken);
        var page = await WithCertificates(officers).OrderBy(o => o.AgencyId).ThenBy(o => o.Id)
            .Skip((q.Page - 1) * OfficerQuery.PageSize).Take(OfficerQuery.PageSize)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return (page, total);
    }

    public Task<Officer?> FindAsync(int id, CancellationToken cancellationToken) =>
        WithCertificates(db.Officers.AsNoTracking()).AsSplitQuery().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The choices of the search form's filters.</summary>
    public async Task<SearchChoices> ChoicesAsync(CancellationToken cancellationToken) => new(
        await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new UnitChoice(a.Id, a.Name)).ToListAsync(cancellationToken),
        await db.Certificates.AsNoTracking().Select(c => c.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken),
        await db.Certificates.AsNoTracking().Select(c => c.Region).Distinct().OrderBy(c => c).ToListAsync(cancellationToken));

    private static IQueryable<Officer> WithCertificates(IQueryable<Officer> officers) =>
        officers.Include(o => o.Agency).Include(o => o.Certificates).ThenInclude(c => c.History);
}

public sealed record UnitChoice(int Id, string Name);

public sealed record SearchChoices(IReadOnlyList<UnitChoice> Units, IReadOnlyList<string> Categories, IReadOnlyList<string> Regions);
