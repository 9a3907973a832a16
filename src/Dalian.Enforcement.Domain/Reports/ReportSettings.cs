using Dalian.Enforcement.Domain.Decisions;

namespace Dalian.Enforcement.Domain.Reports;

public enum AmountUnit
{
    /// <summary>万元, as Guangdong, Zhejiang and Henan publish.</summary>
    TenThousandYuan,

    /// <summary>元, as Datong publishes.</summary>
    Yuan,
}

/// <summary>
/// The annual report's counting settings (section "Reports"), because provinces differ: the light-to-heavy order of penalty
/// kinds under which each decision is counted once, and the unit of 罚没金额. See docs/rules.md.
/// </summary>
public sealed class ReportSettings
{
    /// <summary>
    /// Light to heavy (Datong 2021, Guangdong 2018): 其他 is the lightest, so a named kind beside it counts under the named kind.
    /// Every kind appears once; a setting that leaves one out or repeats one is refused at start-up. (Null takes the default: a bound
    /// list would otherwise be appended to the default one.)
    /// </summary>
    public List<PenaltyKinds>? PenaltyOrder { get; set; }

    public IReadOnlyList<PenaltyKinds> Order => PenaltyOrder ?? DefaultOrder;

    public static IReadOnlyList<PenaltyKinds> DefaultOrder { get; } =
    [
        PenaltyKinds.Other, PenaltyKinds.Warning, PenaltyKinds.Fine, PenaltyKinds.Confiscation, PenaltyKinds.LicenceSuspension,
        PenaltyKinds.QualificationDowngrade, PenaltyKinds.BusinessRestriction, PenaltyKinds.ProductionSuspension, PenaltyKinds.PracticeRestriction,
        PenaltyKinds.LicenceRevocation, PenaltyKinds.Detention,
    ];

    public AmountUnit AmountUnit { get; set; } = AmountUnit.TenThousandYuan;

    /// <summary>Why the order cannot be used, or null.</summary>
    public string? OrderProblem()
    {
        var missing = DecisionTerms.AllPenaltyKinds.Except(Order).ToList();
        return missing.Count > 0 ? $"Reports:PenaltyOrder lacks {string.Join(", ", missing)}"
            : Order.Count != DecisionTerms.AllPenaltyKinds.Count ? "Reports:PenaltyOrder names a kind twice or one that does not exist"
            : null;
    }

    /// <summary>The one kind a decision is counted under: the heaviest of those it imposes, in <see cref="Order"/>; None if it imposes none.</summary>
    public PenaltyKinds Heaviest(PenaltyKinds kinds) => Order.LastOrDefault(k => kinds.HasFlag(k));

    public string UnitTitle => AmountUnit == AmountUnit.Yuan ? "元" : "万元";

    /// <summary>
    /// An amount in yuan in the report's unit: the total in 万元 is rounded once, to two decimals, half away from zero (四舍五入);
    /// in 元 it is kept to the fen.
    /// </summary>
    public decimal InUnit(decimal yuan) => AmountUnit == AmountUnit.Yuan
        ? decimal.Round(yuan, 2, MidpointRounding.AwayFromZero)
        : decimal.Round(yuan / 10_000m, 2, MidpointRounding.AwayFromZero);
}
