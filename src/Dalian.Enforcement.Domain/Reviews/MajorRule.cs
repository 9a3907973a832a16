using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;

namespace Dalian.Enforcement.Domain.Reviews;

/// <summary>What a rule of the catalogue (重大执法决定法制审核目录清单) looks at.</summary>
public enum MajorRuleKind
{
    /// <summary>A fine at or above (or above) an amount, for the kinds of party named.</summary>
    Fine,

    /// <summary>没收违法所得、没收非法财物 at or above (or above) an amount.</summary>
    Confiscation,

    /// <summary>Any of the named kinds of penalty, e.g. 吊销许可证件, 责令停产停业, 责令关闭、限制从业, 降低资质等级.</summary>
    Penalty,

    /// <summary>Any decision made after a hearing (行政处罚法 art. 58(2)).</summary>
    Hearing,

    /// <summary>Every decision under one matter of the agency's list.</summary>
    Matter,

    /// <summary>Every decision of one category, e.g. kinds of 行政强制.</summary>
    Category,
}

/// <summary>The handler's own flag (行政处罚法 art. 58(1)(3)): a case may be marked major with a reason, never unmarked.</summary>
public enum MajorReason
{
    /// <summary>案件情况疑难复杂、涉及多个法律关系.</summary>
    Complex,

    /// <summary>涉及重大公共利益.</summary>
    PublicInterest,
}

/// <summary>
/// One rule of an agency's catalogue. Amounts, and whether the bound is inclusive (含本数) or exclusive (不含本数),
/// belong to the rule, since provinces differ (长治: fines above ¥10,000 exclusive; 巩义: ¥10,000 and above).
/// </summary>
public sealed record MajorRule
{
    public required string Code { get; init; }

    public required MajorRuleKind Kind { get; init; }

    /// <summary>The rule as published, e.g. 对公民处以一万元以上罚款.</summary>
    public string Title { get; init; } = "";

    /// <summary>For a fine: the kinds of party it applies to (none named: every party).</summary>
    public IReadOnlyList<PartyKind> Parties { get; init; } = [];

    public decimal? Amount { get; init; }

    /// <summary>含本数: the amount itself is major.</summary>
    public bool Inclusive { get; init; } = true;

    public PenaltyKinds Penalties { get; init; }

    public string MatterCode { get; init; } = "";

    public EnforcementCategory? Category { get; init; }

    /// <summary>Where the rule comes from (the province's rule, the law's article).</summary>
    public string Basis { get; init; } = "";

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var name = Title.Length > 0 ? Title : Code;
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > 20)
        {
            problems.Add("规则编号不能为空，且不超过20个字符。");
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 200)
        {
            problems.Add($"规则“{Code}”须填写规则内容（不超过200字）。");
        }

        if (Kind is MajorRuleKind.Fine or MajorRuleKind.Confiscation && Amount is not > 0)
        {
            problems.Add($"规则“{name}”须填写大于零的金额。");
        }

        if (Kind == MajorRuleKind.Penalty && Penalties == PenaltyKinds.None)
        {
            problems.Add($"规则“{name}”须选择至少一种处罚种类。");
        }

        if (Kind == MajorRuleKind.Matter && string.IsNullOrWhiteSpace(MatterCode))
        {
            problems.Add($"规则“{name}”须填写执法事项编码。");
        }

        if (Kind == MajorRuleKind.Category && Category is null)
        {
            problems.Add($"规则“{name}”须选择执法类别。");
        }

        return problems;
    }

    /// <summary>Whether the decision described by <paramref name="facts"/> falls under this rule.</summary>
    public bool Matches(MajorFacts facts) => Kind switch
    {
        MajorRuleKind.Fine => facts.Category == EnforcementCategory.Penalty && (Parties.Count == 0 || Parties.Contains(facts.PartyKind))
            && Reaches(facts.Fine),
        MajorRuleKind.Confiscation => facts.Category == EnforcementCategory.Penalty && Reaches(facts.Confiscated),
        MajorRuleKind.Penalty => facts.Category == EnforcementCategory.Penalty && (facts.Penalties & Penalties) != 0,
        MajorRuleKind.Hearing => facts.HearingHeld,
        MajorRuleKind.Matter => string.Equals(facts.MatterCode, MatterCode.Trim(), StringComparison.OrdinalIgnoreCase),
        MajorRuleKind.Category => facts.Category == Category,
        _ => false,
    };

    private bool Reaches(decimal? value) => value is { } v && Amount is { } bound && (Inclusive ? v >= bound : v > bound);

    /// <summary>A starting catalogue with the thresholds most agencies publish (to be adjusted to the province's rule before submission).</summary>
    public static IReadOnlyList<MajorRule> Template() =>
    [
        new() { Code = "F1", Kind = MajorRuleKind.Fine, Title = "对公民（含个体工商户）处以一万元以上罚款", Parties = [PartyKind.NaturalPerson, PartyKind.IndividualBusiness], Amount = 10_000m, Basis = "本省重大行政执法决定法制审核办法" },
        new() { Code = "F2", Kind = MajorRuleKind.Fine, Title = "对法人或者其他组织处以十万元以上罚款", Parties = [PartyKind.Organisation], Amount = 100_000m, Basis = "本省重大行政执法决定法制审核办法" },
        new() { Code = "P1", Kind = MajorRuleKind.Penalty, Title = "降低资质等级、吊销许可证件", Penalties = PenaltyKinds.QualificationDowngrade | PenaltyKinds.LicenceRevocation, Basis = "《中华人民共和国行政处罚法》第五十八条" },
        new() { Code = "P2", Kind = MajorRuleKind.Penalty, Title = "限制开展生产经营活动、责令停产停业、责令关闭、限制从业", Penalties = PenaltyKinds.BusinessRestriction | PenaltyKinds.ProductionSuspension | PenaltyKinds.PracticeRestriction, Basis = "《中华人民共和国行政处罚法》第五十八条" },
        new() { Code = "H1", Kind = MajorRuleKind.Hearing, Title = "经过听证程序作出的行政执法决定", Basis = "《中华人民共和国行政处罚法》第五十八条第一款第二项" },
    ];
}

public static class MajorTerms
{
    public static string Title(this MajorRuleKind kind) => kind switch
    {
        MajorRuleKind.Fine => "罚款数额",
        MajorRuleKind.Confiscation => "没收数额",
        MajorRuleKind.Penalty => "处罚种类",
        MajorRuleKind.Hearing => "经过听证",
        MajorRuleKind.Matter => "执法事项",
        _ => "执法类别",
    };

    public static string Title(this MajorReason flag) => flag == MajorReason.Complex ? "案件情况疑难复杂、涉及多个法律关系" : "涉及重大公共利益";
}

/// <summary>What classification reads of a draft decision and its case.</summary>
public sealed record MajorFacts(EnforcementCategory Category, string MatterCode, PartyKind PartyKind, decimal? Fine, decimal? Confiscated,
    PenaltyKinds Penalties, bool HearingHeld, MajorReason? Flag = null, string FlagReason = "");

/// <summary>One version of an agency's catalogue: in force from the day the justice bureau approved it.</summary>
public sealed record CatalogueVersion(int Version, DateOnly InForceFrom, IReadOnlyList<MajorRule> Rules);

/// <summary>Whether a decision is major, and why: the rules of the catalogue version in force that matched, and the handler's flag.</summary>
public sealed record MajorClassification(int? CatalogueVersion, IReadOnlyList<MajorRule> Matched, MajorReason? Flag, string FlagReason)
{
    public bool IsMajor => Matched.Count > 0 || Flag is not null;

    /// <summary>The reasons in words: 目录第 2 版 F2 对法人……；承办人标记：涉及重大公共利益（理由）.</summary>
    public string Basis()
    {
        var parts = Matched.Select(r => $"目录第 {CatalogueVersion} 版 {r.Code} {r.Title}").ToList();
        if (Flag is { } flag)
        {
            parts.Add($"承办人标记：{flag.Title()}（{FlagReason}）");
        }

        return parts.Count == 0 ? "不属于重大执法决定" : string.Join("；", parts);
    }

    /// <summary>
    /// Classifies a decision on <paramref name="on"/> (its decision date): the catalogue version approved last on or before that
    /// day applies; a decision made before the first version is major only by the handler's flag.
    /// </summary>
    public static MajorClassification Of(IEnumerable<CatalogueVersion> versions, DateOnly on, MajorFacts facts)
    {
        var version = versions.Where(v => v.InForceFrom <= on).MaxBy(v => v.Version);
        var matched = version is null ? [] : version.Rules.Where(r => r.Matches(facts)).ToList();
        return new MajorClassification(version?.Version, matched, facts.Flag, facts.FlagReason);
    }
}
