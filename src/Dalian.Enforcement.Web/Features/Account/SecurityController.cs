using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>The account holder's own security: change the password, enrol the authenticator, get new recovery codes.</summary>
[Authorize]
[Route("account")]
public sealed class SecurityController(
    AccountActs acts,
    PortalSignInManager signIn,
    UserManager<PortalUser> users,
    IValidator<ChangePasswordForm> passwordValidator,
    IValidator<LoginCodeForm> codeValidator,
    IOptions<PasswordRules> rules,
    IOptions<PortalOptions> portal) : Controller
{
    [HttpGet("password")]
    public async Task<IActionResult> Password(string? returnUrl) =>
        await users.GetUserAsync(User) is { } user ? View(Page(user, new ChangePasswordForm { ReturnUrl = returnUrl })) : Challenge();

    [HttpPost("password")]
    public async Task<IActionResult> Password(ChangePasswordForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await passwordValidator.ValidateIntoAsync(form, ModelState))
        {
            var outcome = await acts.ChangePasswordAsync(user, form, cancellationToken);
            if (outcome.Succeeded)
            {
                await signIn.RefreshSignInAsync(user); // this session carries on with the new stamp; every other one ends
                TempData["Message"] = outcome.Message;
                return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/admin");
            }

            ModelState.AddProblems(outcome.Problems);
        }

        (form.CurrentPassword, form.NewPassword, form.ConfirmPassword) = (null, null, null);
        return View(Page(user, form));
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        return View(await EnrolPageAsync(user, new LoginCodeForm { ReturnUrl = returnUrl }));
    }

    [HttpPost("two-factor")]
    public async Task<IActionResult> TwoFactor(LoginCodeForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await codeValidator.ValidateIntoAsync(form, ModelState))
        {
            var outcome = await acts.EnrolAsync(user, form.Code!, cancellationToken);
            if (outcome.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                return View("RecoveryCodes", new RecoveryCodesPage(outcome.Message, outcome.RecoveryCodes!, Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/admin"));
            }

            ModelState.AddProblems(outcome.Problems);
        }

        form.Code = null;
        return View(await EnrolPageAsync(user, form));
    }

    /// <summary>The QR code of the enrolment key, drawn here: the key never leaves for a third-party service.</summary>
    [HttpGet("two-factor/qr.png")]
    public async Task<IActionResult> QrCode()
    {
        if (await users.GetUserAsync(User) is not { } user || user.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return File(PortalAuthenticator.QrPng(PortalAuthenticator.Uri(portal.Value.SiteName, user.UserName!, key)), "image/png");
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> RecoveryCodes(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return Redirect("/account/two-factor");
        }

        var outcome = await acts.NewRecoveryCodesAsync(user, cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return View("RecoveryCodes", new RecoveryCodesPage(outcome.Message, outcome.RecoveryCodes!, "/admin"));
    }

    private ChangePasswordPage Page(PortalUser user, ChangePasswordForm form) =>
        new(form, rules.Value.Describe(), user.MustChangePassword, user.UserName!);

    private async Task<EnrolPage> EnrolPageAsync(PortalUser user, LoginCodeForm form)
    {
        if (user.TwoFactorEnabled)
        {
            return new EnrolPage(form, null, await users.CountRecoveryCodesAsync(user));
        }

        var (key, created) = await acts.AuthenticatorKeyAsync(user);
        if (created)
        {
            await signIn.RefreshSignInAsync(user); // a new key changes the stamp: this session carries on
        }

        return new EnrolPage(form, PortalAuthenticator.Grouped(key), 0);
    }
}

public sealed record ChangePasswordPage(ChangePasswordForm Form, string Rules, bool OneTime, string UserName);

/// <summary>The enrolment page: the key to type (null once enrolled) and how many recovery codes are left.</summary>
public sealed record EnrolPage(LoginCodeForm Form, string? Key, int RecoveryCodesLeft);

public sealed record RecoveryCodesPage(string Message, IReadOnlyList<string> Codes, string Next);
