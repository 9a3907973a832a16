namespace Dalian.Enforcement.Domain.Reviews;

public enum CheckVerdict
{
    /// <summary>符合.</summary>
    Conforms,

    /// <summary>存在问题.</summary>
    Problem,
}

public enum ReviewOpinion
{
    /// <summary>同意.</summary>
    Agree,

    /// <summary>不同意.</summary>
    Disagree,

    /// <summary>建议修改后再次提交.</summary>
    Revise,
}

/// <summary>One point the reviewer answers, with its note.</summary>
public sealed record CheckAnswer(string Code, CheckVerdict Verdict, string Note);

/// <summary>
/// The points a legal review answers (国办发〔2018〕118号; 宁夏住建厅 checklist; records-reference §3.2), each 符合 or 存在问题 with a
/// note, and the opinion that follows: 同意 only when every point conforms; otherwise 不同意 or 建议修改后再次提交, with reasons.
/// </summary>
public static class ReviewChecklist
{
    public static IReadOnlyList<(string Code, string Title)> Items { get; } =
    [
        ("subject", "执法主体合法、执法人员具备资格"),
        ("procedure", "程序合法"),
        ("facts", "事实清楚、证据合法充分"),
        ("law", "适用法律依据正确、裁量基准运用适当"),
        ("powers", "未超越法定职权"),
        ("documents", "执法文书完备规范"),
        ("crime", "不涉嫌犯罪、无需移送司法机关"),
    ];

    public static string Title(string code) => Items.FirstOrDefault(i => i.Code == code).Title ?? code;

    public static string Title(this CheckVerdict verdict) => verdict == CheckVerdict.Conforms ? "符合" : "存在问题";

    public static string Title(this ReviewOpinion opinion) => opinion switch
    {
        ReviewOpinion.Agree => "同意",
        ReviewOpinion.Disagree => "不同意",
        _ => "建议修改后再次提交",
    };

    /// <summary>What is wrong with a checklist and opinion, each beside its field ("check-{code}", "Opinion", "Reasons").</summary>
    public static List<(string Field, string Message)> Problems(IReadOnlyDictionary<string, CheckAnswer> answers, ReviewOpinion? opinion, string reasons)
    {
        var problems = new List<(string, string)>();
        foreach (var (code, title) in Items)
        {
            if (!answers.TryGetValue(code, out var answer))
            {
                problems.Add(($"check-{code}", $"请对“{title}”作出审核结论（符合或存在问题）。"));
            }
            else if (answer.Verdict == CheckVerdict.Problem && string.IsNullOrWhiteSpace(answer.Note))
            {
                problems.Add(($"note-{code}", $"“{title}”存在问题：请写明具体问题。"));
            }
        }

        if (opinion is null)
        {
            problems.Add(("Opinion", "请选择审核意见：同意、不同意或建议修改后再次提交。"));
        }
        else if (opinion == ReviewOpinion.Agree && answers.Values.Any(a => a.Verdict == CheckVerdict.Problem))
        {
            problems.Add(("Opinion", "有审核项存在问题时不能同意：请选择不同意或建议修改后再次提交。"));
        }
        else if (opinion != ReviewOpinion.Agree && string.IsNullOrWhiteSpace(reasons))
        {
            problems.Add(("Reasons", "不同意或建议修改时须写明理由和修改建议。"));
        }

        return problems;
    }
}
