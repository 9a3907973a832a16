using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>
/// Identity's store, able to hold its saving back so that an account act is one save (<see cref="AccountActs"/>). While held,
/// an update of a tracked account only renews its concurrency stamp: the base store's <c>Attach</c> would turn a new account
/// back into an existing one and forget the stamp the save must check.
/// </summary>
public sealed class PortalUserStore(PortalDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<PortalUser, IdentityRole, PortalDbContext>(context, describer)
{
    public override Task<IdentityResult> UpdateAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        if (AutoSaveChanges || Context.Entry(user).State == EntityState.Detached)
        {
            return base.UpdateAsync(user, cancellationToken);
        }

        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        return Task.FromResult(IdentityResult.Success);
    }
}
