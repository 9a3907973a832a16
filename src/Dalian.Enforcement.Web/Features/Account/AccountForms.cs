using Dalian.Enforcement.Domain.Accounts;
using FluentValidation;

namespace Dalian.Enforcement.Web.Features.Account;

/// <summary>The second step of a log-in: the authenticator's code, or one of the recovery codes.</summary>
public sealed class LoginCodeForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>An account as the administrator creates or edits it.</summary>
public sealed class AccountForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public int? AgencyId { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>The version of the account the form was read from: a colleague's change in between is not overwritten.</summary>
    public string? ConcurrencyStamp { get; set; }
}

internal sealed class LoginCodeFormValidator : AbstractValidator<LoginCodeForm>
{
    public LoginCodeFormValidator() =>
        RuleFor(f => f.Code).NotEmpty().WithMessage("请填写验证码。").MaximumLength(50).WithMessage("验证码过长。");
}

internal sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("请填写当前密码。").MaximumLength(256).WithMessage("密码过长。");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("请填写新密码。").MaximumLength(256).WithMessage("密码过长。");
        RuleFor(f => f.ConfirmPassword).NotEmpty().WithMessage("请再次填写新密码。")
            .Equal(f => f.NewPassword).When(f => !string.IsNullOrEmpty(f.NewPassword)).WithMessage("两次填写的新密码不一致。");
    }
}

internal sealed class AccountFormValidator : AbstractValidator<AccountForm>
{
    /// <summary>Roles whose work is one agency's: the account must be bound to it.</summary>
    public static readonly string[] AgencyRoles = [PortalRoles.Staff, PortalRoles.LegalReviewer, PortalRoles.MarketReviewer, PortalRoles.Supervisor];

    public AccountFormValidator()
    {
        RuleFor(f => f.UserName).NotEmpty().WithMessage("请填写用户名。")
            .Matches("^[A-Za-z0-9._-]{3,50}$").WithMessage("用户名须为 3 至 50 个英文字母、数字或 . _ - 符号。");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("请填写姓名。").MaximumLength(50).WithMessage("姓名不能超过 50 个字。");
        RuleFor(f => f.Roles).NotEmpty().WithMessage("请至少选择一个角色。")
            .Must(r => r.All(PortalRoles.All.Contains)).WithMessage("角色无效，请重新选择。");
        RuleFor(f => f.AgencyId).NotNull().When(f => f.Roles.Any(AgencyRoles.Contains))
            .WithMessage("执法单位工作人员、审核人员和监督管理员须选择所属单位。");
    }
}
