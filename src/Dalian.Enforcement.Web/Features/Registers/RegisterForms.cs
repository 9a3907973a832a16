using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;
using FluentValidation;

namespace Dalian.Enforcement.Web.Features.Registers;

public sealed class SubjectForm
{
    public int Stamp { get; set; }

    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? CreditCode { get; set; }
    public SubjectKind Kind { get; set; }
    public string? LegalBasis { get; set; }
    public string? Duties { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? SupervisionPhone { get; set; }
    public string? ReconsiderationBody { get; set; }
    public string? Court { get; set; }
    public string? EstablishedOn { get; set; }

    public static SubjectForm From(Agency a) => new()
    {
        Stamp = a.Stamp,
        Name = a.Name,
        ShortName = a.ShortName,
        CreditCode = a.CreditCode,
        Kind = a.Kind,
        LegalBasis = a.LegalBasis,
        Duties = a.Duties,
        Address = a.Address,
        Phone = a.Phone,
        SupervisionPhone = a.SupervisionPhone,
        ReconsiderationBody = a.ReconsiderationBody,
        Court = a.Court,
        EstablishedOn = a.EstablishedOn?.ToString(IsoDate.Format, System.Globalization.CultureInfo.InvariantCulture),
    };

    public void ApplyTo(Agency a)
    {
        a.Stamp++;
        (a.Name, a.ShortName, a.CreditCode, a.Kind) = (Name!.Trim(), ShortName!.Trim(), CreditCode!.Trim().ToUpperInvariant(), Kind);
        (a.LegalBasis, a.Duties, a.Address) = (T(LegalBasis), T(Duties), T(Address));
        (a.Phone, a.SupervisionPhone, a.ReconsiderationBody, a.Court) = (T(Phone), T(SupervisionPhone), T(ReconsiderationBody), T(Court));
        a.EstablishedOn = IsoDate.Parse(EstablishedOn);
    }

    private static string T(string? text) => text?.Trim() ?? "";
}

internal sealed class SubjectFormValidator : AbstractValidator<SubjectForm>
{
    public SubjectFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写主体名称。").MaximumLength(100).WithMessage("主体名称不超过100个字。");
        RuleFor(f => f.ShortName).NotEmpty().WithMessage("请填写简称。").MaximumLength(30).WithMessage("简称不超过30个字。");
        RuleFor(f => f.CreditCode).Must(c => c is not null && UnifiedSocialCreditCode.IsValid(c.Trim().ToUpperInvariant()))
            .WithMessage(f => $"统一社会信用代码“{f.CreditCode}”无效：应为18位，末位校验码须符合 GB 32100-2015。");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("请选择主体性质。");
        RuleFor(f => f.LegalBasis).MaximumLength(2000).WithMessage("执法依据不超过2000个字。");
        RuleFor(f => f.Duties).MaximumLength(2000).WithMessage("主要职责不超过2000个字。");
        RuleFor(f => f.Address).MaximumLength(200).WithMessage("办公地址不超过200个字。");
        RuleFor(f => f.Phone).Matches(@"^[0-9\-\s()（）转]{0,30}$").WithMessage("联系电话只能包含数字、短横线和括号。");
        RuleFor(f => f.SupervisionPhone).Matches(@"^[0-9\-\s()（）转]{0,30}$").WithMessage("监督电话只能包含数字、短横线和括号。");
        RuleFor(f => f.ReconsiderationBody).MaximumLength(200).WithMessage("复议机关不超过200个字。");
        RuleFor(f => f.Court).MaximumLength(200).WithMessage("诉讼法院不超过200个字。");
        RuleFor(f => f.EstablishedOn).Must(d => IsoDate.Parse(d) is not null).When(f => !string.IsNullOrWhiteSpace(f.EstablishedOn))
            .WithMessage("成立日期请按 YYYY-MM-DD 填写。");
    }
}

public sealed class OfficerForm
{
    public int Stamp { get; set; }

    public string? Name { get; set; }
    public int AgencyId { get; set; }
    public string? Position { get; set; }
}

internal sealed class OfficerFormValidator : AbstractValidator<OfficerForm>
{
    public OfficerFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写姓名。").MaximumLength(50).WithMessage("姓名不超过50个字。");
        RuleFor(f => f.Position).NotEmpty().WithMessage("请填写职务。").MaximumLength(50).WithMessage("职务不超过50个字。");
        RuleFor(f => f.Name).Must(NoPersonalData).WithMessage(PublicWarning);
        RuleFor(f => f.Position).Must(NoPersonalData).WithMessage(PublicWarning);
    }

    public const string PublicWarning = "执法人员信息会公开，不得填写身份证号、手机号等个人信息。";

    public static bool NoPersonalData(string? text) => text is null || !PersonalDataScanner.ContainsPersonalData(text);
}

public sealed class CertificateForm
{
    public string? Number { get; set; }
    public string? Category { get; set; }
    public string? Region { get; set; }
    public string? IssuedOn { get; set; }
    public string? ValidUntil { get; set; }

    public static DateOnly? Date(string? text) =>
        IsoDate.Parse(text);

    public Certificate ToCertificate() => new()
    {
        Number = Number!.Trim(),
        Category = Category!.Trim(),
        Region = Region!.Trim(),
        IssuedOn = Date(IssuedOn)!.Value,
        ValidUntil = Date(ValidUntil)!.Value,
    };
}

internal sealed class CertificateFormValidator : AbstractValidator<CertificateForm>
{
    public CertificateFormValidator()
    {
        RuleFor(f => f.Number).NotEmpty().WithMessage("请填写执法证号。")
            .Must(n => n is null || System.Text.RegularExpressions.Regex.IsMatch(n.Trim(), "^[0-9A-Za-z-]{4,30}$")).WithMessage("执法证号应为4至30位数字或字母。")
            .Must(OfficerFormValidator.NoPersonalData).WithMessage(OfficerFormValidator.PublicWarning);
        RuleFor(f => f.Category).Must(OfficerFormValidator.NoPersonalData).WithMessage(OfficerFormValidator.PublicWarning);
        RuleFor(f => f.Region).Must(OfficerFormValidator.NoPersonalData).WithMessage(OfficerFormValidator.PublicWarning);
        RuleFor(f => f.Category).NotEmpty().WithMessage("请填写执法类别。").MaximumLength(30).WithMessage("执法类别不超过30个字。");
        RuleFor(f => f.Region).NotEmpty().WithMessage("请填写执法区域。").MaximumLength(50).WithMessage("执法区域不超过50个字。");
        RuleFor(f => f.IssuedOn).Must(d => CertificateForm.Date(d) is not null).WithMessage("发证日期应为有效日期，格式 YYYY-MM-DD。");
        RuleFor(f => f.ValidUntil).Must(d => CertificateForm.Date(d) is not null).WithMessage("有效期至应为有效日期，格式 YYYY-MM-DD。");
        RuleFor(f => f.ValidUntil).Must((f, d) => CertificateForm.Date(d) >= CertificateForm.Date(f.IssuedOn))
            .When(f => CertificateForm.Date(f.IssuedOn) is not null && CertificateForm.Date(f.ValidUntil) is not null)
            .WithMessage("有效期至不能早于发证日期。");
    }
}

public sealed class StatusForm
{
    public CertificateStatus? Status { get; set; }
    public string? EffectiveOn { get; set; }
    public string? Reason { get; set; }
}
