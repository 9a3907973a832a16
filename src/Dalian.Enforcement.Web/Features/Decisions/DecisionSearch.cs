using System.Globalization;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>The public search's query string, read as text so that no input fails binding.</summary>
public sealed record DecisionQuery
{
    public const int PageSize = 20;

    public string? Agency { get; init; }

    public string? Category { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>Keywords over the party name, document number, violation type and content.</summary>
    public string? Q { get; init; }

    /// <summary>The keyset cursor: the last row of the previous page, "yyyy-MM-dd.id".</summary>
    public string? After { get; init; }
}

/// <summary>A published decision as a search result row.</summary>
public sealed record DecisionRow(long Id, DateOnly DecisionDate, string Agency, EnforcementCategory Category,
    string Party, string DocumentNumber, string Summary, DateOnly? PublishedOn, int WorkingDaysLate);

public sealed record DecisionResults(IReadOnlyList<DecisionRow> Rows, string? Next, IReadOnlyList<string> Errors);

/// <summary>
/// The public search over published decisions: filters, keywords through the database's full-text index,
/// newest first, keyset paging (no OFFSET scan), so it stays fast at a million decisions.
/// </summary>
public sealed class DecisionSearch(PortalDbContext db, IDecisionKeywordIndex keywords)
{
    /// <summary>What the public may see on <paramref name="today"/>: the one filter every public output goes through.</summary>
    public static IQueryable<Decision> Public(IQueryable<Decision> decisions, DateOnly today) =>
        decisions.Where(d => d.State == DecisionState.Published && !d.InvolvesMinor && (d.PublicUntil == null || d.PublicUntil >= today));

    public async Task<DecisionResults> SearchAsync(DecisionQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var decisions = Public(db.Decisions.AsNoTracking(), today);

        if (Clean(query.Agency) is { } agencyText)
        {
            if (int.TryParse(agencyText, NumberStyles.None, CultureInfo.InvariantCulture, out var agency))
            {
                decisions = decisions.Where(d => d.AgencyId == agency);
            }
            else
            {
                errors.Add("执法主体参数无效。");
            }
        }

        if (Clean(query.Category) is { } categoryText)
        {
            if (!categoryText.Any(char.IsAsciiDigit) && Enum.TryParse<EnforcementCategory>(categoryText, ignoreCase: true, out var category)
                && Enum.IsDefined(category))
            {
                decisions = decisions.Where(d => d.Category == category);
            }
            else
            {
                errors.Add("执法类别参数无效。");
            }
        }

        var from = DateFilter(query.From, "起始日期", errors);
        var to = DateFilter(query.To, "截止日期", errors);
        if (from is not null && to is not null && from > to)
        {
            errors.Add("起始日期不能晚于截止日期。");
        }

        decisions = from is { } f ? decisions.Where(d => d.DecisionDate >= f) : decisions;
        decisions = to is { } t ? decisions.Where(d => d.DecisionDate <= t) : decisions;

        var terms = Terms(query.Q, errors);
        var after = Cursor(query.After);
        if (after is null && Clean(query.After) is not null)
        {
            errors.Add("翻页参数无效，请从第一页重新查询。");
        }

        if (errors.Count > 0)
        {
            return new DecisionResults([], null, errors);
        }

        var rows = terms.Count == 0
            ? await PageAsync(after is { } a ? decisions.Where(d => d.DecisionDate < a.DecisionDate || (d.DecisionDate == a.DecisionDate && d.Id < a.Id)) : decisions,
                DecisionQuery.PageSize + 1, cancellationToken)
            : await KeywordPageAsync(decisions, terms, from, to, after, cancellationToken);
        if (rows is null)
        {
            return new DecisionResults([], null, ["关键词过于常见，请输入更长的词（例如当事人名称的三个字以上），或加上其他关键词。"]);
        }

        var next = rows.Count > DecisionQuery.PageSize
            ? $"{rows[DecisionQuery.PageSize - 1].DecisionDate:yyyy-MM-dd}.{rows[DecisionQuery.PageSize - 1].Id}"
            : null;
        return new DecisionResults(rows.Take(DecisionQuery.PageSize).ToList(), next, []);
    }

    /// <summary>
    /// The full-text index hands over matches newest first in growing batches; the filters keep the public
    /// ones. A common term fills the page from its first batch; a rare one is exhausted in one or two.
    /// </summary>
    private async Task<List<DecisionRow>?> KeywordPageAsync(IQueryable<Decision> decisions, List<string> terms, DateOnly? from, DateOnly? to,
        DecisionKey? after, CancellationToken cancellationToken)
    {
        var rows = new List<DecisionRow>();
        for (var batch = 64; rows.Count <= DecisionQuery.PageSize; batch = Math.Min(batch * 4, 20_000))
        {
            var keys = await keywords.NewestAsync(db, terms, from, to, after, batch, cancellationToken);
            if (keys is null)
            {
                return null;
            }

            var ids = keys.Select(k => k.Id).ToList();
            rows.AddRange(await PageAsync(decisions.Where(d => ids.Contains(d.Id)), DecisionQuery.PageSize + 1 - rows.Count, cancellationToken));
            if (keys.Count < batch)
            {
                break;
            }

            after = keys[^1];
        }

        return rows;
    }

    private static Task<List<DecisionRow>> PageAsync(IQueryable<Decision> decisions, int take, CancellationToken cancellationToken) =>
        decisions
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id)
            .Take(take)
            .Select(d => new DecisionRow(d.Id, d.DecisionDate, d.Agency!.ShortName, d.Category, d.PublicPartyName, d.DocumentNumber,
                d.ViolationType != "" ? d.ViolationType : d.InspectionTask != "" ? d.InspectionTask : d.CertificateName != "" ? d.CertificateName : d.Matter!.Name,
                d.PublishedOn, d.WorkingDaysLate))
            .ToListAsync(cancellationToken);

    private static DateOnly? DateFilter(string? text, string label, List<string> errors)
    {
        if (Clean(text) is not { } value)
        {
            return null;
        }

        var date = IsoDate.Parse(value);
        if (date is null)
        {
            errors.Add($"{label}格式应为 YYYY-MM-DD，例如 2026-01-31。");
        }

        return date;
    }

    private static List<string> Terms(string? q, List<string> errors)
    {
        var terms = (q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (terms.Count > 5 || terms.Any(t => t.Length > 40))
        {
            errors.Add("关键词过长：最多 5 个词，每个词不超过 40 个字。");
        }
        else if (terms.Any(t => t.Length < 2))
        {
            errors.Add("每个关键词至少两个字，例如“取水”或当事人名称中的两个字。");
        }

        return terms;
    }

    private static DecisionKey? Cursor(string? text) =>
        Clean(text)?.Split('.') is [var date, var id] && IsoDate.Parse(date) is { } d
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? new DecisionKey(d, i)
            : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
