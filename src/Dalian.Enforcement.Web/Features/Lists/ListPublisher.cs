using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Lists;

/// <summary>
/// Approving a list revision: it becomes the agency's next public version and, for a matter list,
/// the published matters follow it (new ones appear, changed ones update, dropped ones go inactive).
/// </summary>
public static class ListPublisher
{
    public static async Task<string?> ApproveAsync(
        PortalDbContext db, ListRevision revision, DateTime atUtc, string reviewer, string? opinion, CancellationToken cancellationToken = default)
    {
        var version = 1 + (await db.ListRevisions
            .Where(r => r.AgencyId == revision.AgencyId && r.Kind == revision.Kind && r.Version != null)
            .MaxAsync(r => r.Version, cancellationToken) ?? 0);
        if (revision.Approve(version, atUtc, reviewer, opinion) is { } refusal)
        {
            return refusal;
        }

        if (revision.Kind == ListKind.Matters)
        {
            var published = await db.Matters.Where(m => m.AgencyId == revision.AgencyId).ToDictionaryAsync(m => m.Code, cancellationToken);
            var contents = revision.Matters();
            foreach (var content in contents)
            {
                if (!published.TryGetValue(content.Code, out var matter))
                {
                    matter = new Matter { AgencyId = revision.AgencyId, Code = content.Code };
                    db.Matters.Add(matter);
                }

                matter.Publish(content, version);
            }

            foreach (var dropped in published.Values.Where(m => m.Active && contents.All(c => c.Code != m.Code)))
            {
                dropped.Withdraw(version);
            }
        }

        return null;
    }
}
