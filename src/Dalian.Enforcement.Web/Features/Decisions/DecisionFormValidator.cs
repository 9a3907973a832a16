using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;
using FluentValidation;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// The 双公示 items each category requires, with field-level messages in Chinese. Checks that need the
/// database or today's date (duplicate document number, officers' certificates, the agency's founding
/// date, a future decision date) are made by the controller.
/// </summary>
public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    /// <summary>Above this a fine is a typing error (一百亿元): refused rather than published.</summary>
    public const decimal MaxAmount = 10_000_000_000m;

    public DecisionFormValidator()
    {
        RuleFor(f => f.PartyName).NotEmpty().WithMessage("请填写当事人名称。").MaximumLength(200).WithMessage("当事人名称不超过200字。");
        RuleFor(f => f.PartyKind).IsInEnum().WithMessage("请选择当事人类别。");
        RuleFor(f => f.PenaltyKinds).Must(kinds => kinds.All(k => DecisionTerms.AllPenaltyKinds.Contains(k))).WithMessage("处罚类别无效。");
        RuleFor(f => f.DocumentNumber).NotEmpty().WithMessage("请填写决定文书号。").MaximumLength(100).WithMessage("决定文书号不超过100字。");
        RuleFor(f => f.DecisionDate).Must(d => IsoDate.Parse(d) is not null).WithMessage("请按 YYYY-MM-DD 填写决定日期。");

        When(f => f.PartyKind != PartyKind.NaturalPerson, () =>
        {
            RuleFor(f => f.CreditCode).Must(c => UnifiedSocialCreditCode.IsValid((c ?? "").Trim().ToUpperInvariant()))
                .WithMessage("统一社会信用代码无效：应为18位，末位校验码应符合 GB 32100-2015。");
            RuleFor(f => f.LegalRepresentative).NotEmpty().WithMessage("请填写法定代表人（负责人、经营者）。")
                .MaximumLength(50).WithMessage("法定代表人（负责人、经营者）最多50字。");
        });
        When(f => f.PartyKind == PartyKind.NaturalPerson, () =>
        {
            RuleFor(f => f.IdType).NotNull().WithMessage("请选择证件类型。").IsInEnum().WithMessage("请选择证件类型。");
            RuleFor(f => f.IdNumber).NotEmpty().WithMessage("请填写证件号码（仅用于核对，不公开）。").MaximumLength(40).WithMessage("证件号码最多40个字符。");
            RuleFor(f => f.IdNumber).Must(n => ResidentIdNumber.IsValid((n ?? "").Trim().ToUpperInvariant()))
                .When(f => f.IdType == IdDocumentType.ResidentId && !string.IsNullOrWhiteSpace(f.IdNumber))
                .WithMessage("居民身份证号码无效：应为18位，末位校验码应符合 GB 11643。");
        });

        When(f => f.Category == EnforcementCategory.Penalty, () =>
        {
            RuleFor(f => f.ViolationType).NotEmpty().WithMessage("请填写违法行为类型。");
            RuleFor(f => f.Facts).NotEmpty().WithMessage("请填写违法事实。");
            RuleFor(f => f.LegalBasis).NotEmpty().WithMessage("请填写处罚依据。");
            RuleFor(f => f.Discretion).IsInEnum().WithMessage("请选择裁量情形。");
            RuleFor(f => f.PenaltyKinds).NotEmpty().When(f => f.Discretion != PenaltyDiscretion.NotPunished).WithMessage("请至少选择一种处罚类别。");
            RuleFor(f => f.PenaltyKinds).Empty().When(f => f.Discretion == PenaltyDiscretion.NotPunished).WithMessage("不予处罚的决定不应选择处罚类别。");
            RuleFor(f => f.Content).NotEmpty().WithMessage("请填写处罚内容。");
            RuleFor(f => f.FineAmount).NotEmpty().When(f => f.PenaltyKinds.Contains(PenaltyKinds.Fine)).WithMessage("选择了罚款，请填写罚款金额。");
            RuleFor(f => f.ConfiscatedAmount).NotEmpty().When(f => f.PenaltyKinds.Contains(PenaltyKinds.Confiscation)).WithMessage("选择了没收，请填写没收金额。");
            RuleFor(f => f.LicenceAffected).NotEmpty().When(f => f.PenaltyKinds.Any(k => (k & DecisionTerms.OnLicence) != 0)).WithMessage("请填写暂扣、降级或吊销的证照名称及编号。");
        });
        When(f => f.Category == EnforcementCategory.Licensing, () =>
        {
            RuleFor(f => f.DocumentName).NotEmpty().WithMessage("请填写许可决定文书名称。");
            RuleFor(f => f.LicenceOutcome).IsInEnum().WithMessage("请选择许可决定。");
            RuleFor(f => f.LicenceKind).NotNull().WithMessage("请选择许可类别。").IsInEnum().WithMessage("请选择许可类别。");
            RuleFor(f => f.Content).NotEmpty().WithMessage("请填写许可内容。");
            RuleFor(f => f.ValidFrom).Must(d => IsoDate.Parse(d) is not null).WithMessage("请按 YYYY-MM-DD 填写有效期起始日期。");
            RuleFor(f => f.ValidTo).Must((f, d) => IsoDate.Parse(d) is { } to && (IsoDate.Parse(f.ValidFrom) is not { } from || to >= from))
                .When(f => !string.IsNullOrWhiteSpace(f.ValidTo)).WithMessage("有效期至应为不早于起始日期的 YYYY-MM-DD 日期。");
        });
        When(f => f.Category == EnforcementCategory.Inspection, () =>
        {
            RuleFor(f => f.InspectionTask).NotEmpty().WithMessage("请填写抽查任务。");
            RuleFor(f => f.InspectionResult).NotNull().WithMessage("请选择抽查结果。").IsInEnum().WithMessage("请选择抽查结果。");
        });
        RuleFor(f => f.CoercionKinds).Must(kinds => kinds.All(k => DecisionOutcomes.AllCoercionKinds.Contains(k))).WithMessage("强制措施或执行方式无效。");
        When(f => f.Category == EnforcementCategory.Coercion, () =>
            RuleFor(f => f.CoercionKinds).NotEmpty().WithMessage("请至少选择一种强制措施或执行方式。"));
        When(f => f.Category is not (EnforcementCategory.Penalty or EnforcementCategory.Licensing or EnforcementCategory.Inspection), () =>
        {
            RuleFor(f => f.Content).NotEmpty().WithMessage("请填写决定内容。");
            RuleFor(f => f.LegalBasis).NotEmpty().WithMessage("请填写执法依据。");
        });

        RuleFor(f => f.FineAmount).Must(BeAnAmount).WithMessage($"罚款金额应为不超过{MaxAmount:0}元的非负数，最多两位小数。");
        RuleFor(f => f.LevyAmount).Must(BeAnAmount).WithMessage($"金额应为不超过{MaxAmount:0}元的非负数，最多两位小数。");
        RuleFor(f => f.ConfiscatedAmount).Must(BeAnAmount).WithMessage($"没收金额应为不超过{MaxAmount:0}元的非负数，最多两位小数。");
        RuleFor(f => f.PublicUntil).Must((f, d) => IsoDate.Parse(d) is { } until && (IsoDate.Parse(f.DecisionDate) is not { } decided || until >= decided))
            .When(f => !string.IsNullOrWhiteSpace(f.PublicUntil)).WithMessage("公示截止期应为不早于决定日期的 YYYY-MM-DD 日期。");
        RuleFor(f => f.OfficerIds).Must(ids => ids.Distinct().Count() >= 2).WithMessage("请选择至少两名承办执法人员。");

        foreach (var (field, label, max) in new (System.Linq.Expressions.Expression<Func<DecisionForm, string?>>, string, int)[]
        {
            (f => f.ViolationType, "违法行为类型", 200), (f => f.Facts, "违法事实", 4000), (f => f.LegalBasis, "依据", 2000),
            (f => f.Content, "决定内容", 4000), (f => f.LicenceAffected, "暂扣或吊销的证照", 500), (f => f.CertificateName, "许可证书名称", 200),
            (f => f.CertificateNumber, "许可编号", 100), (f => f.DocumentName, "决定文书名称", 200), (f => f.InspectionTask, "抽查任务", 200),
            (f => f.Findings, "检查发现的问题", 4000), (f => f.FollowUp, "后续处理", 2000), (f => f.Remarks, "备注", 1000),
        })
        {
            RuleFor(field).MaximumLength(max).WithMessage($"{label}最多{max}字。");
        }

        // A natural person's ID number belongs only in its own field, which is never published.
        RuleFor(f => f.PartyName).Must(n => !PersonalDataScanner.ContainsPersonalData(n ?? "")).WithMessage("当事人名称中不能含有证件号码、手机号码或银行卡号。");
    }

    private static bool BeAnAmount(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || (DecisionForm.ParseAmount(text) is { } value && value >= 0 && value <= MaxAmount && decimal.Round(value, 2) == value);
}
