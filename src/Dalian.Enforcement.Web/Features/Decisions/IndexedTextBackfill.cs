using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// Decisions written before Decisions.IndexedText existed get it once, at start-up, from the domain's one normal form
/// (<see cref="SearchText"/>); the search triggers (SQLite) and change tracking (SQL Server) index each as it is written. A derived
/// column, not an act: nothing enters the audit trail.
/// </summary>
public static class IndexedTextBackfill
{
    private const int Batch = 1_000;

    public static async Task<int> RunAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var (total, after) = (0, 0L);
        while (true)
        {
            var rows = await db.Decisions.AsNoTracking().Where(d => d.IndexedText == null && d.Id > after).OrderBy(d => d.Id).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return total;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                var text = SearchText.Of(row);
                // Only while still empty: another server (or a staff edit) that wrote it meanwhile wins.
                total += await db.Decisions.Where(d => d.Id == row.Id && d.IndexedText == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.IndexedText, text), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            after = rows[^1].Id;
        }
    }
}
