namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>
/// How a party's name is published. A natural person appears as surname + ** (personal information is
/// published only as far as needed; the setting Disclosure:MaskNaturalPersons may turn this off where a
/// local rule requires the full name). Organisations and individual businesses keep their registered name.
/// </summary>
public static class PartyNames
{
    private static readonly string[] s_compoundSurnames =
    [
        "欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯", "诸葛", "尉迟",
        "公羊", "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔", "申屠", "公孙", "慕容", "仲孙",
        "钟离", "长孙", "宇文", "司徒", "鲜于", "司空", "闾丘", "子车", "亓官", "司寇", "巫马", "公西",
        "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "轩辕", "令狐", "段干",
        "百里", "呼延", "东郭", "南门", "羊舌", "微生", "公户", "公玉", "公仪", "梁丘", "公仲", "公上",
        "公门", "公山", "公坚", "左丘", "公伯", "西门", "公祖", "第五", "公乘", "贯丘", "公皙", "南荣",
        "东里", "东宫", "仲长", "子书", "子桑", "即墨", "达奚", "褚师",
    ];

    /// <summary>Surname + "**": 张三 → 张**, 欧阳修 → 欧阳**, Smith → S**.</summary>
    public static string MaskPerson(string name)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return "";
        }

        var surname = name.Length >= 3 && s_compoundSurnames.Any(s => name.StartsWith(s, StringComparison.Ordinal))
            ? name[..2]
            : char.IsSurrogate(name[0]) && name.Length > 1 ? name[..2] : name[..1];
        return surname + "**";
    }

    public static string Public(PartyKind kind, string name, bool maskNaturalPersons) =>
        kind == PartyKind.NaturalPerson && maskNaturalPersons ? MaskPerson(name) : name.Trim();

    /// <summary>
    /// The party's name as a back-office reader sees it (least privilege): in full for the staff of the deciding agency, who
    /// need it to work; masked as the public sees a natural person for supervisors and auditors, who reveal it by a logged act.
    /// </summary>
    public static string ForReader(PartyKind kind, string name, bool ofOwnAgency) => ofOwnAgency ? name.Trim() : Public(kind, name, true);
}
