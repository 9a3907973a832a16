using System.Globalization;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>
/// Moves the change records kept before the audit trail existed (register and calendar changes) into
/// the chain, oldest first, with their own times and authors, and empties the old tables — in one
/// transaction, so a second server starting at the same moment finds nothing left to move.
/// </summary>
public static class AuditLegacyImport
{
    public static async Task<int> RunAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registers = await db.RegisterChanges.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var calendar = await db.CalendarChanges.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (registers.Count + calendar.Count == 0)
        {
            return 0;
        }

        var rows = registers.Select(c => (c.AtUtc, c.By, Action: "legacy.register", Type: c.Subject == "执法主体" ? "Agency" : "Officer",
                Id: c.SubjectId.ToString(CultureInfo.InvariantCulture), Summary: $"{c.Subject}{c.Action}：{c.Details}"))
            .Concat(calendar.Select(c => (c.AtUtc, c.By, Action: "legacy.calendar", Type: "CalendarYear",
                Id: c.Year.ToString(CultureInfo.InvariantCulture), Summary: $"{c.Year}年安排{c.Action}：{c.Details}")))
            .OrderBy(r => r.AtUtc);
        foreach (var r in rows)
        {
            db.Audit.Import(r.Action, r.Type, r.Id, r.Summary, r.AtUtc, r.By);
        }

        db.RegisterChanges.RemoveRange(registers);
        db.CalendarChanges.RemoveRange(calendar);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return registers.Count + calendar.Count;
    }
}
