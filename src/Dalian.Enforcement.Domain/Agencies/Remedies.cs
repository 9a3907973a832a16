namespace Dalian.Enforcement.Domain.Agencies;

/// <summary>
/// 救济途径: where and within what period a party may challenge an agency's decision, as every decision page, notice and the
/// subject's page tell it. The bodies come from the subject's record; the periods from the statutes.
/// </summary>
public static class Remedies
{
    /// <summary>行政复议法 (2023 revision, in force 2024-01-01) art. 20: sixty days from when the party knew or should have known of the act.</summary>
    public const int ReconsiderationDays = 60;

    /// <summary>行政诉讼法 art. 46: six months from when the party knew or should have known of the act.</summary>
    public const int LitigationMonths = 6;

    /// <summary>The remedies sentence; <paramref name="what"/> names what is challenged (本决定 on a decision, the agency's decisions on its page).</summary>
    public static string Text(Agency agency, string what = "本决定") =>
        $"当事人对{what}不服的，可以自知道或者应当知道该决定之日起{ReconsiderationDays}日内向{Or(agency.ReconsiderationBody, "行政复议机关")}申请行政复议，"
        + $"或者自知道或者应当知道该决定之日起{LitigationMonths}个月内向{Or(agency.Court, "有管辖权的人民法院")}提起行政诉讼（法律另有规定的除外）。";

    /// <summary>The agency's supervision phone as a sentence, or empty when none is recorded.</summary>
    public static string Supervision(Agency agency) =>
        string.IsNullOrWhiteSpace(agency.SupervisionPhone) ? "" : $"对本机关行政执法行为的监督投诉电话：{agency.SupervisionPhone.Trim()}。";

    private static string Or(string recorded, string general) => string.IsNullOrWhiteSpace(recorded) ? general : recorded.Trim();
}
