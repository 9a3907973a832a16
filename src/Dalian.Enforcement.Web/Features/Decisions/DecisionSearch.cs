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

    /// <summary>
    /// 统一社会信用代码 of an organisation or individual business: its decisions only. A natural person's decisions never match
    /// (a masked name identifies nobody and must not become a profile).
    /// </summary>
    public string? Party { get; init; }

    /// <summary>The keyset cursor: the last row of the previous page, "yyyy-MM-dd.id".</summary>
    public string? After { get; init; }
}

/// <summary>A published decision as a search result row; <see cref="PartyCode"/> is the credit code of a party that has a history page.</summary>
public sealed record DecisionRow(long Id, DateOnly DecisionDate, string Agency, EnforcementCategory Category,
    string Party, string DocumentNumber, string Summary, DateOnly? PublishedOn, int WorkingDaysLate, string? PartyCode);

public sealed record DecisionResults(IReadOnlyList<DecisionRow> Rows, string? Next, IReadOnlyList<string> Errors);

/// <summary>
/// The public search over published decisions: filters, keywords through the database's full-text index,
/// newest first, keyset paging (no OFFSET scan), so it stays fast at a million decisions. See docs/adr/0010.
/// </summary>
public sealed class DecisionSearch(PortalDbContext db, IDecisionKeywordIndex keywords)
{
    /// <summary>
    /// What the public may see on <paramref name="today"/>: the one filter every public output goes through
    /// (the full-text paths say the same in SQL: <see cref="KeywordQuery.PublicSql"/>).
    /// </summary>
    public static IQueryable<Decision> Public(IQueryable<Decision> decisions, DateOnly today) =>
        decisions.Where(d => d.State == DecisionState.Published && !d.InvolvesMinor && (d.PublicUntil == null || d.PublicUntil >= today));

    /// <summary>What every public rendering of a decision reads besides the decision: its agency, matter and both clocks.</summary>
    public static IQueryable<Decision> ForDisclosure(IQueryable<Decision> decisions) =>
        decisions.Include(d => d.Agency).Include(d => d.Matter).Include(d => d.PublicationDeadline).Include(d => d.WithdrawalDeadline);

    /// <summary>
    /// One party's decisions: an organisation or individual business by its credit code, never a natural person
    /// (the full-text path says the same in SQL: <see cref="KeywordQuery.PublicSql"/>).
    /// </summary>
    public static IQueryable<Decision> OfParty(IQueryable<Decision> decisions, string creditCode) =>
        decisions.Where(d => d.CreditCode == creditCode && d.PartyKind != PartyKind.NaturalPerson);

    /// <summary>The credit code as the party pages and the filter take it (upper case), or null when it is not a valid one.</summary>
    public static string? PartyCode(string? text) =>
        SearchText.Normalize(text).Trim().ToUpperInvariant() is { Length: 18 } code && Domain.Registers.UnifiedSocialCreditCode.IsValid(code) ? code : null;

    public async Task<DecisionResults> SearchAsync(DecisionQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        int? agency = null;
        if (Clean(query.Agency) is { } agencyText)
        {
            agency = int.TryParse(agencyText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;
            if (agency is null)
            {
                errors.Add("执法主体参数无效。");
            }
        }

        EnforcementCategory? category = null;
        if (Clean(query.Category) is { } categoryText)
        {
            category = Enum.GetValues<EnforcementCategory>().Cast<EnforcementCategory?>()
                .FirstOrDefault(c => string.Equals(c.ToString(), categoryText, StringComparison.OrdinalIgnoreCase));
            if (category is null)
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

        var party = PartyCode(query.Party);
        if (party is null && Clean(query.Party) is not null)
        {
            errors.Add("统一社会信用代码无效：应为 18 位，且校验位正确。");
        }

        var terms = Terms(query.Q, errors);

        // A credit code typed as a keyword (as people look a company up on 信用中国) is that party's filter: the code is not in
        // the keyword index, and a natural person has none.
        var codes = terms.Select(PartyCode).OfType<string>().Distinct().ToList();
        if (codes.Count > 0)
        {
            terms = terms.Where(t => PartyCode(t) is null).ToList();
            if (codes.Count > 1 || (party is not null && party != codes[0]))
            {
                errors.Add("一次只能按一个统一社会信用代码查询。");
                return new DecisionResults([], null, errors);
            }

            party = codes[0];
        }
        var after = Cursor(query.After);
        if (after is null && Clean(query.After) is not null)
        {
            errors.Add("翻页参数无效，请从第一页重新查询。");
        }

        if (errors.Count > 0)
        {
            return new DecisionResults([], null, errors);
        }

        var decisions = Public(db.Decisions.AsNoTracking(), today);
        decisions = agency is { } byAgency ? decisions.Where(d => d.AgencyId == byAgency) : decisions;
        decisions = category is { } byCategory ? decisions.Where(d => d.Category == byCategory) : decisions;
        decisions = party is { } byParty ? OfParty(decisions, byParty) : decisions;
        decisions = from is { } f ? decisions.Where(d => d.DecisionDate >= f) : decisions;
        decisions = to is { } t ? decisions.Where(d => d.DecisionDate <= t) : decisions;
        decisions = after is { } k ? decisions.Where(d => d.DecisionDate < k.DecisionDate || (d.DecisionDate == k.DecisionDate && d.Id < k.Id)) : decisions;
        if (terms.Count > 0)
        {
            // One statement in the index's own order: the newest public matches, already filtered.
            var ids = await keywords.PublicMatchesAsync(db, new KeywordQuery(terms, today, agency, category, from, to, after, DecisionQuery.PageSize + 1)
            {
                Party = party,
            }, cancellationToken);
            if (ids is null)
            {
                return new DecisionResults([], null, ["关键词过于常见，请输入更长的词（例如当事人名称的三个字以上），或加上其他关键词。"]);
            }

            decisions = decisions.Where(d => ids.Contains(d.Id));
        }

        var rows = await decisions
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id)
            .Take(DecisionQuery.PageSize + 1)
            .Select(d => new DecisionRow(d.Id, d.DecisionDate, d.Agency!.ShortName, d.Category, d.PublicPartyName, d.DocumentNumber,
                d.ViolationType != "" ? d.ViolationType : d.InspectionTask != "" ? d.InspectionTask : d.CertificateName != "" ? d.CertificateName : d.Matter!.Name,
                d.PublishedOn, d.WorkingDaysLate, d.PartyKind != PartyKind.NaturalPerson ? d.CreditCode : null))
            .ToListAsync(cancellationToken);
        var next = rows.Count > DecisionQuery.PageSize
            ? $"{rows[DecisionQuery.PageSize - 1].DecisionDate:yyyy-MM-dd}.{rows[DecisionQuery.PageSize - 1].Id}"
            : null;
        return new DecisionResults(rows.Take(DecisionQuery.PageSize).ToList(), next, []);
    }

    private static DateOnly? DateFilter(string? text, string label, List<string> errors)
    {
        if (Clean(text) is not { } value)
        {
            return null;
        }

        var date = IsoDate.Parse(value);
        if (date is null || date < new DateOnly(1949, 10, 1) || date > new DateOnly(2199, 12, 31))
        {
            errors.Add($"{label}应为 1949-10-01 至 2199-12-31 之间的 YYYY-MM-DD 日期，例如 2026-01-31。");
            return null;
        }

        return date;
    }

    private static List<string> Terms(string? q, List<string> errors)
    {
        var terms = (q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (terms.Any(t => t.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)))
        {
            errors.Add("关键词中含有无法识别的字符，请重新输入。");
        }
        else if (terms.Count > 5 || terms.Any(t => Length(t) > 40))
        {
            errors.Add("关键词过长：最多 5 个词，每个词不超过 40 个字。");
        }
        else if (terms.Any(t => Length(t) < 2))
        {
            errors.Add("每个关键词至少两个字，例如“取水”或当事人名称中的两个字。");
        }

        // The visitor's words in the index's one normal form: any brackets, any width of digits and letters.
        return errors.Count > 0 ? terms : terms.Select(SearchText.Normalize).Distinct().ToList();
    }

    /// <summary>Characters as a person counts them (a rare character outside the basic plane is one).</summary>
    public static int Length(string term) => term.EnumerateRunes().Count();

    private static DecisionKey? Cursor(string? text) =>
        Clean(text)?.Split('.') is [var date, var id] && IsoDate.Parse(date) is { } d
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i is >= 1 and <= uint.MaxValue
            ? new DecisionKey(d, i)
            : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
