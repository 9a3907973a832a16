using System.Security.Claims;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Dalian.Enforcement.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Reviews;

/// <summary>Settings of section "LegalReview".</summary>
public sealed class ReviewOptions
{
    /// <summary>Also refuse a reviewer of the case's own unit (the review then sits with the agency above it).</summary>
    public bool ExcludeSameUnit { get; set; }
}

/// <summary>
/// The back office's reading of legal reviews: the catalogue in force, the classification of a draft decision, the rounds of
/// a case, and who reaches which round. A reviewer reaches the rounds of the agency and its units; staff those of their
/// cases; supervisors and auditors every round. Another agency's round is a 404 whatever the id.
/// </summary>
public sealed class LegalReviews(PortalDbContext db, UserManager<PortalUser> users, LegalClock clock, IOptions<ReviewOptions> options)
{
    public ReviewOptions Options => options.Value;

    /// <summary>The approved versions of the catalogue that applies to an agency: its own, else the nearest agency above it with one.</summary>
    public async Task<List<CatalogueVersion>> CatalogueAsync(int agencyId, CancellationToken cancellationToken)
    {
        foreach (var agency in await ChainAsync(agencyId, cancellationToken))
        {
            var versions = await db.ListRevisions.AsNoTracking()
                .Where(r => r.AgencyId == agency && r.Kind == ListKind.ReviewCatalogue && r.State == RevisionState.Approved)
                .OrderBy(r => r.Version).ToListAsync(cancellationToken);
            if (versions.Count > 0)
            {
                return [.. versions.Select(v => new CatalogueVersion(v.Version!.Value, DateOnly.FromDateTime(clock.ToLegal(v.ReviewedAtUtc!.Value).DateTime), v.Rules()))];
            }
        }

        return [];
    }

    /// <summary>The agency and the agencies above it, nearest first.</summary>
    public async Task<List<int>> ChainAsync(int agencyId, CancellationToken cancellationToken)
    {
        var parents = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.ParentId, cancellationToken);
        var chain = new List<int>();
        for (int? id = agencyId; id is { } at && !chain.Contains(at); id = parents.GetValueOrDefault(at))
        {
            chain.Add(at);
        }

        return chain;
    }

    /// <summary>Whether the decision is major on its decision date, reading its case (hearing, handler's flag) when it has one.</summary>
    public async Task<MajorClassification> ClassifyAsync(Decision d, EnforcementCase? c, CancellationToken cancellationToken)
    {
        var facts = c?.MajorFactsOf(d) ?? new MajorFacts(d.Category, d.Matter?.Code ?? "", d.PartyKind, d.FineAmount, d.ConfiscatedAmount, d.PenaltyKinds, false);
        return MajorClassification.Of(await CatalogueAsync(d.AgencyId, cancellationToken), d.DecisionDate, facts);
    }

    public Task<List<LegalReview>> RoundsAsync(long caseId, CancellationToken cancellationToken) =>
        db.LegalReviews.AsNoTracking().Include(r => r.Deadline).Where(r => r.CaseId == caseId).OrderBy(r => r.Round).ToListAsync(cancellationToken);

    public Task<LegalReview?> LatestAsync(long caseId, CancellationToken cancellationToken) =>
        db.LegalReviews.AsNoTracking().Where(r => r.CaseId == caseId).OrderByDescending(r => r.Round).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The agencies whose rounds the user reads: null for all (supervisor, auditor).</summary>
    public async Task<List<int>?> ReadScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.IsInRole(PortalRoles.Supervisor) || user.IsInRole(PortalRoles.Auditor) ? null
        : user.IsInRole(PortalRoles.LegalReviewer) || user.IsInRole(PortalRoles.Staff) ? await users.ScopeAsync(db, user, cancellationToken)
        : [];

    /// <summary>A round within the user's scope, with its case (tracked when it is to change).</summary>
    public async Task<LegalReview?> FindAsync(long id, ClaimsPrincipal user, bool tracked, CancellationToken cancellationToken)
    {
        var scope = await ReadScopeAsync(user, cancellationToken);
        var rounds = tracked ? db.LegalReviews : db.LegalReviews.AsNoTracking();
        return await rounds.Include(r => r.Deadline).Include(r => r.Case).ThenInclude(c => c!.Agency)
            .Include(r => r.Case).ThenInclude(c => c!.Matter).Include(r => r.Case).ThenInclude(c => c!.Officers).Include(r => r.Case).ThenInclude(c => c!.Stages)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id && (scope == null || scope.Contains(r.AgencyId)), cancellationToken);
    }

    /// <summary>Whether <paramref name="user"/> may take the round, and if not why (<see cref="LegalReviewers.Problems"/>).</summary>
    public async Task<(PortalUser Reviewer, List<string> Problems)> ReviewerCheckAsync(LegalReview review, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var account = (await users.GetUserAsync(user))!;
        var facts = new ReviewerFacts(user.IsInRole(PortalRoles.LegalReviewer), account.AgencyId, await ChainAsync(review.AgencyId, cancellationToken),
            Options.ExcludeSameUnit, account.LegalQualificationNumber, account.LegalQualifiedOn, account.ReviewingSince,
            account.OfficerId is { } officer && review.Case!.Officers.Any(o => o.OfficerId == officer), review.SubmittedBy == account.UserName, clock.Today);
        return (account, LegalReviewers.Problems(facts));
    }

    /// <summary>The 文号 prefix of the agency's opinions: its case prefix (大洼水), else its short name.</summary>
    public static string NumberPrefix(Domain.Agencies.Agency agency) => agency.CasePrefix.Length > 0 ? agency.CasePrefix : agency.ShortName;

    public async Task<int> NextOpinionSequenceAsync(int agencyId, int year, CancellationToken cancellationToken) =>
        1 + (await db.LegalReviews.Where(r => r.AgencyId == agencyId && r.OpinionYear == year).MaxAsync(r => r.OpinionSequence, cancellationToken) ?? 0);
}
