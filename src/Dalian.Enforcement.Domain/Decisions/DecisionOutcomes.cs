namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>What a licensing decision decided. Approved changes and renewals count as grants in the annual report.</summary>
public enum LicenceOutcome
{
    Granted,
    Changed,
    Renewed,
    Refused,
}

/// <summary>How a penalty decision used its discretion (行政处罚法 arts. 32–33): the report counts 减轻处罚 and 不予处罚.</summary>
public enum PenaltyDiscretion
{
    Ordinary,
    Lighter,
    Mitigated,

    /// <summary>不予行政处罚决定: no penalty kind is imposed.</summary>
    NotPunished,
}

/// <summary>
/// 行政强制 (行政强制法 arts. 9 and 12): the measures and the ways of execution a coercion decision takes, one flag each. The
/// values are stored: new kinds take new bits.
/// </summary>
[Flags]
public enum CoercionKinds
{
    None = 0,

    /// <summary>查封场所、设施或者财物.</summary>
    Sealing = 1,

    /// <summary>扣押财物.</summary>
    Seizure = 2,

    /// <summary>冻结存款、汇款.</summary>
    Freezing = 4,

    /// <summary>其他行政强制措施.</summary>
    OtherMeasure = 8,

    /// <summary>加处罚款或者滞纳金.</summary>
    LatePayment = 16,

    /// <summary>划拨存款、汇款.</summary>
    Transfer = 32,

    /// <summary>拍卖或者依法处理查封、扣押的场所、设施或者财物.</summary>
    Auction = 64,

    /// <summary>排除妨碍、恢复原状.</summary>
    Restoration = 128,

    /// <summary>代履行.</summary>
    Substitution = 256,

    /// <summary>其他强制执行方式.</summary>
    OtherExecution = 512,

    /// <summary>申请人民法院强制执行 (art. 53).</summary>
    CourtApplication = 1024,
}

public static class DecisionOutcomes
{
    public static IReadOnlyList<CoercionKinds> Measures { get; } =
        [CoercionKinds.Sealing, CoercionKinds.Seizure, CoercionKinds.Freezing, CoercionKinds.OtherMeasure];

    public static IReadOnlyList<CoercionKinds> Executions { get; } =
    [
        CoercionKinds.LatePayment, CoercionKinds.Transfer, CoercionKinds.Auction, CoercionKinds.Restoration, CoercionKinds.Substitution,
        CoercionKinds.OtherExecution,
    ];

    public static IReadOnlyList<CoercionKinds> AllCoercionKinds { get; } = [.. Measures, .. Executions, CoercionKinds.CourtApplication];

    /// <summary>A grant in the sense of the report's 许可数量: granted, changed or renewed.</summary>
    public static bool Grants(this LicenceOutcome outcome) => outcome != LicenceOutcome.Refused;

    public static string Title(this LicenceOutcome outcome) => outcome switch
    {
        LicenceOutcome.Granted => "准予许可",
        LicenceOutcome.Changed => "准予变更",
        LicenceOutcome.Renewed => "准予延续",
        _ => "不予许可",
    };

    public static string Title(this PenaltyDiscretion discretion) => discretion switch
    {
        PenaltyDiscretion.Ordinary => "依法处罚",
        PenaltyDiscretion.Lighter => "从轻处罚",
        PenaltyDiscretion.Mitigated => "减轻处罚",
        _ => "不予处罚",
    };

    public static string Title(this CoercionKinds kind) => kind switch
    {
        CoercionKinds.Sealing => "查封场所、设施或者财物",
        CoercionKinds.Seizure => "扣押财物",
        CoercionKinds.Freezing => "冻结存款、汇款",
        CoercionKinds.OtherMeasure => "其他行政强制措施",
        CoercionKinds.LatePayment => "加处罚款或者滞纳金",
        CoercionKinds.Transfer => "划拨存款、汇款",
        CoercionKinds.Auction => "拍卖或者依法处理查封、扣押的财物",
        CoercionKinds.Restoration => "排除妨碍、恢复原状",
        CoercionKinds.Substitution => "代履行",
        CoercionKinds.OtherExecution => "其他强制执行方式",
        CoercionKinds.CourtApplication => "申请人民法院强制执行",
        _ => string.Join("；", AllCoercionKinds.Where(k => kind.HasFlag(k)).Select(k => k.Title())),
    };
}
