using System.Globalization;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;

namespace Dalian.Enforcement.Web.Features.Lists;

/// <summary>One rule of a draft catalogue (重大执法决定法制审核目录清单), as a form.</summary>
public sealed class RuleForm
{
    public int Stamp { get; set; }

    public string? OriginalCode { get; set; }
    public string? Code { get; set; }
    public MajorRuleKind Kind { get; set; }
    public string? Title { get; set; }
    public List<PartyKind> Parties { get; set; } = [];
    public string? Amount { get; set; }
    public bool Inclusive { get; set; } = true;
    public List<PenaltyKinds> Penalties { get; set; } = [];
    public string? MatterCode { get; set; }
    public EnforcementCategory? Category { get; set; }
    public string? Basis { get; set; }

    public static RuleForm From(MajorRule r) => new()
    {
        OriginalCode = r.Code,
        Code = r.Code,
        Kind = r.Kind,
        Title = r.Title,
        Parties = [.. r.Parties],
        Amount = r.Amount?.ToString(CultureInfo.InvariantCulture),
        Inclusive = r.Inclusive,
        Penalties = [.. DecisionTerms.AllPenaltyKinds.Where(k => r.Penalties.HasFlag(k))],
        MatterCode = r.MatterCode,
        Category = r.Category,
        Basis = r.Basis,
    };

    /// <summary>The rule, or what is wrong beside its field; only the fields of the chosen kind are kept.</summary>
    public (MajorRule? Rule, List<(string Field, string Message)> Problems) ToRule()
    {
        var problems = new List<(string, string)>();
        decimal? amount = null;
        if (Kind is MajorRuleKind.Fine or MajorRuleKind.Confiscation)
        {
            if (decimal.TryParse(Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1_000_000_000_000m)
            {
                amount = decimal.Round(value, 2);
            }
            else
            {
                problems.Add((nameof(Amount), "请填写大于零的金额（元），例如 100000。"));
            }
        }

        var rule = new MajorRule
        {
            Code = (Code ?? "").Trim(),
            Kind = Kind,
            Title = (Title ?? "").Trim(),
            Parties = Kind == MajorRuleKind.Fine ? [.. Parties.Distinct()] : [],
            Amount = amount,
            Inclusive = Kind is not (MajorRuleKind.Fine or MajorRuleKind.Confiscation) || Inclusive,
            Penalties = Kind == MajorRuleKind.Penalty ? Penalties.Aggregate(PenaltyKinds.None, (a, k) => a | k) : PenaltyKinds.None,
            MatterCode = Kind == MajorRuleKind.Matter ? (MatterCode ?? "").Trim() : "",
            Category = Kind == MajorRuleKind.Category ? Category : null,
            Basis = (Basis ?? "").Trim(),
        };
        if (rule.Code.Length is 0 or > 20)
        {
            problems.Add((nameof(Code), "请填写规则编号（不超过20个字符），例如 F1。"));
        }

        if (rule.Title.Length is 0 or > 200)
        {
            problems.Add((nameof(Title), "请填写规则内容（不超过200字），例如：对法人或者其他组织处以十万元以上罚款。"));
        }

        if (rule.Basis.Length > 200)
        {
            problems.Add((nameof(Basis), "依据不超过200字。"));
        }

        if (Kind == MajorRuleKind.Penalty && rule.Penalties == PenaltyKinds.None)
        {
            problems.Add((nameof(Penalties), "请选择至少一种处罚种类。"));
        }

        if (Kind == MajorRuleKind.Matter && rule.MatterCode.Length is 0 or > 30)
        {
            problems.Add((nameof(MatterCode), "请填写执法事项编码（见本机关的行政执法事项清单）。"));
        }

        if (Kind == MajorRuleKind.Category && rule.Category is null)
        {
            problems.Add((nameof(Category), "请选择执法类别。"));
        }

        return problems.Count == 0 ? (rule, problems) : (null, problems);
    }
}
