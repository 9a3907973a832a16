using System.Security.Cryptography;
using System.Text.Json;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Domain.Reviews;

/// <summary>
/// What a legal review agrees to: the substance of the draft decision (party, facts, basis, kinds, amounts, orders). The document
/// number and date are given when the decision is made, after the review, and so are not part of it.
/// </summary>
public sealed record ReviewedContent(
    int MatterId, string Category, string PartyKind, string PartyName, string? CreditCode, string? IdNumber, string ViolationType, string Facts,
    string LegalBasis, int PenaltyKinds, string Content, string? FineAmount, string? ConfiscatedAmount, string LicenceAffected, string? LicenceKind,
    string CertificateName, string? InspectionResult, string Findings, string FollowUp)
{
    public static ReviewedContent Of(Decision d) => new(d.MatterId, $"{d.Category}", $"{d.PartyKind}", d.PartyName, d.CreditCode, d.IdNumber,
        d.ViolationType, d.Facts, d.LegalBasis, (int)d.PenaltyKinds, d.Content, Yuan(d.FineAmount), Yuan(d.ConfiscatedAmount), d.LicenceAffected,
        d.LicenceKind?.ToString(), d.CertificateName, d.InspectionResult?.ToString(), d.Findings, d.FollowUp);

    /// <summary>An amount to the fen, whatever scale it was stored or typed with (120000 and 120000.00 are one amount).</summary>
    private static string? Yuan(decimal? amount) => amount?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this, ListJson.Options)));
}

/// <summary>
/// No review, or a failed one, means no decision (国办发〔2018〕118号; 行政处罚法 art. 58): a major decision is made only when the
/// latest round of its case agreed, and to the content that round reviewed.
/// </summary>
public static class ReviewGate
{
    public static string? Refusal(MajorClassification major, LegalReview? latest, string contentSha256)
    {
        if (!major.IsMajor)
        {
            return null;
        }

        var why = $"本决定属于重大执法决定（{major.Basis()}）";
        return latest switch
        {
            null => $"{why}，须经法制审核同意后方可作出：请先在案件中提交法制审核。",
            { State: ReviewState.Agreed } when latest.ContentSha256 != contentSha256 =>
                $"{why}。决定内容在第 {latest.Round} 轮法制审核同意后有改动（如罚款金额、处罚种类或事实），须重新提交法制审核。",
            { State: ReviewState.Agreed } => null,
            { IsOpen: true } => $"{why}，第 {latest.Round} 轮法制审核尚未出具意见（{LegalReview.Title(latest.State)}），不能作出决定。",
            _ => $"{why}，第 {latest.Round} 轮法制审核意见为“{latest.Opinion?.Title()}”，不能作出决定：请修改后重新提交审核。",
        };
    }
}
