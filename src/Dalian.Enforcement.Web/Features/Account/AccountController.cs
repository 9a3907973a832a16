using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    IValidator<LoginForm> validator,
    PortalDbContext db,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    /// <summary>What a failed log-in says, whatever failed: an unknown name, a wrong password and a locked account read alike.</summary>
    public const string Failed = "用户名或密码不正确。连续输错 5 次，账户将锁定 15 分钟。";

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

        var user = await users.FindByNameAsync(form.UserName!);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new PortalUser { DisplayName = "" }, s_dummyHash.Value, form.Password!);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);

        // Only a known account's id is logged: a user name field may hold anything a person typed.
        // Every attempt enters the audit trail; an unknown name is recorded without what was typed.
        db.Audit.Record(result.Succeeded ? "account.login" : result.IsLockedOut ? "account.locked-out" : "account.login-failed", "Account",
            user?.Id ?? "(unknown)", result.Succeeded ? $"{user!.UserName} 登录" : user is null ? "以不存在的用户名登录失败" : $"{user.UserName} 登录失败", []);
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            logger.LogInformation("Login succeeded for user {UserId}", user!.Id);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/admin");
        }

        logger.LogWarning("Login failed for {UserId} (locked out: {LockedOut})", user?.Id ?? "an unknown user name", result.IsLockedOut);
        if (result.IsLockedOut && user is not null)
        {
            await users.UpdateSecurityStampAsync(user); // a locked account's sessions end within a minute on every server
        }

        ModelState.AddModelError(string.Empty, Failed); // the same words for every failure: no one learns which names exist
        form.Password = null;
        return View(form);
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
}
