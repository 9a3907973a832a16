using System.Security.Claims;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Account;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Cases;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>The review part of a case page: the classification of its draft, its rounds, and whether it can be submitted now.</summary>
public sealed record ReviewPanel(MajorClassification? Major, IReadOnlyList<LegalReview> Rounds, IReadOnlyList<CaseProblem> Refusals);

public sealed record ReviewQueuePage(IReadOnlyList<LegalReview> Open, IReadOnlyList<LegalReview> Concluded, IReadOnlyDictionary<int, string> Agencies,
    IReadOnlyList<ReviewFigures> Figures, int Year, bool AllAgencies, DateOnly Today);

public sealed record ReviewPage(LegalReview Review, Decision Decision, IReadOnlyList<LegalReview> Rounds, IReadOnlyList<string> TakeProblems, bool IsMine,
    bool CanSupply, IReadOnlyList<Approver> Approvers, LegalClock Clock)
{
    public bool CanTake => Review.State == ReviewState.Submitted && TakeProblems.Count == 0;
}

/// <summary>What the review pages show, read within the user's scope.</summary>
public sealed class ReviewPages(PortalDbContext db, LegalReviews reviews, SubmitReview submit, ReviewerActs reviewer, StaffCases cases,
    CalendarCache calendars, LegalClock clock)
{
    public async Task<ReviewPanel> PanelAsync(EnforcementCase c, Decision? decision, CancellationToken cancellationToken)
    {
        var (refusals, major) = await submit.SubmissionProblemsAsync(c, cancellationToken);
        if (major is null && decision is not null)
        {
            major = await reviews.ClassifyAsync(decision, c, cancellationToken);
        }

        return new ReviewPanel(major, await reviews.RoundsAsync(c.Id, cancellationToken), refusals);
    }

    /// <summary>A reviewer's queue, most urgent first (overdue, then by due date); a supervisor sees every agency's, with the year's figures.</summary>
    public async Task<ReviewQueuePage> QueueAsync(ClaimsPrincipal user, int? year, CancellationToken cancellationToken)
    {
        var scope = await reviews.ReadScopeAsync(user, cancellationToken);
        var mine = db.LegalReviews.AsNoTracking().Include(r => r.Deadline).Include(r => r.Case).Where(r => scope == null || scope.Contains(r.AgencyId));
        var open = await mine.Where(r => r.State == ReviewState.Submitted || r.State == ReviewState.InReview || r.State == ReviewState.MaterialsRequested)
            .ToListAsync(cancellationToken);
        var concluded = await mine.Where(r => r.ConcludedOn != null).OrderByDescending(r => r.ConcludedAtUtc).Take(30).ToListAsync(cancellationToken);
        var shown = year is >= 2000 and <= 2199 ? year.Value : clock.Today.Year;
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var today = clock.Today;
        var ordered = open.OrderByDescending(r => r.IsOverdueOn(today)).ThenBy(r => r.State == ReviewState.MaterialsRequested).ThenBy(r => r.Deadline!.Due).ToList();
        return new ReviewQueuePage(ordered, concluded, names, await FiguresAsync(scope, shown, cancellationToken), shown, scope is null, today);
    }

    public async Task<IReadOnlyList<ReviewFigures>> FiguresAsync(List<int>? scope, int year, CancellationToken cancellationToken)
    {
        var rounds = await db.LegalReviews.AsNoTracking().Include(r => r.Deadline)
            .Where(r => (scope == null || scope.Contains(r.AgencyId)) && (r.SubmittedOn.Year == year || r.ConcludedOn!.Value.Year == year))
            .ToListAsync(cancellationToken);
        var decided = await db.LegalReviews.AsNoTracking().Where(r => (scope == null || scope.Contains(r.AgencyId)) && r.State == ReviewState.Agreed)
            .Join(db.Decisions.Where(d => d.State != DecisionState.Draft && d.DecisionDate.Year == year), r => r.DecisionId, d => d.Id, (r, d) => new { r.AgencyId, d.Id })
            .Distinct().ToListAsync(cancellationToken);
        var major = decided.GroupBy(x => x.AgencyId).ToDictionary(g => g.Key, g => g.Count());
        return ReviewFigures.Of(rounds, major, year, await calendars.GetCurrentAsync(cancellationToken), clock.Today);
    }

    public async Task<ReviewPage?> ShowAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, user, tracked: false, cancellationToken) is not { } r)
        {
            return null;
        }

        var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == r.DecisionId, cancellationToken);
        var take = r.State == ReviewState.Submitted && user.IsInRole(PortalRoles.LegalReviewer) ? (await reviews.ReviewerCheckAsync(r, user, cancellationToken)).Problems : [];
        var isMine = r.ReviewerUserName.Length > 0 && r.ReviewerUserName == user.Identity?.Name;
        var canSupply = r.State == ReviewState.MaterialsRequested && user.IsInRole(PortalRoles.Staff)
            && (await cases.WriteScopeAsync(user, cancellationToken)).Contains(r.AgencyId);
        return new ReviewPage(r, decision, await reviews.RoundsAsync(r.CaseId, cancellationToken), take, isMine, canSupply,
            isMine ? await reviewer.ApproversAsync(r, user, cancellationToken) : [], clock);
    }
}
