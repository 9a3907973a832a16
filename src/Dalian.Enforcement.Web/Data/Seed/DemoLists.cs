using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>The demo's water-law matter list (two approved versions) and inspection lists.</summary>
public static class DemoLists
{
    private const string Water = "盘锦市大洼区水利局";

    /// <summary>Version 1 (2025) has the first eleven matters; version 2 (2026) adds the twelfth and updates one.</summary>
    public static IReadOnlyList<MatterContent> WaterMatters(int version) =>
    [
        Licensing("DWSL-XK-001", "取水许可", "《中华人民共和国水法》第四十八条；《取水许可和水资源费征收管理条例》第二条",
            "取水用途、取水量符合水资源规划和用水总量控制要求", ["取水许可申请书", "建设项目水资源论证报告书（表）", "与第三者利害关系的相关说明"]),
        Licensing("DWSL-XK-002", "河道管理范围内建设项目工程建设方案审批", "《中华人民共和国水法》第三十八条；《中华人民共和国防洪法》第二十七条；《中华人民共和国河道管理条例》第十一条",
            "建设项目符合防洪标准和有关技术要求，不影响河势稳定和堤防安全", ["申请书", "建设项目所依据的文件", "建设方案及防洪评价报告"]),
        Licensing("DWSL-XK-003", "生产建设项目水土保持方案审批", "《中华人民共和国水土保持法》第二十五条、第二十六条",
            "水土保持方案符合水土保持技术标准", ["水土保持方案审批申请", "水土保持方案报告书"]),
        Licensing("DWSL-XK-004", "河道采砂许可", "《中华人民共和国河道管理条例》第二十五条；《辽宁省河道管理条例》",
            "在采砂规划确定的可采区内，按规定的范围、深度和期限开采", ["河道采砂申请书", "采砂作业方案", "采砂船舶或机具的有关证明"]),
        Licensing("DWSL-XK-005", "利用堤顶、戗台兼做公路审批", "《中华人民共和国河道管理条例》第十五条",
            "不影响堤防安全和防汛抢险", ["申请书", "堤顶道路设计方案"]),
        Penalty("DWSL-CF-001", "对未经批准擅自取水的处罚", "《中华人民共和国水法》第六十九条"),
        Penalty("DWSL-CF-002", "对在河道管理范围内违法采砂的处罚", "《中华人民共和国水法》第六十五条；《中华人民共和国河道管理条例》第四十四条"),
        Penalty("DWSL-CF-003", "对在河道管理范围内建设妨碍行洪的建筑物、构筑物的处罚", "《中华人民共和国水法》第六十五条；《中华人民共和国防洪法》第五十五条"),
        Penalty("DWSL-CF-004", "对生产建设项目未编制水土保持方案擅自开工的处罚", "《中华人民共和国水土保持法》第五十三条"),
        Coercion("DWSL-QZ-001", "对妨碍行洪的违法建筑物、构筑物的强制拆除", "《中华人民共和国水法》第六十五条；《中华人民共和国行政强制法》第五十条"),
        Inspection("DWSL-JC-001", "对取用水单位取水情况的监督检查", version == 1
            ? "《中华人民共和国水法》第六十条"
            : "《中华人民共和国水法》第六十条；《取水许可和水资源费征收管理条例》第四十五条"),
        .. version >= 2
            ? [Levy("DWSL-ZS-001", "水土保持补偿费征收", "《中华人民共和国水土保持法》第三十二条；《水土保持补偿费征收使用管理办法》")]
            : Array.Empty<MatterContent>(),
    ];

    public static IReadOnlyList<InspectionItemContent> WaterInspections() =>
    [
        Item("DWSL-SC-001", "取水许可事项监督检查", "《中华人民共和国水法》第六十条", "取用水单位", "取水许可证、计量设施、取水量", "5%"),
        Item("DWSL-SC-002", "河道管理范围内建设项目监督检查", "《中华人民共和国河道管理条例》第十一条", "在建涉河建设项目", "是否按批准的方案施工", "10%"),
        Item("DWSL-SC-003", "生产建设项目水土保持监督检查", "《中华人民共和国水土保持法》第二十九条", "生产建设单位", "水土保持方案落实和补偿费缴纳", "10%"),
    ];

    public static IReadOnlyList<InspectionItemContent> MarketInspections() =>
    [
        Item("DWSC-SC-001", "食品生产经营监督检查", "《中华人民共和国食品安全法》第一百一十条", "食品生产经营者", "生产经营条件、进货查验、标签标识", "3%", "盘锦市大洼区市场监督管理局"),
        Item("DWSC-SC-002", "产品质量监督抽查", "《中华人民共和国产品质量法》第十五条", "产品生产者、销售者", "产品质量是否符合标准", "2%", "盘锦市大洼区市场监督管理局"),
    ];

    private static MatterContent Licensing(string code, string name, string basis, string conditions, IReadOnlyList<string> materials) => new()
    {
        Code = code,
        Name = name,
        Category = EnforcementCategory.Licensing,
        LegalBasis = basis,
        Duty = "依法审查申请材料，对符合条件的在法定期限内作出准予许可决定",
        Power = "行政许可",
        MajorDecisionCriteria = ["撤销或者吊销许可证件"],
        Guide = Guide("20个工作日（不含听证、专家评审时间）") with { Conditions = conditions, Materials = materials, Fees = "不收费" },
        Flowchart =
        [
            new(1, "申请人提交申请", null, [new(2)]),
            new(2, "受理", "对申请材料进行形式审查", [new(3, "材料齐全、符合法定形式"), new(7, "材料不全或不符合法定形式")]),
            new(3, "审查", "书面审查，必要时现场核查", [new(4)]),
            new(4, "作出决定", null, [new(5, "符合条件"), new(6, "不符合条件")]),
            new(5, "准予许可，颁发许可证件并送达", null, [new(8)]),
            new(6, "不予许可，说明理由并告知复议、诉讼权利", null, [new(8)]),
            new(7, "一次性告知需要补正的全部内容", null, [new(1, "补正后重新提交")]),
            new(8, "办结，7个工作日内公开许可决定"),
        ],
    };

    private static MatterContent Penalty(string code, string name, string basis) => new()
    {
        Code = code,
        Name = name,
        Category = EnforcementCategory.Penalty,
        LegalBasis = basis,
        Duty = "依法查处违法行为，做到事实清楚、证据确凿、程序合法、处罚适当",
        Power = "行政处罚",
        MajorDecisionCriteria = ["对公民处以1万元以上罚款", "对法人或者其他组织处以10万元以上罚款", "责令停产停业"],
        Guide = Guide("自立案之日起九十日内作出处罚决定（《中华人民共和国行政处罚法》第六十条）") with { Conditions = "存在违反水法律法规的行为", Fees = "不收费" },
        Flowchart =
        [
            new(1, "发现违法线索", "日常巡查、群众举报、上级交办或其他部门移送", [new(2)]),
            new(2, "立案", null, [new(3)]),
            new(3, "调查取证", "两名以上持证执法人员，出示执法证件，全程记录", [new(4)]),
            new(4, "案件审查", null, [new(5, "违法事实成立"), new(11, "违法事实不成立")]),
            new(5, "告知拟作出的处罚决定及陈述、申辩、听证权利", null, [new(6)]),
            new(6, "听取陈述申辩，依申请组织听证", null, [new(7, "属于重大执法决定"), new(8, "不属于重大执法决定")]),
            new(7, "法制审核", "未经法制审核或审核未通过的，不得作出决定", [new(8)]),
            new(8, "作出行政处罚决定", null, [new(9)]),
            new(9, "送达行政处罚决定书", null, [new(10)]),
            new(10, "执行", null, [new(12)]),
            new(11, "不予行政处罚，撤销案件", null, [new(12)]),
            new(12, "结案归档，7个工作日内公开处罚决定"),
        ],
    };

    private static MatterContent Coercion(string code, string name, string basis) => new()
    {
        Code = code,
        Name = name,
        Category = EnforcementCategory.Coercion,
        LegalBasis = basis,
        Duty = "当事人逾期不拆除的，依法代履行或申请人民法院强制执行",
        Power = "行政强制",
        MajorDecisionCriteria = ["强制拆除建筑物、构筑物"],
        Guide = Guide("按催告书载明的期限") with { Conditions = "当事人逾期不履行拆除义务，危害防洪安全", Fees = "代履行费用由当事人承担" },
        Flowchart =
        [
            new(1, "责令限期拆除", null, [new(2)]),
            new(2, "书面催告", null, [new(3)]),
            new(3, "听取陈述申辩", null, [new(4, "当事人自行拆除"), new(5, "逾期仍不拆除")]),
            new(4, "核查拆除情况", null, [new(7)]),
            new(5, "法制审核并作出代履行决定", null, [new(6)]),
            new(6, "代履行", "全程音像记录", [new(7)]),
            new(7, "结案，20个工作日内公开强制决定"),
        ],
    };

    private static MatterContent Inspection(string code, string name, string basis) => new()
    {
        Code = code,
        Name = name,
        Category = EnforcementCategory.Inspection,
        LegalBasis = basis,
        Duty = "依法对取用水行为进行监督检查",
        Power = "行政检查",
        Guide = Guide("按年度检查计划") with { Conditions = "列入年度检查计划或随机抽取", Fees = "不收费" },
        Flowchart =
        [
            new(1, "制定检查计划", null, [new(2)]),
            new(2, "现场检查", "两名以上持证执法人员，出示执法证件", [new(3, "发现问题"), new(4, "未发现问题")]),
            new(3, "责令整改或立案查处", null, [new(4)]),
            new(4, "检查结果20个工作日内公开"),
        ],
    };

    private static MatterContent Levy(string code, string name, string basis) => new()
    {
        Code = code,
        Name = name,
        Category = EnforcementCategory.Levy,
        LegalBasis = basis,
        Duty = "依法核定并征收水土保持补偿费",
        Power = "行政征收",
        Guide = Guide("按核定通知书载明的期限缴纳") with { Conditions = "在水土流失重点预防区和重点治理区开办生产建设项目", Fees = "按核定标准缴纳" },
        Flowchart =
        [
            new(1, "缴费义务人申报", null, [new(2)]),
            new(2, "核定应缴金额", null, [new(3)]),
            new(3, "缴纳入库"),
        ],
    };

    private static ServiceGuide Guide(string timeLimit) => new()
    {
        AcceptingBody = Water + "（区政务服务中心水利窗口）",
        ApprovingBody = Water,
        Process = "见本事项流程图",
        TimeLimit = timeLimit,
        OfficeHours = "工作日 8:30—11:30，13:00—17:00（法定节假日除外）",
        Address = "盘锦市大洼区大洼街道示例路88号",
        Phone = "0427-6000101",
        Supervision = "区司法局行政执法监督科 0427-6000309",
        Accountability = "对违法实施行政执法的，依照《中华人民共和国行政处罚法》《中华人民共和国行政许可法》等规定追究责任。",
    };

    private static InspectionItemContent Item(string code, string name, string basis, string objects, string content, string proportion, string body = Water) => new()
    {
        Code = code,
        Name = name,
        InspectingBody = body,
        Basis = basis,
        ObjectType = objects,
        Content = content,
        Proportion = $"不低于{proportion}",
        Method = "双随机抽查（随机抽取检查对象、随机选派执法检查人员），现场检查与书面检查相结合",
        Frequency = "每年至少一次",
    };

    /// <summary>The water bureau's catalogue: version 1 (January 2025) and version 2 (March 2026, lower thresholds, confiscation added).</summary>
    public static IReadOnlyList<Domain.Reviews.MajorRule> WaterCatalogue(int version)
    {
        const string Basis = "《辽宁省重大行政执法决定法制审核办法》；本局重大执法决定法制审核目录";
        var persons = new[] { PartyKind.NaturalPerson, PartyKind.IndividualBusiness };
        return
        [
            new() { Code = "F1", Kind = Domain.Reviews.MajorRuleKind.Fine, Title = version == 1 ? "对公民（含个体工商户）处以四万元以上罚款" : "对公民（含个体工商户）处以三万元以上罚款", Parties = persons, Amount = version == 1 ? 40_000m : 30_000m, Basis = Basis },
            new() { Code = "F2", Kind = Domain.Reviews.MajorRuleKind.Fine, Title = version == 1 ? "对法人或者其他组织处以十万元以上罚款" : "对法人或者其他组织处以八万元以上罚款", Parties = [PartyKind.Organisation], Amount = version == 1 ? 100_000m : 80_000m, Basis = Basis },
            new() { Code = "P1", Kind = Domain.Reviews.MajorRuleKind.Penalty, Title = "降低资质等级、吊销许可证件", Penalties = PenaltyKinds.QualificationDowngrade | PenaltyKinds.LicenceRevocation, Basis = "《中华人民共和国行政处罚法》第五十八条" },
            new() { Code = "P2", Kind = Domain.Reviews.MajorRuleKind.Penalty, Title = "责令停产停业、责令关闭、限制从业", Penalties = PenaltyKinds.ProductionSuspension | PenaltyKinds.PracticeRestriction | PenaltyKinds.BusinessRestriction, Basis = "《中华人民共和国行政处罚法》第五十八条" },
            new() { Code = "H1", Kind = Domain.Reviews.MajorRuleKind.Hearing, Title = "经过听证程序作出的行政处罚决定", Basis = "《中华人民共和国行政处罚法》第五十八条第一款第二项" },
            .. version == 1 ? Array.Empty<Domain.Reviews.MajorRule>() :
            [
                new() { Code = "C1", Kind = Domain.Reviews.MajorRuleKind.Confiscation, Title = "没收违法所得、非法财物价值五万元以上", Amount = 50_000m, Basis = Basis },
            ],
        ];
    }
}
