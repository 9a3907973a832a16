using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>The 系统管理员's administration of accounts; every act goes through <see cref="AccountActs"/> and enters the audit trail.</summary>
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/accounts")]
public sealed class AccountsAdminController(AccountActs acts, AccountPages pages, IValidator<AccountForm> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.ListAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Edit", await pages.EditAsync(null, new AccountForm(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(AccountForm form, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(form, ModelState))
        {
            var outcome = await acts.CreateAsync(form, cancellationToken);
            if (outcome.Succeeded)
            {
                return View("OneTimePassword", new OneTimePasswordPage(outcome.Message, form.UserName!.Trim(), outcome.OneTimePassword!, outcome.UserId!));
            }

            ModelState.AddProblems(outcome.Problems);
        }

        return View("Edit", await pages.EditAsync(null, form, cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken) =>
        await pages.EditAsync(id, null, cancellationToken) is { Account: not null } page ? View("Edit", page) : NotFound();

    [HttpPost("{id}")]
    public async Task<IActionResult> Update(string id, AccountForm form, CancellationToken cancellationToken)
    {
        if (!await pages.ExistsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        form.UserName = await pages.UserNameAsync(id, cancellationToken); // the name is not edited: the trail knows the account by it
        if (await validator.ValidateIntoAsync(form, ModelState))
        {
            var outcome = await acts.UpdateAsync(id, form, Me, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Message"] = outcome.Message;
                return Redirect($"/admin/accounts/{id}");
            }

            ModelState.AddProblems(outcome.Problems);
        }

        return View("Edit", await pages.EditAsync(id, form, cancellationToken));
    }

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) => ActAsync(id, () => acts.DisableAsync(id, Me, cancellationToken), cancellationToken);

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) => ActAsync(id, () => acts.EnableAsync(id, cancellationToken), cancellationToken);

    [HttpPost("{id}/unlock")]
    public Task<IActionResult> Unlock(string id, CancellationToken cancellationToken) => ActAsync(id, () => acts.UnlockAsync(id, cancellationToken), cancellationToken);

    [HttpPost("{id}/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(string id, CancellationToken cancellationToken) =>
        ActAsync(id, () => acts.ResetTwoFactorAsync(id, cancellationToken), cancellationToken);

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken cancellationToken)
    {
        if (!await pages.ExistsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await acts.ResetPasswordAsync(id, cancellationToken);
        return outcome.Succeeded
            ? View("OneTimePassword", new OneTimePasswordPage(outcome.Message, await pages.UserNameAsync(id, cancellationToken), outcome.OneTimePassword!, id))
            : await RefusedAsync(id, outcome, cancellationToken);
    }

    private string Me => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "";

    private async Task<IActionResult> ActAsync(string id, Func<Task<AccountOutcome>> act, CancellationToken cancellationToken)
    {
        if (!await pages.ExistsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await act();
        if (!outcome.Succeeded)
        {
            return await RefusedAsync(id, outcome, cancellationToken);
        }

        TempData["Message"] = outcome.Message;
        return Redirect($"/admin/accounts/{id}");
    }

    private async Task<IActionResult> RefusedAsync(string id, AccountOutcome outcome, CancellationToken cancellationToken)
    {
        ModelState.AddProblems(outcome.Problems);
        return View("Edit", await pages.EditAsync(id, null, cancellationToken));
    }
}

/// <summary>What the administration pages show, read in one place.</summary>
public sealed class AccountPages(PortalDbContext db, TimeProvider time)
{
    public async Task<AccountsPage> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(null, cancellationToken);
        return new AccountsPage(rows);
    }

    public async Task<AccountEditPage> EditAsync(string? id, AccountForm? form, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new AgencyChoice(a.Id, a.Name)).ToListAsync(cancellationToken);
        var account = id is null ? null : (await RowsAsync(id, cancellationToken)).SingleOrDefault();
        form ??= account is null ? new AccountForm() : new AccountForm
        {
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            AgencyId = account.AgencyId,
            Roles = [.. account.Roles],
            ConcurrencyStamp = account.ConcurrencyStamp,
        };
        return new AccountEditPage(account, form, agencies);
    }

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) => db.Users.AnyAsync(u => u.Id == id, cancellationToken);

    public async Task<string> UserNameAsync(string id, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == id).Select(u => u.UserName).SingleAsync(cancellationToken) ?? "";

    private async Task<List<AccountRow>> RowsAsync(string? id, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => id == null || u.Id == id).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.AgencyId, Agency = u.Agency!.Name, u.DisabledAtUtc, u.LockoutEnd, u.TwoFactorEnabled, u.MustChangePassword, u.ConcurrencyStamp })
            .ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, r => r.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. users.Select(u => new AccountRow(u.Id, u.UserName!, u.DisplayName, u.AgencyId, u.Agency,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(r => PortalRoles.All.ToList().IndexOf(r))],
            u.DisabledAtUtc is not null, u.LockoutEnd > now ? u.LockoutEnd : null, u.TwoFactorEnabled, u.MustChangePassword, u.ConcurrencyStamp))];
    }
}

public sealed record AccountRow(string Id, string UserName, string DisplayName, int? AgencyId, string? Agency, IReadOnlyList<string> Roles,
    bool Disabled, DateTimeOffset? LockedUntil, bool TwoFactor, bool MustChangePassword, string? ConcurrencyStamp)
{
    public string State => Disabled ? "已停用" : LockedUntil is not null ? "已锁定" : MustChangePassword ? "待本人修改密码" : "正常";
}

public sealed record AccountsPage(IReadOnlyList<AccountRow> Accounts);

public sealed record AgencyChoice(int Id, string Name);

public sealed record AccountEditPage(AccountRow? Account, AccountForm Form, IReadOnlyList<AgencyChoice> Agencies);

public sealed record OneTimePasswordPage(string Message, string UserName, string Password, string Id);
