namespace Dalian.Enforcement.Domain.Deadlines;

/// <summary>The categories of administrative enforcement (行政执法类别).</summary>
public enum EnforcementCategory
{
    Licensing,
    Penalty,
    Coercion,
    Inspection,
    Levy,
    Requisition,
    Payment,
    Confirmation,
    Reward,
    Adjudication,
    Other,
}

public static class EnforcementCategories
{
    public static IReadOnlyList<EnforcementCategory> All { get; } = Enum.GetValues<EnforcementCategory>();

    public static string Title(this EnforcementCategory category) => category switch
    {
        EnforcementCategory.Licensing => "行政许可",
        EnforcementCategory.Penalty => "行政处罚",
        EnforcementCategory.Coercion => "行政强制",
        EnforcementCategory.Inspection => "行政检查",
        EnforcementCategory.Levy => "行政征收",
        EnforcementCategory.Requisition => "行政征用",
        EnforcementCategory.Payment => "行政给付",
        EnforcementCategory.Confirmation => "行政确认",
        EnforcementCategory.Reward => "行政奖励",
        EnforcementCategory.Adjudication => "行政裁决",
        _ => "其他",
    };
}
