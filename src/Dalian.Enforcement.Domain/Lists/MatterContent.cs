using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Domain.Lists;

/// <summary>服务指南: what a party needs to know to deal with the matter.</summary>
public sealed record ServiceGuide
{
    public string AcceptingBody { get; init; } = "";
    public string ApprovingBody { get; init; } = "";
    public string Conditions { get; init; } = "";
    public IReadOnlyList<string> Materials { get; init; } = [];
    public string Process { get; init; } = "";
    public string TimeLimit { get; init; } = "";
    public string Fees { get; init; } = "";
    public string OfficeHours { get; init; } = "";
    public string Address { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Supervision { get; init; } = "";
    public string Accountability { get; init; } = "";
}

/// <summary>
/// One entry of the enforcement matter list (行政执法事项清单), as reviewed and published in a version
/// of the agency's list. The code identifies the matter across versions.
/// </summary>
public sealed record MatterContent
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required EnforcementCategory Category { get; init; }
    public required string LegalBasis { get; init; }
    public string Duty { get; init; } = "";
    public string Power { get; init; } = "";

    /// <summary>A publication period set by law for this matter, overriding the category's (另有规定).</summary>
    public StatutoryPeriod? StatutoryPeriod { get; init; }

    /// <summary>重大执法决定目录: the situations in which a decision under this matter is major.</summary>
    public IReadOnlyList<string> MajorDecisionCriteria { get; init; } = [];

    public ServiceGuide Guide { get; init; } = new();

    public IReadOnlyList<FlowStep> Flowchart { get; init; } = [];

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > 30)
        {
            problems.Add("事项编码不能为空，且不超过30个字符。");
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            problems.Add("事项名称不能为空，且不超过100个字。");
        }

        if (string.IsNullOrWhiteSpace(LegalBasis))
        {
            problems.Add($"事项“{Name}”缺少法律依据。");
        }

        if (StatutoryPeriod is { Period.Days: <= 0 or > 365 })
        {
            problems.Add($"事项“{Name}”的法定公开期限应为1至365日。");
        }

        if (StatutoryPeriod is { } statutory && string.IsNullOrWhiteSpace(statutory.LegalBasis))
        {
            problems.Add($"事项“{Name}”另有规定的公开期限须注明依据。");
        }

        problems.AddRange(Lists.Flowchart.Problems(Flowchart).Select(p => $"事项“{Name}”：{p}"));
        return problems;
    }
}

/// <summary>One entry of the random-inspection item list (随机抽查事项清单, "双随机、一公开").</summary>
public sealed record InspectionItemContent
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string InspectingBody { get; init; }
    public required string Basis { get; init; }
    public required string ObjectType { get; init; }
    public required string Content { get; init; }
    public required string Proportion { get; init; }
    public required string Method { get; init; }
    public required string Frequency { get; init; }

    public IReadOnlyList<string> Problems() =>
        new[] { Code, Name, InspectingBody, Basis, ObjectType, Content, Proportion, Method, Frequency }.Any(string.IsNullOrWhiteSpace)
            ? [$"抽查事项“{Name}”的抽查主体、依据、对象、内容、比例、方式和频次均须填写。"]
            : [];
}
