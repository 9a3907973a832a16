using System.Globalization;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Transparency;

/// <summary>
/// The transparency log's public contract (docs/adr/0012). These paths are fixed: outside verifiers
/// depend on them. Hashes are base64 as in RFC 9162 and C2SP; bad parameters answer 400 in Chinese.
/// </summary>
public sealed class TransparencyController(TransparencyLog log, PortalKeys keys) : Controller
{
    [HttpGet("/transparency")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new TransparencyPage(await log.LatestCheckpointAsync(cancellationToken), await log.SizeAsync(cancellationToken), keys.PublicKeyPem,
            keys.VerifierKey, keys.Origin));

    [HttpGet("/api/v1/transparency/checkpoint")]
    public async Task<IActionResult> Checkpoint(CancellationToken cancellationToken) =>
        await log.LatestCheckpointAsync(cancellationToken) is { } checkpoint
            ? Content(checkpoint.Note, "text/plain; charset=utf-8")
            : Problem("透明日志尚未签发检查点：首个公开行为发生后几分钟内签发。", statusCode: StatusCodes.Status404NotFound, title: "尚无检查点");

    [HttpGet("/api/v1/transparency/key")]
    public IActionResult Key() => Content($"{keys.PublicKeyPem.TrimEnd()}\nverifier: {keys.VerifierKey}\n", "text/plain; charset=utf-8");

    [HttpGet("/api/v1/transparency/entries")]
    public async Task<IActionResult> Entries(string? start, string? end, CancellationToken cancellationToken)
    {
        var size = await log.SizeAsync(cancellationToken);
        if (Number(start) is not { } from || Number(end) is not { } to)
        {
            return Bad("start 和 end 应为非负整数（end 不含）。");
        }

        if (from >= size || to <= from)
        {
            return Bad(size == 0 ? "透明日志尚无条目。" : $"请求的范围无效：日志当前有 {size} 个条目（序号 0 至 {size - 1}），且 end 应大于 start。");
        }

        var entries = await log.EntriesAsync(from, Math.Min(Math.Min(to, size), from + TransparencyLog.MaxEntriesPerPage), cancellationToken);
        return Json(new EntriesAnswer(from, from + entries.Count,
            [.. entries.Select(e => new EntryAnswer(e.Index, Convert.ToBase64String(e.Bytes), Convert.ToBase64String(e.LeafHash)))]));
    }

    [HttpGet("/api/v1/transparency/proof")]
    public async Task<IActionResult> Proof(string? index, string? size, CancellationToken cancellationToken)
    {
        var current = await log.SizeAsync(cancellationToken);
        if (Number(index) is not { } i || Number(size) is not { } n)
        {
            return Bad("index 和 size 应为非负整数。");
        }

        if (n == 0 || n > current || i >= n)
        {
            return Bad($"应满足 0 ≤ index < size ≤ {current}（日志当前大小）。");
        }

        var leaf = (await log.EntriesAsync(i, i + 1, cancellationToken))[0].LeafHash;
        var path = await log.InclusionAsync(i, n, cancellationToken);
        return Json(new InclusionAnswer(i, n, Convert.ToBase64String(leaf), [.. path.Select(Convert.ToBase64String)]));
    }

    [HttpGet("/api/v1/transparency/consistency")]
    public async Task<IActionResult> Consistency(string? first, string? second, CancellationToken cancellationToken)
    {
        var current = await log.SizeAsync(cancellationToken);
        if (Number(first) is not { } m || Number(second) is not { } n)
        {
            return Bad("first 和 second 应为非负整数。");
        }

        if (m == 0 || m > n || n > current)
        {
            return Bad($"应满足 1 ≤ first ≤ second ≤ {current}（日志当前大小）。");
        }

        var path = await log.ConsistencyAsync(m, n, cancellationToken);
        return Json(new ConsistencyAnswer(m, n, [.. path.Select(Convert.ToBase64String)]));
    }

    private static long? Number(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private ObjectResult Bad(string detail) => Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "参数无效");
}

/// <summary>A page of log entries: each one's index, exact bytes and leaf hash (base64); <c>End</c> is exclusive.</summary>
public sealed record EntriesAnswer(long Start, long End, IReadOnlyList<EntryAnswer> Entries);

public sealed record EntryAnswer(long Index, string Entry, string LeafHash);

/// <summary>An RFC 9162 §2.1.3 inclusion proof: the path from the leaf's sibling up, base64.</summary>
public sealed record InclusionAnswer(long Index, long TreeSize, string LeafHash, IReadOnlyList<string> Path);

/// <summary>An RFC 9162 §2.1.4 consistency proof between two tree sizes, base64.</summary>
public sealed record ConsistencyAnswer(long First, long Second, IReadOnlyList<string> Path);

public sealed record TransparencyPage(Domain.Transparency.TransparencyCheckpoint? Checkpoint, long Size, string PublicKeyPem, string VerifierKey, string Origin);
