using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Data.Seed;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>Log-in in two steps (password, then the authenticator's code or a recovery code), log-out, and the refusal page.</summary>
[Route("account")]
public sealed class AccountController(
    PortalSignInManager signIn,
    UserManager<PortalUser> users,
    IValidator<LoginForm> validator,
    IValidator<LoginCodeForm> codeValidator,
    PortalDbContext db,
    IOptions<DemoOptions> demo,
    IOptions<AccountOptions> accounts,
    TimeProvider time,
    IWebHostEnvironment environment,
    LoginNameLimiter nameLimiter,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    // A hash to verify against when the name is unknown, so that unknown and known names take the same time.
    private static readonly Lazy<string> s_dummyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser { DisplayName = "" }, Guid.NewGuid().ToString()));

    [HttpPost("login")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Login)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        if (nameLimiter.Refusal(form.UserName!) is { } retryAfter)
        {
            logger.LogWarning("Log-in refused: too many attempts for one account name");
            RateLimits.Refuse(Response, retryAfter);
            return new EmptyResult(); // the status-code page renders the Chinese page
        }

        var user = await users.FindByNameAsync(form.UserName!);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new PortalUser { DisplayName = "" }, s_dummyHash.Value, form.Password!);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return Redirect($"/account/login/code?returnUrl={Uri.EscapeDataString(Local(form.ReturnUrl))}");
        }

        await RecordAsync(user, result, "登录");
        if (result.Succeeded)
        {
            return LocalRedirect(Local(form.ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, accounts.Value.FailureMessage); // the same words for every failure: no one learns which names exist
        form.Password = null;
        return View(form);
    }

    /// <summary>The second step: the password was right, the account has a second factor.</summary>
    [HttpGet("login/code")]
    public async Task<IActionResult> Code(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { } user
            ? View(await CodePageAsync(user, new LoginCodeForm { ReturnUrl = returnUrl }))
            : Redirect("/account/login");

    [HttpPost("login/code")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Login)]
    public async Task<IActionResult> Code(LoginCodeForm form)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Redirect("/account/login"); // the first step has expired (five minutes) or never happened
        }

        if (!await codeValidator.ValidateIntoAsync(form, ModelState))
        {
            return View(await CodePageAsync(user, form));
        }

        var code = form.Code!.Trim();
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        await RecordAsync(user, result, code.Length == 6 ? "以验证码登录" : "以恢复码登录");
        if (result.Succeeded)
        {
            return LocalRedirect(Local(form.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return Redirect("/account/login"); // locked: start again, where the one failure message is
        }

        ModelState.AddModelError(nameof(LoginCodeForm.Code), accounts.Value.CodeFailureMessage);
        form.Code = null;
        return View(await CodePageAsync(user, form));
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp ends this session's cookie everywhere, even a copy replayed later.
        if (await users.GetUserAsync(User) is { } user)
        {
            db.Audit.Record("account.logout", "Account", user.Id, $"{user.UserName} 退出登录", []);
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }

    [HttpGet("logout")]
    public IActionResult LogoutPage() => Redirect(User.Identity?.IsAuthenticated == true ? "/admin" : "/");

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string Local(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";

    /// <summary>Every attempt enters the audit trail; only a known account's id is logged, never what was typed as a name.</summary>
    private async Task RecordAsync(PortalUser? user, Microsoft.AspNetCore.Identity.SignInResult result, string what)
    {
        db.Audit.Record(result.Succeeded ? "account.login" : result.IsLockedOut ? "account.locked-out" : "account.login-failed", "Account",
            user?.Id ?? "(unknown)", user is null ? "以不存在的用户名登录失败" : $"{user.UserName} {what}{(result.Succeeded ? "" : "失败")}", []);
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            logger.LogInformation("Login succeeded for user {UserId}", user!.Id);
            return;
        }

        logger.LogWarning("Login failed for {UserId} (locked out: {LockedOut})", user?.Id ?? "an unknown user name", result.IsLockedOut);
        if (result.IsLockedOut && user is not null)
        {
            await users.UpdateSecurityStampAsync(user); // a locked account's sessions end within a minute on every server
        }
    }

    /// <summary>The code page; in a demo (Development), a demo account's current code is shown, so that a newcomer needs no app.</summary>
    private async Task<LoginCodePage> CodePageAsync(PortalUser user, LoginCodeForm form)
    {
        string? hint = null;
        if (demo.Value.Enabled && demo.Value.ShowAuthenticatorCodes && environment.IsDevelopment() && DemoSeeder.Accounts.Any(a => a.UserName == user.UserName)
            && await users.GetAuthenticatorKeyAsync(user) is { } key && key == PortalAuthenticator.DemoKey(user.UserName!))
        {
            var now = time.GetUtcNow();
            var step = now.ToUnixTimeSeconds() / 30;
            hint = PortalAuthenticator.CodeAt(key, user.LastAuthenticatorStep >= step ? now.AddSeconds(30) : now); // the current one may be spent
        }

        return new LoginCodePage(form, hint);
    }
}

public sealed record LoginCodePage(LoginCodeForm Form, string? DemoCode);
