using System.Security.Claims;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// The back office's view of decisions: a staff member reaches only the decisions of the agency and its
/// units, whatever the route, form field or id; supervisors and auditors read all of them.
/// </summary>
public sealed class StaffDecisions(PortalDbContext db, UserManager<PortalUser> users, IOptions<DeadlinePolicy> policy, IOptions<DisclosureOptions> disclosure)
{
    private List<int>? _scope;

    public DeadlinePolicy Policy => policy.Value;

    public bool MaskNaturalPersons => disclosure.Value.MaskNaturalPersons;

    /// <summary>The agencies whose decisions the user may read: null means all (supervisor, auditor).</summary>
    public async Task<List<int>?> ReadScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.IsInRole(PortalRoles.Supervisor) || user.IsInRole(PortalRoles.Auditor) ? null : await WriteScopeAsync(user, cancellationToken);

    /// <summary>The agencies whose decisions the user may record and change.</summary>
    public async Task<List<int>> WriteScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        !user.IsInRole(PortalRoles.Staff) ? [] : _scope ??= await users.ScopeAsync(db, user, cancellationToken);

    public async Task<Decision?> FindAsync(long id, ClaimsPrincipal user, bool write, CancellationToken cancellationToken)
    {
        var scope = write ? await WriteScopeAsync(user, cancellationToken) : await ReadScopeAsync(user, cancellationToken);
        var query = db.Decisions.Include(d => d.Agency).Include(d => d.Matter).Include(d => d.Officers)
            .Include(d => d.PublicationDeadline).Include(d => d.WithdrawalDeadline).AsSplitQuery();
        return await query.SingleOrDefaultAsync(d => d.Id == id && (scope == null || scope.Contains(d.AgencyId)), cancellationToken);
    }

    /// <summary>The active matters the user's agencies may decide on (the agency's own or its parent's list).</summary>
    public async Task<List<Matter>> MattersAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await WriteScopeAsync(user, cancellationToken);
        var parents = await db.Agencies.Where(a => scope.Contains(a.Id) && a.ParentId != null).Select(a => a.ParentId!.Value).ToListAsync(cancellationToken);
        var owners = scope.Concat(parents).Distinct().ToList();
        return await db.Matters.AsNoTracking().Where(m => m.Active && owners.Contains(m.AgencyId))
            .OrderBy(m => m.Category).ThenBy(m => m.Code).ToListAsync(cancellationToken);
    }

    /// <summary>The publication period of a decision on this matter: the matter's statutory one, else its category's.</summary>
    public Period PublicationPeriod(Matter matter) => policy.Value.PublicationPeriod(matter.Category, matter.Content().StatutoryPeriod);
}
