using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Data.Seed;
using Dalian.Enforcement.Web.Features.Account;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

public static class AccountSetup
{
    /// <summary>ASP.NET Core Identity on the portal's database: password rules, lock-out, TOTP, and sessions with idle and absolute limits.</summary>
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section));
        services.AddOptions<PasswordRules>().Bind(configuration.GetSection(PasswordRules.Section));
        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

                // The rules are PasswordRules, checked by PortalPasswordValidator; Identity's own would repeat them in other words.
                (o.Password.RequiredLength, o.Password.RequiredUniqueChars) = (1, 1);
                (o.Password.RequireDigit, o.Password.RequireLowercase, o.Password.RequireUppercase, o.Password.RequireNonAlphanumeric) = (false, false, false, false);
                o.Tokens.AuthenticatorTokenProvider = PortalAuthenticator.ProviderName;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddSignInManager<PortalSignInManager>()
            .AddPasswordValidator<PortalPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PortalAuthenticator>(PortalAuthenticator.ProviderName);
        services.AddScoped<PortalUserStore>(); // one store per request, the one UserManager uses and AccountActs holds back
        services.AddScoped<IUserStore<PortalUser>>(sp => sp.GetRequiredService<PortalUserStore>());
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((o, accounts) =>
        {
            o.Lockout.MaxFailedAccessAttempts = accounts.Value.LockoutAttempts;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.Value.LockoutMinutes);
        });

        // Stamps are checked every minute: a logout, a lock, a disabled account or a taken role ends sessions on every server.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "dawa.auth";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true; // renewed while in use: ExpireTimeSpan is the idle timeout
            o.Events.OnValidatePrincipal = PortalSignInManager.ValidateAsync;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IOptions<AccountOptions>>((o, accounts) =>
            o.ExpireTimeSpan = TimeSpan.FromMinutes(accounts.Value.IdleMinutes));

        // Keys in the database: every web server in front of one SQL Server reads the same cookies; encrypted with a configured certificate.
        services.AddPortalDataProtection(configuration);

        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.Section));
        services.AddScoped<DemoSeeder>();
        return services;
    }

    /// <summary>
    /// Before anything under /admin: an account whose password is a one-time or expired one changes it first, and one without a second
    /// factor enrols it (when <see cref="AccountOptions.RequireTwoFactor"/>). The claims say which (<see cref="PortalClaimsFactory"/>).
    /// </summary>
    public static IApplicationBuilder UseBackOfficeGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated == true && context.Request.Path.StartsWithSegments("/admin"))
            {
                var requireTwoFactor = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.RequireTwoFactor;
                var to = user.HasClaim(PortalClaimsFactory.ChangePasswordClaim, "true") ? "/account/password"
                    : requireTwoFactor && !user.HasClaim(PortalClaimsFactory.TwoFactorClaim, "true") ? "/account/two-factor"
                    : null;
                if (to is not null)
                {
                    context.Response.Redirect($"{to}?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
                    return;
                }
            }

            await next();
        });
}

/// <summary>Identity's messages in Chinese, for the ones people can meet (the password rules speak for themselves).</summary>
internal sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"用户名 {userName} 已被使用。" };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "用户名只能包含英文字母、数字和 . _ - 符号。" };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "密码不正确。" };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "该账户刚被他人修改，请刷新页面后重试。" };
}
