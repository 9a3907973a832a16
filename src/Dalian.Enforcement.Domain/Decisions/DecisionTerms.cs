namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>The stages of a decision record. Only <see cref="Published"/> is ever public.</summary>
public enum DecisionState
{
    /// <summary>草稿: being recorded, no deadline yet.</summary>
    Draft,

    /// <summary>已作出: the publication clock runs.</summary>
    Decided,

    /// <summary>已公开.</summary>
    Published,

    /// <summary>不予公开: recorded with its reason and approver; still counted in statistics.</summary>
    NotDisclosed,

    /// <summary>已撤回: the decision was revoked or changed and its public copy came down.</summary>
    Withdrawn,
}

/// <summary>行政相对人类别 (双公示).</summary>
public enum PartyKind
{
    /// <summary>法人及非法人组织.</summary>
    Organisation,

    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>个体工商户.</summary>
    IndividualBusiness,
}

/// <summary>证件类型 of a natural person.</summary>
public enum IdDocumentType
{
    ResidentId,
    Passport,
    HongKongMacaoPass,
    TaiwanPass,
    ForeignPermanentResidentId,
    Other,
}

/// <summary>
/// 处罚类别 (行政处罚法 art. 9, 2021), one flag per kind the annual report counts; a decision may impose several.
/// The values are stored: new kinds take new bits.
/// </summary>
[Flags]
public enum PenaltyKinds
{
    None = 0,

    /// <summary>警告、通报批评.</summary>
    Warning = 1,
    Fine = 2,

    /// <summary>没收违法所得、没收非法财物.</summary>
    Confiscation = 4,

    /// <summary>暂扣许可证件.</summary>
    LicenceSuspension = 8,

    /// <summary>责令停产停业.</summary>
    ProductionSuspension = 16,

    /// <summary>责令关闭、限制从业.</summary>
    PracticeRestriction = 32,
    Detention = 64,
    Other = 128,

    /// <summary>降低资质等级.</summary>
    QualificationDowngrade = 256,

    /// <summary>吊销许可证件.</summary>
    LicenceRevocation = 512,

    /// <summary>限制开展生产经营活动.</summary>
    BusinessRestriction = 1024,
}

/// <summary>许可类别 (双公示).</summary>
public enum LicenceKind
{
    General,
    Franchise,
    Recognition,
    Verification,
    Registration,
    Other,
}

/// <summary>不予公开的理由 (国办发〔2018〕118号 and 政府信息公开条例).</summary>
public enum NonDisclosureReason
{
    StateSecret,
    CommercialSecret,
    PersonalPrivacy,
    Minor,
}

/// <summary>Why a published decision comes down: the act that revoked or replaced it.</summary>
public enum WithdrawalReason
{
    Revoked,
    Changed,
    ConfirmedIllegal,
    ConfirmedVoid,
    OrderedAnew,
}

/// <summary>双随机抽查结果.</summary>
public enum InspectionResult
{
    NoProblem,
    Corrected,
    CaseFiled,
    NotFound,
}

/// <summary>The Chinese names of the decision terms, as the portal shows them.</summary>
public static class DecisionTerms
{
    public static string Title(this DecisionState state) => state switch
    {
        DecisionState.Draft => "草稿",
        DecisionState.Decided => "已作出待公开",
        DecisionState.Published => "已公开",
        DecisionState.NotDisclosed => "不予公开",
        _ => "已撤回",
    };

    public static string Title(this PartyKind kind) => kind switch
    {
        PartyKind.Organisation => "法人及非法人组织",
        PartyKind.NaturalPerson => "自然人",
        _ => "个体工商户",
    };

    public static string Title(this IdDocumentType type) => type switch
    {
        IdDocumentType.ResidentId => "居民身份证",
        IdDocumentType.Passport => "护照",
        IdDocumentType.HongKongMacaoPass => "港澳居民来往内地通行证",
        IdDocumentType.TaiwanPass => "台湾居民来往大陆通行证",
        IdDocumentType.ForeignPermanentResidentId => "外国人永久居留身份证",
        _ => "其他",
    };

    /// <summary>The kinds in the order of 行政处罚法 art. 9.</summary>
    public static IReadOnlyList<PenaltyKinds> AllPenaltyKinds { get; } =
    [
        PenaltyKinds.Warning, PenaltyKinds.Fine, PenaltyKinds.Confiscation, PenaltyKinds.LicenceSuspension, PenaltyKinds.QualificationDowngrade,
        PenaltyKinds.LicenceRevocation, PenaltyKinds.BusinessRestriction, PenaltyKinds.ProductionSuspension, PenaltyKinds.PracticeRestriction,
        PenaltyKinds.Detention, PenaltyKinds.Other,
    ];

    /// <summary>The kinds that take a licence or qualification: the decision names the document affected.</summary>
    public const PenaltyKinds OnLicence = PenaltyKinds.LicenceSuspension | PenaltyKinds.QualificationDowngrade | PenaltyKinds.LicenceRevocation;

    public static string Title(this PenaltyKinds kind) => kind switch
    {
        PenaltyKinds.Warning => "警告、通报批评",
        PenaltyKinds.Fine => "罚款",
        PenaltyKinds.Confiscation => "没收违法所得、没收非法财物",
        PenaltyKinds.LicenceSuspension => "暂扣许可证件",
        PenaltyKinds.QualificationDowngrade => "降低资质等级",
        PenaltyKinds.LicenceRevocation => "吊销许可证件",
        PenaltyKinds.BusinessRestriction => "限制开展生产经营活动",
        PenaltyKinds.ProductionSuspension => "责令停产停业",
        PenaltyKinds.PracticeRestriction => "责令关闭、限制从业",
        PenaltyKinds.Detention => "行政拘留",
        PenaltyKinds.Other => "其他",
        _ => string.Join("；", AllPenaltyKinds.Where(k => kind.HasFlag(k)).Select(k => k.Title())),
    };

    public static string Title(this LicenceKind kind) => kind switch
    {
        LicenceKind.General => "普通",
        LicenceKind.Franchise => "特许",
        LicenceKind.Recognition => "认可",
        LicenceKind.Verification => "核准",
        LicenceKind.Registration => "登记",
        _ => "其他",
    };

    public static string Title(this NonDisclosureReason reason) => reason switch
    {
        NonDisclosureReason.StateSecret => "涉及国家秘密",
        NonDisclosureReason.CommercialSecret => "涉及商业秘密",
        NonDisclosureReason.PersonalPrivacy => "涉及个人隐私",
        _ => "涉及未成年人",
    };

    public static string Title(this WithdrawalReason reason) => reason switch
    {
        WithdrawalReason.Revoked => "被撤销",
        WithdrawalReason.Changed => "被变更",
        WithdrawalReason.ConfirmedIllegal => "被确认违法",
        WithdrawalReason.ConfirmedVoid => "被确认无效",
        _ => "被责令重新作出",
    };

    public static string Title(this InspectionResult result) => result switch
    {
        InspectionResult.NoProblem => "未发现问题",
        InspectionResult.Corrected => "发现问题，已责令整改",
        InspectionResult.CaseFiled => "发现问题，已立案查处",
        _ => "未发现检查对象",
    };
}
