using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Domain.Registers;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>The fictional registers of the demo: subjects of 盘锦市大洼区 and about 30 officers.</summary>
public static class DemoRegisters
{
    public const string Water = "盘锦市大洼区水利局";
    public const string WaterInspection = "盘锦市大洼区水政监察大队";
    public const string SoilConservation = "盘锦市大洼区水土保持监督站";
    public const string Market = "盘锦市大洼区市场监督管理局";
    public const string Justice = "盘锦市大洼区司法局";
    private const string Government = "盘锦市大洼区人民政府";
    private const string Court = "盘锦市大洼区人民法院";

    public static IReadOnlyList<(Agency Subject, string? Parent)> Subjects { get; } =
    [
        (Subject(Water, "区水利局", "11211104001203480Q", SubjectKind.StatutoryAgency, new DateOnly(2016, 3, 18),
            "《中华人民共和国水法》《中华人民共和国防洪法》《中华人民共和国水土保持法》《中华人民共和国河道管理条例》《辽宁省河道管理条例》",
            "负责全区水资源管理、河道管理、水土保持和水利工程管理；依法查处水事违法行为。", "大洼街道示例路88号", "0427-6000101", "0427-6000109"), null),
        (Subject(WaterInspection, "区水政监察大队", Code("12211104MB1601234"), SubjectKind.EntrustedOrganisation, new DateOnly(2016, 6, 1),
            "《中华人民共和国水法》第六十四条至第六十九条；区水利局行政执法委托书",
            "受区水利局委托，开展水政巡查、水事违法案件调查，以区水利局名义实施行政处罚。", "大洼街道示例路88号", "0427-6000111", "0427-6000109"), Water),
        (Subject(SoilConservation, "区水保站", Code("12211104MB1605678"), SubjectKind.AuthorisedOrganisation, new DateOnly(2017, 4, 20),
            "《中华人民共和国水土保持法》《辽宁省水土保持条例》",
            "承担生产建设项目水土保持监督检查和水土保持补偿费征收的具体工作。", "田家街道示例街16号", "0427-6000121", "0427-6000109"), Water),
        (Subject(Market, "区市场监管局", "11211104MB0142765B", SubjectKind.StatutoryAgency, new DateOnly(2019, 2, 28),
            "《中华人民共和国行政处罚法》《中华人民共和国食品安全法》《中华人民共和国产品质量法》",
            "负责全区市场综合监督管理，组织“双随机、一公开”抽查。", "大洼街道示例大街200号", "0427-6000201", "0427-6000209"), null),
        (Subject(Justice, "区司法局", "11211104001203517W", SubjectKind.StatutoryAgency, new DateOnly(2016, 3, 18),
            "《中华人民共和国行政复议法》《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》",
            "负责全区行政执法协调监督，审核行政执法事项清单。", "大洼街道示例大街210号", "0427-6000301", "0427-6000309"), null),
    ];

    private static readonly string[] s_waterNames =
    [
        "王海涛", "李建华", "张国庆", "刘洪波", "陈立新", "杨志刚", "赵文博", "黄晓东", "周明亮", "吴振宇",
        "徐卫东", "孙立军", "胡春雷", "朱永强", "高建平", "林国栋", "何志远", "郭天宇", "马俊杰", "罗晓峰",
        "梁志华", "宋子文", "郑宏伟", "谢振华", "韩东升",
    ];

    private static readonly string[] s_marketNames = ["冯丽娟", "董慧敏", "萧婷婷", "程雪梅", "曹凤霞"];

    /// <summary>About 30 officers; a few expired, suspended or revoked, and 王海涛 with a history of renewals.</summary>
    public static IEnumerable<(Officer Officer, string Agency)> Officers(Func<string, int> agencyId, DateTime seededAtUtc)
    {
        var serial = 0;
        foreach (var (name, index) in s_waterNames.Select((n, i) => (n, i)))
        {
            var agency = index < 5 ? Water : index < 20 ? WaterInspection : SoilConservation;
            var position = index < 5 ? "执法科科员" : index < 20 ? "水政监察员" : "水土保持监督员";
            var officer = new Officer { Name = name, AgencyId = agencyId(agency), Position = position };
            if (index == 0)
            {
                AddRenewals(officer, ref serial, seededAtUtc);
            }
            else
            {
                var expired = index is 7 or 13 or 21;
                var issued = new DateOnly(2021 + index % 3, 3, 1);
                var certificate = NewCertificate(++serial, "水利", issued, expired ? new DateOnly(2025, 12, 31) : new DateOnly(2029, 2, 28));
                officer.AddCertificate(certificate);
                if (index is 1 or 2 or 5 or 6)
                {
                    // Four officers held an earlier certificate, so the demo's decisions reach back to 2019
                    // (numbered apart from the others, which keep their numbers).
                    officer.AddCertificate(NewCertificate(900 + index, "水利", new DateOnly(2018, 3, 1), issued.AddDays(-1)));
                }

                if (index is 4 or 16)
                {
                    certificate.ChangeStatus(CertificateStatus.Suspended, new DateOnly(2026, 5, 11), "涉嫌违规执法，暂扣待查", seededAtUtc, DemoSeeder.SeedUser);
                }
                else if (index == 11)
                {
                    certificate.ChangeStatus(CertificateStatus.Revoked, new DateOnly(2026, 7, 1), "调离执法岗位", seededAtUtc, DemoSeeder.SeedUser);
                }
            }

            yield return (officer, agency);
        }

        foreach (var name in s_marketNames)
        {
            var officer = new Officer { Name = name, AgencyId = agencyId(Market), Position = "市场监管执法员" };
            officer.AddCertificate(NewCertificate(++serial, "市场监管", new DateOnly(2023, 6, 1), new DateOnly(2029, 5, 31)));
            yield return (officer, Market);
        }
    }

    private static void AddRenewals(Officer officer, ref int serial, DateTime atUtc)
    {
        officer.AddCertificate(NewCertificate(++serial, "水利", new DateOnly(2016, 3, 1), new DateOnly(2019, 2, 28)));
        var second = NewCertificate(++serial, "水利", new DateOnly(2019, 3, 1), new DateOnly(2022, 2, 28));
        officer.AddCertificate(second);
        second.ChangeStatus(CertificateStatus.Suspended, new DateOnly(2020, 9, 1), "参加执法资格复训期间暂扣", atUtc, DemoSeeder.SeedUser);
        second.ChangeStatus(CertificateStatus.Valid, new DateOnly(2020, 10, 15), "复训考核合格，恢复有效", atUtc.AddSeconds(1), DemoSeeder.SeedUser);
        officer.AddCertificate(NewCertificate(++serial, "水利", new DateOnly(2022, 3, 1), new DateOnly(2029, 2, 28)));
    }

    private static Certificate NewCertificate(int serial, string category, DateOnly issuedOn, DateOnly validUntil) => new()
    {
        Number = $"211104{serial:D5}",
        Category = category,
        Region = "盘锦市大洼区",
        IssuedOn = issuedOn,
        ValidUntil = validUntil,
    };

    private static Agency Subject(string name, string shortName, string code, SubjectKind kind, DateOnly established, string basis, string duties, string address, string phone, string supervision) => new()
    {
        Name = name,
        ShortName = shortName,
        CreditCode = code,
        Kind = kind,
        EstablishedOn = established,
        LegalBasis = basis,
        Duties = duties,
        Address = "盘锦市大洼区" + address,
        Phone = phone,
        SupervisionPhone = supervision,
        ReconsiderationBody = Government,
        Court = Court,
    };

    private static string Code(string first17) => first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
}
