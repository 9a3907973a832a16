using System.Globalization;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>A fictional party of a demo decision (行政相对人).</summary>
internal sealed record DemoParty(PartyKind Kind, string Name, string? CreditCode, string? IdNumber, string Representative);

/// <summary>
/// The fictional parties of the demo decisions. Every business name carries 某, so no real company is named
/// in a penalty record; codes and ID numbers are invented with their check characters computed (GB 32100,
/// GB 11714, GB 11643). A party's details are derived from its name, so a name always has the same code.
/// </summary>
internal static class DemoParties
{
    /// <summary>行政区划代码 of 盘锦市大洼区.</summary>
    private const string Area = "211104";
    private const string IdCheckCharacters = "10X98765432";
    private const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] s_idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] s_organisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private static readonly string[] s_marks =
        ["鑫", "源", "丰", "泰", "达", "润", "禾", "盛", "诚", "海", "兴", "旺", "宏", "裕", "川", "信", "恒", "瑞", "祥", "隆"];

    private static readonly string[] s_surnames =
        ["王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴", "郑", "冯", "于", "董", "田", "高", "曲", "崔", "姜", "欧阳"];

    private static readonly string[] s_givenNames =
        ["玉田", "树林", "春生", "凤英", "海军", "淑芬", "宝山", "桂兰", "振东", "秀梅", "德福", "丽华", "长海", "晓光", "永胜", "金凤"];

    private static readonly string[] s_youngNames = ["浩然", "子轩", "宇航", "梓涵", "博文", "一鸣"];

    /// <summary>Towns and subdistricts of the district, for places in the facts.</summary>
    public static IReadOnlyList<string> Towns { get; } =
        ["田家街道", "榆树街道", "王家街道", "于楼街道", "荣兴街道", "唐家镇", "平安镇", "新开镇", "新立镇", "清水镇", "东风镇", "西安镇", "新兴镇"];

    /// <summary>A company, a person or an individual business (the rest), by shares of 100.</summary>
    public static DemoParty Pick(Random random, string trade, string shop, int companyShare, int personShare)
    {
        var roll = random.Next(100);
        var mark = s_marks[random.Next(s_marks.Length)];
        if (roll < companyShare)
        {
            return Company($"盘锦某{mark}{trade}有限公司");
        }

        if (roll < companyShare + personShare)
        {
            return Person(random);
        }

        var name = $"盘锦市大洼区{Towns[random.Next(Towns.Count)]}某{mark}{shop}";
        return new DemoParty(PartyKind.IndividualBusiness, name, CreditCode('2', name), null, PersonName(Seed(name)));
    }

    public static DemoParty Company(string name) =>
        new(PartyKind.Organisation, name, CreditCode('1', name), null, PersonName(Seed(name)));

    /// <summary>An adult born 1958–1997, the ID number following from the name.</summary>
    public static DemoParty Person(Random random)
    {
        var name = s_surnames[random.Next(s_surnames.Length)] + s_givenNames[random.Next(s_givenNames.Length)];
        var seed = Seed(name);
        return new DemoParty(PartyKind.NaturalPerson, name, null, IdNumber(new DateOnly(1958, 1, 1).AddDays(seed % 14600), seed % 1000), "");
    }

    /// <summary>A person aged sixteen on <paramref name="on"/> (已满十四周岁不满十八周岁).</summary>
    public static DemoParty Minor(DateOnly on, Random random)
    {
        var name = s_surnames[random.Next(s_surnames.Length)] + s_youngNames[random.Next(s_youngNames.Length)];
        var born = on.AddYears(-17).AddDays(1 + random.Next(300));
        return new DemoParty(PartyKind.NaturalPerson, name, null, IdNumber(born, random.Next(1000)), "");
    }

    /// <summary>公民身份号码: area, birth date, sequence, and the ISO 7064 MOD 11-2 check character.</summary>
    public static string IdNumber(DateOnly born, int sequence)
    {
        var first17 = Area + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        var sum = first17.Select((c, i) => (c - '0') * s_idWeights[i]).Sum();
        var id = first17 + IdCheckCharacters[sum % 11];
        return ResidentIdNumber.IsValid(id) ? id : throw new InvalidOperationException("Invented ID number fails its own check.");
    }

    /// <summary>
    /// 统一社会信用代码 registered by market regulation (9), of an enterprise (1) or an individual business (2):
    /// its 组织机构代码 part has its GB 11714 check character, the whole code its GB 32100 one.
    /// </summary>
    private static string CreditCode(char kind, string name)
    {
        var random = new Random(Seed(name));
        var body = "MA" + string.Concat(Enumerable.Range(0, 6).Select(_ => CodeAlphabet[random.Next(CodeAlphabet.Length)]));
        var sum = body.Select((c, i) => (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * s_organisationWeights[i]).Sum();
        var check = (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
        var first17 = $"9{kind}{Area}{body}{check}";
        var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
        return UnifiedSocialCreditCode.IsValid(code) ? code : throw new InvalidOperationException("Invented credit code fails its own check.");
    }

    private static string PersonName(int seed) =>
        s_surnames[seed % s_surnames.Length] + s_givenNames[seed / s_surnames.Length % s_givenNames.Length];

    /// <summary>FNV-1a: stable across processes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static int Seed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
