using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>What an auditor filters the trail by; every field optional. <c>Before</c> is the keyset cursor (a sequence number).</summary>
public sealed class AuditQuery
{
    public string? Entity { get; set; }

    public string? Id { get; set; }

    public string? Actor { get; set; }

    public string? Action { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>Text, so that a mangled link is a message, not a binding error.</summary>
    public string? Before { get; set; }
}

public sealed record AuditPage(AuditQuery Query, IReadOnlyList<AuditEvent> Events, long? Next, IReadOnlyList<string> Errors);

/// <summary>Reads the audit trail for auditors: newest first, filtered, in pages by sequence number.</summary>
public sealed class AuditReader(PortalDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        DateOnly? from = Date(query.From, "起始日期", errors), to = Date(query.To, "截止日期", errors);
        if (from > to)
        {
            errors.Add("起始日期不能晚于截止日期。");
        }

        long? before = null;
        if (!string.IsNullOrEmpty(query.Before))
        {
            before = long.TryParse(query.Before, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var b) ? b : null;
            if (before is null)
            {
                errors.Add("翻页参数无效，请从第一页重新查询。");
            }
        }

        foreach (var (text, label) in new[] { (query.Entity, "记录类型"), (query.Id, "记录编号"), (query.Actor, "操作人"), (query.Action, "操作") })
        {
            if (text?.Trim().Length > 100)
            {
                errors.Add($"{label}不能超过100个字符。");
            }
        }

        if (errors.Count > 0)
        {
            return new AuditPage(query, [], null, errors);
        }

        var events = db.AuditEvents.AsNoTracking();
        if (Trim(query.Entity) is { } entity)
        {
            events = events.Where(e => e.EntityType == entity);
        }

        if (Trim(query.Id) is { } id)
        {
            events = events.Where(e => e.EntityId == id);
        }

        if (Trim(query.Actor) is { } actor)
        {
            events = events.Where(e => e.ActorId == actor || e.ActorName == actor);
        }

        if (Trim(query.Action) is { } action)
        {
            events = events.Where(e => e.Action.StartsWith(action));
        }

        if (from is { } f)
        {
            events = events.Where(e => e.LegalDate >= f);
        }

        if (to is { } t)
        {
            events = events.Where(e => e.LegalDate <= t);
        }

        if (before is { } cursor)
        {
            events = events.Where(e => e.Sequence < cursor);
        }

        var page = await events.OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new AuditPage(query, page.Take(PageSize).ToList(), page.Count > PageSize ? page[PageSize - 1].Sequence : null, []);
    }

    public const int HistoryLimit = 1000;

    /// <summary>The latest events about one record (up to <see cref="HistoryLimit"/>), oldest first: who changed which field from what to what, and when.</summary>
    public async Task<List<AuditEvent>> HistoryAsync(string entityType, string entityId, CancellationToken cancellationToken) =>
        [.. (await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.Sequence).Take(HistoryLimit).ToListAsync(cancellationToken)).AsEnumerable().Reverse()];

    private static string? Trim(string? text) => text?.Trim() is { Length: > 0 and <= 100 } t ? t : null;

    private static DateOnly? Date(string? text, string label, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (IsoDate.Parse(text) is { } date)
        {
            return date;
        }

        errors.Add($"{label}请按 YYYY-MM-DD 填写。");
        return null;
    }
}
