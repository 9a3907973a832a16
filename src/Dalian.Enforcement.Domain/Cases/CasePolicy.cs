using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Domain.Cases;

/// <summary>
/// The case rules kept as settings (section "Cases"), so an agency can follow its province's: each category's
/// stages, the clocks, and the default audio-video requirement of each stage. A category, clock list or stage
/// left out of the settings takes the defaults below (<see cref="WithDefaults"/>). See docs/rules.md.
/// </summary>
public sealed class CasePolicy
{
    public Dictionary<EnforcementCategory, CaseProcedure> Procedures { get; set; } = [];

    public List<CaseClockRule> Clocks { get; set; } = [];

    /// <summary>
    /// 音像记录 by stage code where the agency's own list says nothing (国办发〔2018〕118号: 查封扣押、强制拆除 and other
    /// on-site acts on personal liberty, life, health or major property mandatory; 现场检查、调查取证、听证、送达 as needed).
    /// </summary>
    public Dictionary<string, AvLevel> AvDefaults { get; set; } = new()
    {
        ["investigation"] = AvLevel.AsNeeded,
        ["hearing"] = AvLevel.AsNeeded,
        ["service"] = AvLevel.AsNeeded,
        ["examination"] = AvLevel.AsNeeded,
        ["check"] = AvLevel.AsNeeded,
        ["implementation"] = AvLevel.Mandatory,
    };

    /// <summary>A stage stated as taking place more than this many days before it is recorded is a backdated entry: it needs a reason.</summary>
    public int BackdateGraceDays { get; set; } = 1;

    public CaseProcedure? Procedure(EnforcementCategory category) => Procedures.GetValueOrDefault(category);

    public IEnumerable<CaseClockRule> ClocksOf(EnforcementCategory category) => Clocks.Where(c => c.Category == category);

    public AvLevel AvDefault(string stageCode) => AvDefaults.GetValueOrDefault(stageCode, AvLevel.NotNeeded);

    /// <summary>The bound settings with the defaults filled in where they say nothing.</summary>
    public CasePolicy WithDefaults()
    {
        foreach (var (category, procedure) in DefaultProcedures())
        {
            Procedures.TryAdd(category, procedure);
        }

        if (Clocks.Count == 0)
        {
            Clocks.AddRange(DefaultClocks());
        }

        return this;
    }

    public static CasePolicy Default() => new CasePolicy().WithDefaults();

    private static Dictionary<EnforcementCategory, CaseProcedure> DefaultProcedures() => new()
    {
        // 行政处罚法 (2021) arts. 54–66, general procedure.
        [EnforcementCategory.Penalty] = new()
        {
            NumberMark = "立",
            Stages =
            [
                Stage("filing", "立案", document: "立案审批表"),
                Stage("investigation", "调查取证", officers: 2, record: true),
                Stage("report", "案件审查", document: "调查终结报告"),
                Stage("notice", "告知", document: "行政处罚事先告知书"),
                Stage("statement", "陈述申辩", StageRequirement.Optional, "当事人放弃陈述申辩的可跳过"),
                Stage("hearing", "听证", StageRequirement.Conditional, "当事人申请听证", officers: 2, document: "听证通知书", record: true),
                Stage("legal-review", "法制审核", StageRequirement.Conditional, "重大执法决定", document: "法制审核意见书", reviews: true),
                Stage("discussion", "集体讨论", StageRequirement.Conditional, "情节复杂或者重大违法行为给予行政处罚", document: "集体讨论记录"),
                Stage("decision", "决定", document: "行政处罚决定书", decides: true),
                Stage("service", "送达", document: "送达回证"),
                Stage("execution", "执行"),
                Stage("closing", "结案", document: "结案审批表"),
            ],
        },

        // 行政许可法 arts. 29–44.
        [EnforcementCategory.Licensing] = new()
        {
            NumberMark = "许受",
            Stages =
            [
                Stage("application", "申请", document: "申请材料接收凭证"),
                Stage("acceptance", "受理", document: "受理通知书"),
                Stage("examination", "审查", record: true),
                Stage("decision", "决定", document: "行政许可决定书", decides: true),
                Stage("service", "送达", document: "送达回证"),
            ],
        },
        [EnforcementCategory.Inspection] = new()
        {
            NumberMark = "检",
            Stages =
            [
                Stage("check", "检查", officers: 2, record: true),
                Stage("result", "结果", decides: true),
                Stage("follow-up", "处理", StageRequirement.Optional, "检查未发现问题的可跳过"),
            ],
        },

        // 行政强制法 arts. 18–28.
        [EnforcementCategory.Coercion] = new()
        {
            NumberMark = "强",
            Stages =
            [
                Stage("decision", "决定", document: "行政强制措施决定书", decides: true),
                Stage("implementation", "实施", officers: 2, record: true),
                Stage("release", "解除或处理", document: "处理决定书"),
            ],
        },
    };

    private static IEnumerable<CaseClockRule> DefaultClocks() =>
    [
        Clock("立案期限", EnforcementCategory.Penalty, CaseClockRule.Discovery, "filing", Period.WorkingDays(15),
            "本单位执法程序规定（默认参照《市场监督管理行政处罚程序规定》第十八条：自发现线索之日起十五个工作日内）"),
        Clock("处罚决定期限", EnforcementCategory.Penalty, "filing", "decision", Period.CalendarDays(90),
            "《中华人民共和国行政处罚法》第六十条：自立案之日起九十日内作出行政处罚决定", 30,
            "行政处罚法第六十条“法律、法规、规章另有规定的，从其规定”（默认参照《市场监督管理行政处罚程序规定》第六十四条：经负责人批准可延长三十日）"),
        Clock("送达期限", EnforcementCategory.Penalty, "decision", "service", Period.WorkingDays(7),
            "《中华人民共和国行政处罚法》第六十一条、第八十五条：七日内送达，“七日”指工作日"),
        Clock("许可决定期限", EnforcementCategory.Licensing, "acceptance", "decision", Period.WorkingDays(20),
            "《中华人民共和国行政许可法》第四十二条：自受理之日起二十日内作出决定，第八十二条：期限以工作日计算", 10,
            "《中华人民共和国行政许可法》第四十二条：经本行政机关负责人批准，可以延长十日"),
        Clock("送达期限", EnforcementCategory.Licensing, "decision", "service", Period.WorkingDays(10),
            "《中华人民共和国行政许可法》第四十四条：自作出决定之日起十日内颁发、送达"),
    ];

    private static StageDefinition Stage(string code, string name, StageRequirement requirement = StageRequirement.Required, string condition = "",
        int officers = 1, string document = "", bool decides = false, bool record = false, bool reviews = false) =>
        new()
        {
            Code = code,
            Name = name,
            Requirement = requirement,
            Condition = condition,
            MinOfficers = officers,
            Document = document,
            Decides = decides,
            RecordRequired = record,
            Reviews = reviews,
        };

    private static CaseClockRule Clock(string name, EnforcementCategory category, string from, string to, Period period, string basis,
        int extension = 0, string extensionBasis = "") =>
        new()
        {
            Name = name,
            Category = category,
            From = from,
            To = to,
            Days = period.Days,
            Unit = period.Unit,
            LegalBasis = basis,
            MaxExtension = extension,
            ExtensionBasis = extensionBasis,
        };
}
