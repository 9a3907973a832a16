using System.Globalization;
using Dalian.Enforcement.Domain.Decisions;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>
/// The text of the demo decisions, one template per water-law matter of <see cref="DemoLists"/>: parties,
/// facts, legal basis, penalties, licences and inspection results. Free text always says 当事人, never a
/// person's name, ID number or address, so nothing private can reach a published item.
/// </summary>
internal static class DemoDecisionContent
{
    private static readonly string[] s_rivers = ["辽河", "大辽河", "绕阳河", "一统河", "太平河"];
    private static readonly string[] s_uses = ["水产养殖", "稻田灌溉", "稻米加工", "车辆清洗"];
    private static readonly string[] s_licensedUses = ["水产养殖", "稻田灌溉", "稻米加工", "生产用水"];
    private static readonly string[] s_structures = ["养殖看护房", "彩钢板仓库", "砖混结构平房", "临时码头", "阻水围埝"];
    private static readonly string[] s_projects = ["光伏发电项目", "物流园项目", "住宅小区项目", "稻米加工厂扩建项目", "风电场项目"];

    private static readonly HashSet<string> s_known =
    [
        "DWSL-XK-001", "DWSL-XK-002", "DWSL-XK-003", "DWSL-XK-004", "DWSL-XK-005", "DWSL-CF-001", "DWSL-CF-002",
        "DWSL-CF-003", "DWSL-CF-004", "DWSL-QZ-001", "DWSL-JC-001", "DWSL-ZS-001",
    ];

    /// <summary>The matters of the demo lists that have a template here.</summary>
    public static bool Knows(string code) => s_known.Contains(code);

    /// <summary>How common decisions under the matter are, relative to others of its category.</summary>
    public static int Weight(string code) => code switch
    {
        "DWSL-CF-002" or "DWSL-XK-001" => 4,
        "DWSL-CF-001" or "DWSL-CF-003" or "DWSL-XK-002" => 3,
        "DWSL-XK-003" or "DWSL-XK-004" => 2,
        _ => 1,
    };

    /// <summary>Matters whose party may be a natural person.</summary>
    public static bool AcceptsPersons(string code) => code is "DWSL-CF-001" or "DWSL-CF-002" or "DWSL-CF-003" or "DWSL-QZ-001";

    /// <summary>Levies began with version 2 of the water list (approved 2026-03-16).</summary>
    public static DateOnly FirstUse(string code) => code == "DWSL-ZS-001" ? new DateOnly(2026, 3, 17) : DateOnly.MinValue;

    /// <summary>The unit whose officers usually handle the matter: the soil station for 水保, the brigade for cases.</summary>
    public static string? HandlingUnit(string code) => code switch
    {
        "DWSL-XK-003" or "DWSL-CF-004" or "DWSL-ZS-001" => DemoRegisters.SoilConservation,
        _ when code.Contains("-CF-", StringComparison.Ordinal) || code.Contains("-QZ-", StringComparison.Ordinal)
            || code.Contains("-JC-", StringComparison.Ordinal) => DemoRegisters.WaterInspection,
        _ => null,
    };

    public static DemoParty PartyFor(string code, Random r) => code switch
    {
        "DWSL-CF-001" => DemoParties.Pick(r, "水产养殖", "水产养殖场", 70, 10),
        "DWSL-CF-002" => DemoParties.Pick(r, "砂石", "砂石经销处", 40, 40),
        "DWSL-CF-003" => DemoParties.Pick(r, "农业开发", "家庭农场", 50, 30),
        "DWSL-QZ-001" => DemoParties.Pick(r, "农业开发", "家庭农场", 30, 50),
        "DWSL-XK-001" or "DWSL-JC-001" => DemoParties.Pick(r, Pick(r, ["水产养殖", "米业", "食品"]), "水产养殖场", 85, 0),
        "DWSL-XK-002" or "DWSL-XK-005" => DemoParties.Pick(r, Pick(r, ["路桥工程", "建筑工程", "水利工程"]), "", 100, 0),
        "DWSL-XK-004" => DemoParties.Pick(r, "砂石", "", 100, 0),
        _ => DemoParties.Pick(r, Pick(r, ["建筑工程", "新能源", "房地产开发"]), "", 100, 0),
    };

    /// <summary>Fills the party and the text of a decision under the matter; <paramref name="serial"/> numbers its certificate.</summary>
    public static void Fill(DecisionContent d, string code, string matterBasis, DemoParty party, int serial, Random r)
    {
        (d.PartyKind, d.PartyName, d.CreditCode, d.IdNumber, d.LegalRepresentative) =
            (party.Kind, party.Name, party.CreditCode, party.IdNumber, party.Representative);
        d.IdType = party.IdNumber is null ? null : IdDocumentType.ResidentId;
        var person = party.Kind != PartyKind.Organisation;
        var place = $"{Pick(r, DemoParties.Towns)}{Pick(r, s_rivers)}";
        var (day, year) = (d.DecisionDate, d.DecisionDate.Year);
        var structure = Pick(r, s_structures);
        var area = 30 + r.Next(200);
        var project = $"{Pick(r, DemoParties.Towns)}{Pick(r, s_projects)}";
        var severe = r.Next(20) == 0;
        switch (code)
        {
            case "DWSL-CF-001" when severe:
                Penalty(d, "未依照批准的取水许可规定条件取水", $"当事人自{Month(day, 6)}起超过取水许可证核定的水量取水，经计量核算超许可取水约{2000 + r.Next(200) * 100}立方米，经责令限期改正后逾期仍未改正，情节严重。",
                    "《中华人民共和国水法》第六十九条第二项；《取水许可和水资源费征收管理条例》第四十八条", Fine(r, 20000, 100000, 500), PenaltyKinds.LicenceRevocation,
                    "责令停止违法行为；吊销取水许可证");
                d.LicenceAffected = $"取水许可证（取水（大洼）字〔{year - 2}〕第{1 + r.Next(60):D3}号）";
                break;
            case "DWSL-CF-001":
                Penalty(d, "未经批准擅自取水", $"当事人自{Month(day, 4)}起在{place}岸边擅自安装水泵取水用于{Pick(r, s_uses)}，经现场勘验和计量核算，累计取水约{2000 + r.Next(200) * 100}立方米，未取得取水许可。",
                    "《中华人民共和国水法》第四十八条、第六十九条第一项", Fine(r, 20000, person ? 50000 : 100000, 500), PenaltyKinds.None,
                    $"责令停止违法取水行为，限{5 + r.Next(10)}日内拆除取水设施");
                if (person && d.FineAmount < 22500m)
                {
                    d.Discretion = PenaltyDiscretion.Mitigated; // 行政处罚法 art. 32: consequences removed of the party's own accord
                    d.Content += "（当事人主动消除违法行为危害后果，依法减轻处罚）";
                }

                break;
            case "DWSL-CF-002":
                var sand = 80 + r.Next(60) * 10;
                var income = sand * (35m + r.Next(16) * 0.5m);
                var warningOnly = person && r.Next(5) == 0;
                Penalty(d, "未经批准在河道管理范围内采砂", $"当事人于{Month(day, 1)}未经批准，在{place}段河道管理范围内使用{Pick(r, ["挖掘机", "吸砂泵", "装载机"])}采挖河砂约{sand}立方米{(warningOnly ? "自用，未对外销售，无违法所得" : $"并对外销售，违法所得{Yuan(income)}元")}。",
                    "《中华人民共和国河道管理条例》第二十五条、第四十四条", warningOnly ? null : Fine(r, person ? 2000 : 10000, person ? 30000 : 100000, 500),
                    PenaltyKinds.Warning | (warningOnly ? PenaltyKinds.None : PenaltyKinds.Confiscation), "责令停止违法采砂行为，恢复河道原状；给予警告");
                d.ConfiscatedAmount = warningOnly ? null : income;
                d.Content += warningOnly ? "" : $"；没收违法所得{Yuan(income)}元";
                break;
            case "DWSL-CF-003":
                Penalty(d, "在河道管理范围内建设妨碍行洪的建筑物、构筑物", $"当事人于{Month(day, 3)}未经水行政主管部门同意，在{place}段河道管理范围内建设{structure}约{area}平方米，妨碍行洪。",
                    "《中华人民共和国水法》第三十七条第二款、第六十五条第一款", Fine(r, 10000, person ? 30000 : 100000, 1000), PenaltyKinds.None,
                    $"责令停止违法行为，限{10 + r.Next(20)}日内拆除违法建筑物、构筑物，恢复原状");
                break;
            case "DWSL-CF-004":
                Penalty(d, "依法应当编制水土保持方案的生产建设项目未编制水土保持方案擅自开工建设",
                    $"当事人建设的{project}依法应当编制水土保持方案，当事人未编制水土保持方案即于{Month(day, 5)}开工建设，扰动地表面积约{Hectares(r)}公顷。经责令限期补办手续，当事人逾期仍未补办。",
                    "《中华人民共和国水土保持法》第二十五条、第五十三条第一项", Fine(r, 50000, 300000, 5000), PenaltyKinds.None, "责令停止违法行为，限期补办水土保持方案审批手续");
                d.Remarks = d.FineAmount >= 100000m ? "本案属于重大执法决定，已经法制审核。" : "";
                break;
            case "DWSL-QZ-001":
                (d.DocumentName, d.ViolationType, d.LegalBasis) = ("代履行决定书", "逾期不拆除妨碍行洪的建筑物、构筑物", matterBasis);
                d.Facts = $"当事人在{place}段河道管理范围内建设的{structure}（约{area}平方米）妨碍行洪，本机关责令其限期拆除，经书面催告，当事人逾期仍未拆除。";
                d.Content = $"自{Date(day.AddDays(10))}起对上述{structure}实施代履行拆除，代履行费用{Yuan(area * 85.5m)}元由当事人承担。";
                d.CoercionKinds = CoercionKinds.Substitution;
                break;
            case "DWSL-JC-001":
                Inspection(d, matterBasis, r);
                break;
            case "DWSL-ZS-001":
                var land = 5000 + r.Next(2000) * 100;
                (d.DocumentName, d.LegalBasis) = ("水土保持补偿费缴纳通知书", matterBasis);
                d.Content = $"核定{project}应缴纳水土保持补偿费{Yuan(land * 1.4m)}元（征占用土地面积{land}平方米，按每平方米1.4元计征），请于收到本通知书之日起30日内缴纳。";
                d.LevyAmount = land * 1.4m;
                break;
            default:
                Licence(d, code, matterBasis, serial, place, project, r);
                break;
        }
    }

    /// <summary>A decision made anew after <paramref name="original"/> was revoked or changed: same party and facts.</summary>
    public static void Replace(DecisionContent d, Decision original, WithdrawalReason reason)
    {
        (d.PartyKind, d.PartyName, d.CreditCode, d.IdType, d.IdNumber, d.LegalRepresentative) =
            (original.PartyKind, original.PartyName, original.CreditCode, original.IdType, original.IdNumber, original.LegalRepresentative);
        (d.DocumentName, d.ViolationType, d.Facts, d.LegalBasis, d.PenaltyKinds, d.Content, d.FineAmount, d.ConfiscatedAmount, d.LicenceAffected) =
            (original.DocumentName, original.ViolationType, original.Facts, original.LegalBasis, original.PenaltyKinds, original.Content,
             original.FineAmount, original.ConfiscatedAmount, original.LicenceAffected);
        if (reason == WithdrawalReason.Changed && original.FineAmount is { } fine)
        {
            d.FineAmount = Math.Round(fine * 0.6m / 100m) * 100m;
            d.Content = original.Content.Replace(Yuan(fine), Yuan(d.FineAmount.Value), StringComparison.Ordinal);
        }

        d.PublicUntil = original.PublicUntil is { } until ? d.DecisionDate.AddDays(until.DayNumber - original.DecisionDate.DayNumber) : null;
        d.Remarks = $"原{original.DocumentNumber}决定{reason.Title()}，本决定系重新作出的决定。";
    }

    private static void Penalty(DecisionContent d, string violation, string facts, string basis, decimal? fine, PenaltyKinds extra, string orders)
    {
        (d.DocumentName, d.ViolationType, d.Facts, d.LegalBasis, d.FineAmount) = ("行政处罚决定书", violation, facts, basis, fine);
        d.PenaltyKinds = extra | (fine is null ? PenaltyKinds.None : PenaltyKinds.Fine);
        d.Content = orders + (fine is { } amount ? $"；罚款人民币{Yuan(amount)}元" : "");
        var serious = fine >= 100000m || extra.HasFlag(PenaltyKinds.LicenceRevocation);

        // Credit rules in force from 2026-04-01: a general penalty leaves public view after one year, a serious one after three.
        d.PublicUntil = d.DecisionDate >= new DateOnly(2026, 4, 1) ? d.DecisionDate.AddYears(serious ? 3 : 1) : null;
    }

    private static void Licence(DecisionContent d, string code, string basis, int serial, string place, string project, Random r)
    {
        var (year, from) = (d.DecisionDate.Year, d.DecisionDate);
        (d.DocumentName, d.LegalBasis, d.LicenceKind, d.ValidFrom) = ("准予行政许可决定书", basis, LicenceKind.General, from);
        (d.CertificateName, d.CertificateNumber, d.Content, d.ValidTo) = code switch
        {
            "DWSL-XK-001" => ("取水许可证", $"取水（大洼）字〔{year}〕第{serial:D3}号",
                $"准予取水。取水地点：{place}；取水方式：泵站提水；取水用途：{Pick(r, s_licensedUses)}；年取水量：{5 + r.Next(60)}万立方米。", from.AddYears(5).AddDays(-1)),
            "DWSL-XK-002" => ("河道管理范围内建设项目审批意见书", $"大洼水河审〔{year}〕{serial}号",
                $"同意{place}段{Pick(r, ["排灌站改造", "跨河管道", "输电线路跨河", "护岸加固"])}工程建设方案。建设单位应按批准的方案施工，汛期施工不得影响行洪安全，工程竣工后报请验收。", from.AddYears(3).AddDays(-1)),
            "DWSL-XK-003" => ("生产建设项目水土保持方案批复", $"大洼水保审〔{year}〕{serial}号",
                $"同意{project}水土保持方案报告书。水土流失防治责任范围{Hectares(r)}公顷，建设单位应落实各项防治措施并按规定缴纳水土保持补偿费。", (DateOnly?)null),
            "DWSL-XK-004" => ("河道采砂许可证", $"大洼采砂〔{year}〕第{serial:D3}号",
                $"准予在{place}段可采区开采河砂，开采范围以批准的坐标为准，开采深度不超过{2 + r.Next(3)}米，许可开采量{(20 + r.Next(80)) * 1000}立方米。", from.AddMonths(6).AddDays(-1)),
            _ => ("利用堤顶兼做公路审批意见书", $"大洼水堤〔{year}〕{serial}号",
                $"同意利用{place}段堤顶{1 + r.Next(8)}.{r.Next(10)}公里兼做乡村公路，通行车辆限载{10 + r.Next(3) * 5}吨，使用单位负责路面养护并保障堤防安全。", from.AddYears(5).AddDays(-1)),
        };
    }

    private static void Inspection(DecisionContent d, string basis, Random r)
    {
        var roll = r.Next(20);
        var result = roll < 12 ? InspectionResult.NoProblem : roll < 17 ? InspectionResult.Corrected : roll < 19 ? InspectionResult.CaseFiled : InspectionResult.NotFound;
        (d.DocumentName, d.LegalBasis, d.InspectionResult) = ("双随机抽查结果", basis, result);
        d.InspectionTask = $"{d.DecisionDate.Year}年取水许可事项监督检查（第{(d.DecisionDate.Month + 2) / 3}批次）";
        (d.Findings, d.FollowUp) = result switch
        {
            InspectionResult.NoProblem => ("取水许可证在有效期内，取水计量设施运行正常，实际取水量未超过许可水量。", "无需后续处理。"),
            InspectionResult.Corrected => (Pick(r, ["取水计量设施未按规定检定。", "未按规定报送年度取水总结和下一年度取水计划。", "取水台账记录不完整。"]),
                $"已下达责令整改通知书，限{10 + r.Next(20)}日内整改，逾期复查。"),
            InspectionResult.CaseFiled => ($"实际取水量超过许可水量约{10 + r.Next(30)}%。", "已移交区水政监察大队立案调查。"),
            _ => ("检查对象在登记地址已停止生产经营，未发现取水设施。", "检查结果已推送国家企业信用信息公示系统。"),
        };
        d.Content = $"抽查结果：{result.Title()}";
    }

    private static decimal Fine(Random r, int from, int to, int step) => from + r.Next((to - from) / step + 1) * (decimal)step;

    private static string Hectares(Random r) => (r.Next(10, 200) / 10m).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Yuan(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Month(DateOnly day, int before) => day.AddMonths(-before).ToString("yyyy年M月", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Pick(Random r, IReadOnlyList<string> items) => items[r.Next(items.Count)];
}
