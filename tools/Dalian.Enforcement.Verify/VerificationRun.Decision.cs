using System.Security.Cryptography;
using System.Text.Json;

namespace Dalian.Enforcement.Verify;

public sealed partial class VerificationRun
{
    /// <summary>From the decision's published bytes to the signed root, without trusting anything the portal says between.</summary>
    private async Task CheckDecisionAsync(long id, Checkpoint checkpoint, CancellationToken ct)
    {
        var decision = await portal.GetDecisionAsync(id, ct);
        var logged = decision.Transparency
            ?? throw new VerificationFailedException($"决定 {id} 未记入透明日志 (decision {id} is not in the log)");
        Pass("获取决定的日志位置 (fetch the decision's log index)", $"决定 (decision) {id} → 条目 (entry) {logged.Index}");
        Require(logged.Index >= 0 && logged.Index < checkpoint.Size,
            $"条目 {logged.Index} 尚未被大小为 {checkpoint.Size} 的检查点覆盖 (entry not yet covered by the checkpoint; retry later)");

        var entry = await portal.GetEntryAsync(logged.Index, ct);
        var leafHash = Rfc9162.LeafHash(entry.Entry);
        Require(string.Equals(Hex(SHA256.HashData(entry.Entry)), logged.EntrySha256, StringComparison.OrdinalIgnoreCase),
            "日志条目的 SHA-256 与决定所述不符 (the entry's SHA-256 differs from the decision's entrySha256)");
        Require(leafHash.SequenceEqual(entry.LeafHash),
            "门户给出的叶哈希错误 (the portal's leafHash is not SHA-256(0x00 || entry))");
        Pass("获取日志条目并核对叶哈希 (fetch the entry, check its leaf hash)", Convert.ToBase64String(leafHash));

        var (decisionId, contentSha256) = ReadEntry(entry.Entry);
        Require(decisionId == id, $"日志条目记载的是决定 {decisionId} (the entry names decision {decisionId}, not {id})");
        Pass("核对条目所指的决定 (check the entry names the decision)", $"decisionId {decisionId}");

        var content = await portal.GetDecisionContentAsync(id, ct);
        var contentHash = Hex(SHA256.HashData(content));
        Require(contentHash == contentSha256,
            $"公开内容的 SHA-256 为 {contentHash}，条目记载 {contentSha256} (the published content was changed)");
        Pass("核对公开内容的 SHA-256 (check the public content's SHA-256)", contentHash);
        if (decision.Items is { } shown)
        {
            var differs = LoggedItems(content).Where(i => !s_otherRecords.Contains(i.Label))
                .Except(shown.Where(i => !s_otherRecords.Contains(i.Label))).FirstOrDefault();
            Require(differs is null && shown.Count(i => !s_otherRecords.Contains(i.Label)) == LoggedItems(content).Count(i => !s_otherRecords.Contains(i.Label)),
                $"决定页面现在显示的“{differs?.Label}”与记入日志的内容不同 (the page now differs from the logged content)");
            Pass("核对页面现在显示的内容与日志记载一致 (check the page still shows the logged content)", $"{shown.Count} 项 (items)");
        }

        var proof = await portal.GetInclusionProofAsync(logged.Index, checkpoint.Size, ct);
        Require(proof.Index == logged.Index && proof.TreeSize == checkpoint.Size,
            "包含证明的位置或大小与请求不符 (the inclusion proof is for another index or size)");
        Require(Rfc9162.VerifyInclusion(logged.Index, checkpoint.Size, leafHash, proof.Path, checkpoint.RootHash),
            "包含证明无效 (the inclusion proof does not lead to the checkpoint's root)");
        Pass("验证包含证明 (verify the inclusion proof)",
            $"条目 (entry) {logged.Index} ∈ 大小 (size) {checkpoint.Size}, {proof.Path.Count} 个节点 (nodes)");
    }

    // The agency's and the matter's names come from their own records: a renamed agency is not an edited decision.
    private static readonly HashSet<string> s_otherRecords = ["决定机关", "决定机关统一社会信用代码", "执法事项"];

    private static List<DecisionItem> LoggedItems(byte[] content)
    {
        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.TryGetProperty("items", out var items)
                ? [.. items.EnumerateArray().Select(i => new DecisionItem { Label = i.GetProperty("label").GetString()!, Value = i.GetProperty("value").GetString()! })]
                : [];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new VerificationFailedException($"公开内容不是预期的 JSON (the public content is not the expected JSON: {e.Message})");
        }
    }

    private static (long DecisionId, string ContentSha256) ReadEntry(byte[] entry)
    {
        try
        {
            using var json = JsonDocument.Parse(entry);
            var root = json.RootElement;
            return (root.GetProperty("decisionId").GetInt64(), root.GetProperty("contentSha256").GetString() ?? "");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new VerificationFailedException($"日志条目不是预期的 JSON (the entry is not the expected JSON: {e.Message})");
        }
    }
}
