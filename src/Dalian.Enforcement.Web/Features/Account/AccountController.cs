using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<PortalUser> signIn,
    IValidator<LoginForm> validator,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState))
        {
            return View(form);
        }

        var result = await signIn.PasswordSignInAsync(form.UserName!, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Login succeeded for {UserName}", form.UserName);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : "/admin");
        }

        logger.LogWarning("Login failed for {UserName} (locked out: {LockedOut})", form.UserName, result.IsLockedOut);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "连续登录失败次数过多，账户已被锁定，请15分钟后再试或联系系统管理员。"
            : "用户名或密码不正确。");
        form.Password = null;
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
