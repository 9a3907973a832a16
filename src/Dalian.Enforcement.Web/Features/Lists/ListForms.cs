using System.Globalization;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Web.Features.Lists;

/// <summary>One matter of a draft list, as a form; multi-valued fields are one item per line.</summary>
public sealed class MatterForm
{
    /// <summary>The draft's stamp when the form was opened (optimistic concurrency).</summary>
    public int Stamp { get; set; }

    public string? OriginalCode { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public EnforcementCategory Category { get; set; } = EnforcementCategory.Licensing;
    public string? LegalBasis { get; set; }
    public string? Duty { get; set; }
    public string? Power { get; set; }
    public string? StatutoryDays { get; set; }
    public PeriodUnit StatutoryUnit { get; set; } = PeriodUnit.WorkingDays;
    public string? StatutoryBasis { get; set; }
    public string? MajorCriteria { get; set; }
    public string? AcceptingBody { get; set; }
    public string? ApprovingBody { get; set; }
    public string? Conditions { get; set; }
    public string? Materials { get; set; }
    public string? Process { get; set; }
    public string? TimeLimit { get; set; }
    public string? Fees { get; set; }
    public string? OfficeHours { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Supervision { get; set; }
    public string? Accountability { get; set; }
    public string? Flowchart { get; set; }

    public static MatterForm From(MatterContent m) => new()
    {
        OriginalCode = m.Code,
        Code = m.Code,
        Name = m.Name,
        Category = m.Category,
        LegalBasis = m.LegalBasis,
        Duty = m.Duty,
        Power = m.Power,
        StatutoryDays = m.StatutoryPeriod?.Period.Days.ToString(CultureInfo.InvariantCulture),
        StatutoryUnit = m.StatutoryPeriod?.Period.Unit ?? PeriodUnit.WorkingDays,
        StatutoryBasis = m.StatutoryPeriod?.LegalBasis,
        MajorCriteria = string.Join("\n", m.MajorDecisionCriteria),
        AcceptingBody = m.Guide.AcceptingBody,
        ApprovingBody = m.Guide.ApprovingBody,
        Conditions = m.Guide.Conditions,
        Materials = string.Join("\n", m.Guide.Materials),
        Process = m.Guide.Process,
        TimeLimit = m.Guide.TimeLimit,
        Fees = m.Guide.Fees,
        OfficeHours = m.Guide.OfficeHours,
        Address = m.Guide.Address,
        Phone = m.Guide.Phone,
        Supervision = m.Guide.Supervision,
        Accountability = m.Guide.Accountability,
        Flowchart = FlowchartText.Format(m.Flowchart),
    };

    /// <summary>The matter the form describes, or the problems that stop it, field by field.</summary>
    public (MatterContent? Matter, IReadOnlyList<(string Field, string Message)> Problems) ToMatter()
    {
        var problems = new List<(string, string)>();
        StatutoryPeriod? statutory = null;
        if (!string.IsNullOrWhiteSpace(StatutoryDays))
        {
            if (int.TryParse(StatutoryDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                statutory = new StatutoryPeriod(new Period(days, StatutoryUnit), StatutoryBasis?.Trim() ?? "");
            }
            else
            {
                problems.Add((nameof(StatutoryDays), $"法定公开期限“{StatutoryDays}”应为正整数天数。"));
            }
        }

        var (steps, flowProblems) = FlowchartText.Parse(Flowchart);
        problems.AddRange(flowProblems.Select(p => (nameof(Flowchart), p)));
        var matter = new MatterContent
        {
            Code = Trim(Code),
            Name = Trim(Name),
            Category = Category,
            LegalBasis = Trim(LegalBasis),
            Duty = Trim(Duty),
            Power = Trim(Power),
            StatutoryPeriod = statutory,
            MajorDecisionCriteria = Lines(MajorCriteria),
            Guide = new ServiceGuide
            {
                AcceptingBody = Trim(AcceptingBody),
                ApprovingBody = Trim(ApprovingBody),
                Conditions = Trim(Conditions),
                Materials = Lines(Materials),
                Process = Trim(Process),
                TimeLimit = Trim(TimeLimit),
                Fees = Trim(Fees),
                OfficeHours = Trim(OfficeHours),
                Address = Trim(Address),
                Phone = Trim(Phone),
                Supervision = Trim(Supervision),
                Accountability = Trim(Accountability),
            },
            Flowchart = steps,
        };
        if (flowProblems.Count == 0)
        {
            problems.AddRange(matter.Problems().Select(p => (FieldOf(p), p)));
        }

        return problems.Count == 0 ? (matter, []) : (null, problems);
    }

    /// <summary>The form field a domain problem belongs to, so it is shown beside that field.</summary>
    private static string FieldOf(string problem) => problem switch
    {
        _ when problem.Contains("流程图", StringComparison.Ordinal) || problem.Contains("步骤", StringComparison.Ordinal) => nameof(Flowchart),
        _ when problem.Contains("编码", StringComparison.Ordinal) => nameof(Code),
        _ when problem.Contains("法律依据", StringComparison.Ordinal) => nameof(LegalBasis),
        _ when problem.Contains("期限", StringComparison.Ordinal) => nameof(StatutoryDays),
        _ => nameof(Name),
    };

    private static string Trim(string? text) => text?.Trim() ?? "";

    private static string[] Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>One item of a draft random-inspection list, as a form.</summary>
public sealed class InspectionForm
{
    public int Stamp { get; set; }

    public string? OriginalCode { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? InspectingBody { get; set; }
    public string? Basis { get; set; }
    public string? ObjectType { get; set; }
    public string? Content { get; set; }
    public string? Proportion { get; set; }
    public string? Method { get; set; }
    public string? Frequency { get; set; }

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [nameof(Code)] = "事项编码",
        [nameof(Name)] = "抽查事项",
        [nameof(InspectingBody)] = "抽查主体",
        [nameof(Basis)] = "抽查依据",
        [nameof(ObjectType)] = "抽查对象",
        [nameof(Content)] = "抽查内容",
        [nameof(Proportion)] = "抽查比例",
        [nameof(Method)] = "抽查方式",
        [nameof(Frequency)] = "抽查频次",
    };

    public static string Value(InspectionItemContent item, string field) => field switch
    {
        nameof(Code) => item.Code,
        nameof(Name) => item.Name,
        nameof(InspectingBody) => item.InspectingBody,
        nameof(Basis) => item.Basis,
        nameof(ObjectType) => item.ObjectType,
        nameof(Content) => item.Content,
        nameof(Proportion) => item.Proportion,
        nameof(Method) => item.Method,
        _ => item.Frequency,
    };

    public static InspectionForm From(InspectionItemContent i) => new()
    {
        OriginalCode = i.Code,
        Code = i.Code,
        Name = i.Name,
        InspectingBody = i.InspectingBody,
        Basis = i.Basis,
        ObjectType = i.ObjectType,
        Content = i.Content,
        Proportion = i.Proportion,
        Method = i.Method,
        Frequency = i.Frequency,
    };

    public InspectionItemContent ToItem() => new()
    {
        Code = Code?.Trim() ?? "",
        Name = Name?.Trim() ?? "",
        InspectingBody = InspectingBody?.Trim() ?? "",
        Basis = Basis?.Trim() ?? "",
        ObjectType = ObjectType?.Trim() ?? "",
        Content = Content?.Trim() ?? "",
        Proportion = Proportion?.Trim() ?? "",
        Method = Method?.Trim() ?? "",
        Frequency = Frequency?.Trim() ?? "",
    };
}
