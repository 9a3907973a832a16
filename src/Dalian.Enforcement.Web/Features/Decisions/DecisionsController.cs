using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Transparency;
using Dalian.Enforcement.Web.Infrastructure.Pdf;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// The public decisions (事后公开): search, a page per decision, its PDF notice and JSON. Only what
/// <see cref="DecisionSearch.Public"/> lets through is shown; a withdrawn decision answers 410 with its
/// withdrawal notice and nothing of its content; anything else is 404.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Web.RateLimits.Public)]
public sealed class DecisionsController(PortalDbContext db, DecisionSearch search, TransparencyLog log, LegalClock clock) : Controller
{
    [HttpGet("/decisions")]
    public async Task<IActionResult> Index([FromQuery] DecisionQuery query, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(query, clock.Today, cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new AgencyChoice(a.Id, a.Name)).ToListAsync(cancellationToken);
        return View(new DecisionListPage(query, results, agencies));
    }

    [HttpGet("/decisions/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken) => await FindAsync(id, cancellationToken) switch
    {
        { State: DecisionState.Withdrawn } withdrawn => Gone(await WithdrawalNoticeAsync(withdrawn, cancellationToken)),
        { } decision => View("Show", new DecisionPage(decision, await LogLineAsync(id, cancellationToken),
            await Cases.PublicProcess.ForAsync(db, decision.CaseId, cancellationToken))),
        null => NotFound(),
    };

    /// <summary>The notice (行政处罚决定公示 …) as an A4 PDF with the same items as the page.</summary>
    [HttpGet("/decisions/{id:long}/notice.pdf")]
    public async Task<IActionResult> Notice(long id, CancellationToken cancellationToken)
    {
        switch (await FindAsync(id, cancellationToken))
        {
            case { State: DecisionState.Withdrawn } withdrawn:
                return Gone(await WithdrawalNoticeAsync(withdrawn, cancellationToken));
            case { } d:
                var url = Url.Action(nameof(Show), null, new { id }, Request.Scheme)!;
                var title = DecisionDisclosure.Title(d);
                var logged = await LogLineAsync(id, cancellationToken);
                var pdf = NoticePdf.Render(new NoticeDocument(title, d.Agency!.Name,
                    DecisionDisclosure.Items(d), DecisionDisclosure.Timeliness(d), url, clock.Now)
                {
                    Notes = DecisionDisclosure.Notes(d),
                    Transparency = logged is null ? "" : $"透明日志第 {logged.Index} 号条目，条目 SHA-256：{logged.EntrySha256}",
                });
                return File(pdf, "application/pdf", $"{title}-{d.Id}.pdf");
            default:
                return NotFound();
        }
    }

    [HttpGet("/api/v1/decisions")]
    public async Task<IActionResult> Api([FromQuery] DecisionQuery query, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(query, clock.Today, cancellationToken);
        if (results.Errors.Count > 0)
        {
            return Problem(string.Join(" ", results.Errors), statusCode: StatusCodes.Status400BadRequest, title: "查询参数无效");
        }

        return Ok(new
        {
            items = results.Rows.Select(r => new
            {
                id = r.Id,
                url = Url.Action(nameof(Show), null, new { id = r.Id }, Request.Scheme),
                decisionDate = r.DecisionDate,
                agency = r.Agency,
                category = r.Category.ToString(),
                party = r.Party,
                documentNumber = r.DocumentNumber,
                summary = r.Summary,
                publishedOn = r.PublishedOn,
                workingDaysLate = r.WorkingDaysLate,
                partyCode = r.PartyCode,
            }),
            next = results.Next is { } next
                ? Url.Action(nameof(Api), null, new { query.Agency, query.Category, query.From, query.To, query.Q, query.Party, after = next }, Request.Scheme)
                : null,
        });
    }

    [HttpGet("/api/v1/decisions/{id:long}")]
    public async Task<IActionResult> ApiShow(long id, CancellationToken cancellationToken)
    {
        switch (await FindAsync(id, cancellationToken))
        {
            case { State: DecisionState.Withdrawn } withdrawn:
                var notice = await WithdrawalNoticeAsync(withdrawn, cancellationToken);
                return StatusCode(StatusCodes.Status410Gone, new
                {
                    id,
                    status = "withdrawn",
                    agency = notice.Agency,
                    documentNumber = notice.DocumentNumber,
                    withdrawnOn = notice.WithdrawnOn,
                    reason = notice.Reason,
                    note = notice.Note,
                    revokingActDate = notice.RevokingActDate,
                    workingDaysLate = notice.WorkingDaysLate,
                    timeliness = notice.Timeliness,
                    replacement = notice.ReplacementId is { } r ? Url.Action(nameof(ApiShow), null, new { id = r }, Request.Scheme) : null,
                    content = Url.Action(nameof(ApiContent), null, new { id }, Request.Scheme),
                    transparency = notice.Log?.Absolute(Request),
                });
            case { } d:
                return Ok(new
                {
                    id = d.Id,
                    url = Url.Action(nameof(Show), null, new { id = d.Id }, Request.Scheme),
                    title = DecisionDisclosure.Title(d),
                    category = d.Category.ToString(),
                    agencyId = d.AgencyId,
                    matterId = d.MatterId,
                    decisionDate = d.DecisionDate,
                    publishedOn = d.PublishedOn,
                    due = d.PublicationDeadline?.Due,
                    workingDaysLate = d.WorkingDaysLate,
                    timeliness = DecisionDisclosure.Timeliness(d),
                    remedies = DecisionDisclosure.Notes(d),
                    items = DecisionDisclosure.Items(d).Select(i => new { label = i.Label, value = i.Value }),
                    content = Url.Action(nameof(ApiContent), null, new { id = d.Id }, Request.Scheme),
                    transparency = (await LogLineAsync(id, cancellationToken))?.Absolute(Request),
                    process = await Cases.PublicProcess.ForAsync(db, d.CaseId, cancellationToken),
                });
            default:
                return Problem("没有找到该执法决定，或该决定不公开。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }
    }

    /// <summary>
    /// The public content exactly as the page, JSON and PDF showed it when the act was logged, byte for byte: its SHA-256 is
    /// the <c>contentSha256</c> of the decision's latest transparency-log entry. A withdrawn decision's content is its withdrawal notice.
    /// </summary>
    [HttpGet("/api/v1/decisions/{id:long}/content")]
    public async Task<IActionResult> ApiContent(long id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is not null && (await log.LatestForDecisionAsync(id, cancellationToken))?.Content is { } bytes
            ? File(bytes, "application/json")
            : Problem("没有找到该执法决定，或该决定不公开。", statusCode: StatusCodes.Status404NotFound, title: "未找到");

    /// <summary>The decision's latest log entry, with its inclusion proof in the latest signed checkpoint once one covers it.</summary>
    private async Task<LogLine?> LogLineAsync(long id, CancellationToken cancellationToken) =>
        await log.LatestForDecisionAsync(id, cancellationToken) is { } entry
            ? LogLine.Of(entry, (await log.LatestCheckpointAsync(cancellationToken))?.TreeSize)
            : null;

    /// <summary>A public decision with what its page needs, or a withdrawn one (for its notice); null for anything else.</summary>
    private async Task<Decision?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var decision = await DecisionSearch.ForDisclosure(db.Decisions.AsNoTracking()).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return decision is not null && (decision.IsPublicOn(today) || (decision.State == DecisionState.Withdrawn && !decision.InvolvesMinor))
            ? decision
            : null;
    }

    private async Task<WithdrawalNotice> WithdrawalNoticeAsync(Decision d, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var replacement = d.ReplacementId is { } r
            && await DecisionSearch.Public(db.Decisions, today).AnyAsync(x => x.Id == r, cancellationToken)
            ? d.ReplacementId
            : null;
        return new WithdrawalNotice(d.Id, d.Agency!.Name, d.DocumentNumber, d.WithdrawnOn!.Value, d.WithdrawalReason!.Value.Title(),
            d.WithdrawalNote, d.RevokingActDate!.Value, replacement)
        {
            Log = await LogLineAsync(d.Id, cancellationToken),
            Timeliness = DecisionDisclosure.WithdrawalTimeliness(d),
            WorkingDaysLate = d.WithdrawalWorkingDaysLate,
        };
    }

    private ViewResult Gone(WithdrawalNotice notice)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("Withdrawn", notice);
    }
}

public sealed record AgencyChoice(int Id, string Name);

/// <summary>A decision's place in the transparency log, as its page, JSON and PDF show it.</summary>
public sealed record LogLine(long Index, string EntrySha256, string? Proof)
{
    /// <summary>As the JSON API gives it: the proof as an absolute address.</summary>
    public LogLine Absolute(HttpRequest request) => this with { Proof = Proof is null ? null : $"{request.Scheme}://{request.Host}{Proof}" };

    public static LogLine Of(Domain.Transparency.TransparencyEntry entry, long? checkpointSize) =>
        new(entry.Index, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(entry.Bytes)),
            checkpointSize > entry.Index ? $"/api/v1/transparency/proof?index={entry.Index}&size={checkpointSize}" : null);
}

public sealed record DecisionPage(Decision Decision, LogLine? Log, Cases.PublicProcess? Process);

public sealed record DecisionListPage(DecisionQuery Query, DecisionResults Results, IReadOnlyList<AgencyChoice> Agencies);

/// <summary>What a withdrawn decision still shows: the withdrawal, never the decision's content.</summary>
public sealed record WithdrawalNotice(long Id, string Agency, string DocumentNumber, DateOnly WithdrawnOn, string Reason, string Note, DateOnly RevokingActDate, long? ReplacementId)
{
    /// <summary>The withdrawal's own entry in the transparency log.</summary>
    public LogLine? Log { get; init; }

    /// <summary>Within the withdrawal clock or late by <see cref="WorkingDaysLate"/> working days, with the reason.</summary>
    public string Timeliness { get; init; } = "";

    public int WorkingDaysLate { get; init; }
}
