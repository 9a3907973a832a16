namespace Dalian.Enforcement.Domain.Reviews;

/// <summary>What is known of the reviewer and the round when a reviewer takes it.</summary>
public sealed record ReviewerFacts(
    bool IsReviewer, int? ReviewerAgency, IReadOnlyCollection<int> CaseAgencyChain, bool ExcludeSameUnit, string QualificationNumber,
    DateOnly? QualifiedOn, DateOnly? ReviewingSince, bool IsHandler, bool IsSubmitter, DateOnly Today);

/// <summary>
/// Who may review (records-reference §3.6): a legal reviewer of the case's agency or of an agency above it; never a handling officer
/// of the case nor its submitter (and, with the setting, nobody of the case's own unit); and, since 行政处罚法 art. 58 (in force
/// 2021-07-15), a reviewer reviewing for the first time must hold the 法律职业资格. Those reviewing before that day keep reviewing.
/// </summary>
public static class LegalReviewers
{
    public static DateOnly QualificationRequiredFrom { get; } = new(2021, 7, 15);

    public static List<string> Problems(ReviewerFacts f)
    {
        if (!f.IsReviewer)
        {
            return ["只有法制审核人员可以审核重大执法决定。"];
        }

        var problems = new List<string>();
        if (f.ReviewerAgency is not { } agency || !f.CaseAgencyChain.Contains(agency))
        {
            problems.Add("您不是本案所属执法机关的法制审核人员，不能审核本案。");
        }
        else if (f.ExcludeSameUnit && agency == f.CaseAgencyChain.First())
        {
            problems.Add("按本机关规定，法制审核人员不能与案件承办单位为同一单位。");
        }

        if (f.IsHandler)
        {
            problems.Add("您是本案的承办人员，不能审核本案。");
        }

        if (f.IsSubmitter)
        {
            problems.Add("您是本轮审核的送审人，不能审核本案。");
        }

        if (!Qualified(f.QualificationNumber, f.QualifiedOn, f.ReviewingSince, f.Today))
        {
            problems.Add("初次从事行政处罚决定法制审核的人员须取得法律职业资格（《中华人民共和国行政处罚法》第五十八条）：请管理员先登记您的法律职业资格证书编号和取得日期。");
        }

        return problems;
    }

    public static bool Qualified(string number, DateOnly? qualifiedOn, DateOnly? reviewingSince, DateOnly today) =>
        (!string.IsNullOrWhiteSpace(number) && qualifiedOn is { } on && on <= today) || reviewingSince < QualificationRequiredFrom;
}
