using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Features.Transparency;
using Dalian.Enforcement.Web.Infrastructure.Keys;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Audit;

public sealed record VerificationProblem(string Where, string What);

public sealed record VerificationReport(long Events, long Leaves, int Checkpoints, int Decisions, IReadOnlyList<VerificationProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// Recomputes everything and names what does not fit: the audit chain event by event; the log leaf by leaf,
/// against every checkpoint signed (in the database and the copies kept outside it); the chain's heads
/// committed to the log; and every published or withdrawn decision's content against its latest leaf.
/// </summary>
public sealed class AuditVerifier(PortalDbContext db, TransparencyLog log, PortalKeys keys)
{
    private const int Batch = 5000;

    public async Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken)
    {
        var problems = new List<VerificationProblem>();
        // Everything is checked up to the head as it stands now: events and leaves appended while we read are for the next run.
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.SingletonId, cancellationToken);
        var anchors = new Dictionary<long, byte[]>();
        var latest = new Dictionary<long, (string Act, string? Content, long Index)>();
        var closed = new Dictionary<long, (string Manifest, long Index)>();
        var reports = new Dictionary<(int Agency, int Year, int Version), (string Sha256, long Index)>();
        var checkpoints = await CheckpointsAsync(problems, cancellationToken);
        var roots = new Dictionary<long, byte[]>();
        var range = new CompactRange();
        for (long after = -1; ;)
        {
            var leaves = await db.TransparencyEntries.AsNoTracking().Where(e => e.Index > after && e.Index < head.LogSize)
                .OrderBy(e => e.Index).Take(Batch).ToListAsync(cancellationToken);
            var gap = false;
            foreach (var e in leaves)
            {
                if (e.Index != range.Size)
                {
                    problems.Add(new($"透明日志第 {range.Size} 号条目", "条目缺失或顺序被改动。"));
                    gap = true;
                    break;
                }

                if (!MerkleTree.LeafHash(e.Bytes).AsSpan().SequenceEqual(e.LeafHash))
                {
                    problems.Add(new($"透明日志第 {e.Index} 号条目", "条目内容与其叶子哈希不符（条目被改动）。"));
                }

                range.Append(MerkleTree.LeafHash(e.Bytes));
                if (checkpoints.ContainsKey(range.Size))
                {
                    roots[range.Size] = range.Root();
                }

                Read(e, anchors, latest, closed, reports);
            }

            if (leaves.Count < Batch || gap)
            {
                break;
            }

            after = leaves[^1].Index;
        }

        foreach (var (size, (root, where)) in checkpoints)
        {
            if (!roots.TryGetValue(size, out var actual))
            {
                problems.Add(new(where, $"检查点的日志大小为 {size}，而日志只有 {range.Size} 个条目：日志被截短。"));
            }
            else if (!actual.AsSpan().SequenceEqual(root))
            {
                problems.Add(new(where, $"按数据库中的条目重新计算的大小为 {size} 的根哈希与已签名的检查点不符：日志被改写。"));
            }
        }

        if (range.Size > 0 && !(await log.RootAsync(range.Size, cancellationToken)).AsSpan().SequenceEqual(range.Root()))
        {
            problems.Add(new("透明日志的存储节点", "用于生成证明的存储节点与条目不符。"));
        }

        if (range.Size < head.LogSize && !problems.Any(p => p.What.StartsWith("条目缺失", StringComparison.Ordinal)))
        {
            problems.Add(new($"透明日志第 {range.Size} 号条目起", $"日志只有 {range.Size} 个条目，而链头记录为 {head.LogSize} 个：末尾的条目被删除。"));
        }

        var events = await VerifyChainAsync(head, anchors, problems, cancellationToken);
        var decisions = await VerifyDecisionsAsync(latest, problems, cancellationToken);
        await VerifyCasesAsync(closed, problems, cancellationToken);
        await VerifyReportsAsync(reports, problems, cancellationToken);
        return new VerificationReport(events, range.Size, checkpoints.Count, decisions, problems);
    }

    private static void Read(TransparencyEntry e, Dictionary<long, byte[]> anchors, Dictionary<long, (string, string?, long)> latest,
        Dictionary<long, (string, long)> closed, Dictionary<(int, int, int), (string, long)> reports)
    {
        using var json = JsonDocument.Parse(e.Bytes);
        var root = json.RootElement;
        if (e.Act == LogActs.AuditHead)
        {
            anchors[root.GetProperty("sequence").GetInt64()] = Convert.FromHexString(root.GetProperty("hash").GetString()!);
        }
        else if (e.Act is LogActs.ReportPublished or LogActs.ReportCorrected)
        {
            reports[(root.GetProperty("agencyId").GetInt32(), root.GetProperty("year").GetInt32(), root.GetProperty("version").GetInt32())] =
                (root.GetProperty("contentSha256").GetString()!, e.Index);
        }
        else if (e.Act == LogActs.CaseClosed)
        {
            closed[root.GetProperty("caseId").GetInt64()] = (root.GetProperty("manifestSha256").GetString()!, e.Index);
        }
        else if (root.TryGetProperty("decisionId", out var id))
        {
            latest[id.GetInt64()] = (e.Act, root.TryGetProperty("contentSha256", out var c) ? c.GetString() : null, e.Index);
        }
    }

    /// <summary>Every signed checkpoint, from the database and from the directory outside it: size → (root, where it was found).</summary>
    private async Task<Dictionary<long, (byte[] Root, string Where)>> CheckpointsAsync(List<VerificationProblem> problems, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, (byte[], string)>();
        var notes = (await db.TransparencyCheckpoints.AsNoTracking().Select(c => c.Note).ToListAsync(cancellationToken)).Select(n => (n, "数据库中的检查点")).ToList();
        if (Directory.Exists(keys.CheckpointDirectory))
        {
            notes.AddRange(Directory.GetFiles(keys.CheckpointDirectory, "*.txt").Order().Select(f => (File.ReadAllText(f), $"库外保存的检查点 {Path.GetFileName(f)}")));
        }

        foreach (var (note, where) in notes)
        {
            var text = keys.VerifyNote(note)?.Split('\n');
            if (text is not [var origin, var sizeText, var rootText, ..] || origin != keys.Origin
                || !long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                problems.Add(new(where, "签名无效或格式不符。"));
                continue;
            }

            var root = Convert.FromBase64String(rootText);
            if (found.TryGetValue(size, out var other) && !other.Item1.AsSpan().SequenceEqual(root))
            {
                problems.Add(new(where, $"同一日志大小 {size} 存在两个不同的已签名根哈希（{other.Item2}）。"));
            }

            found[size] = (root, where);
        }

        return found;
    }

    private async Task<long> VerifyChainAsync(AuditHead head, Dictionary<long, byte[]> anchors, List<VerificationProblem> problems, CancellationToken cancellationToken)
    {
        var chain = new AuditChain();
        for (long after = 0; ;)
        {
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.Sequence > after && e.Sequence <= head.Sequence)
                .OrderBy(e => e.Sequence).Take(Batch).ToListAsync(cancellationToken);
            foreach (var e in events)
            {
                if (!chain.Add(e))
                {
                    problems.Add(new($"审计事件第 {chain.Failure!.BrokenAt} 号", chain.Failure.Problem!));
                    return chain.Checked;
                }

                if (anchors.Remove(e.Sequence, out var anchored) && !anchored.AsSpan().SequenceEqual(e.Hash))
                {
                    problems.Add(new($"审计事件第 {e.Sequence} 号", "与透明日志中锚定的审计链哈希不符：审计链被重新计算。"));
                }
            }

            if (events.Count < Batch)
            {
                break;
            }

            after = events[^1].Sequence;
        }

        if (head.Sequence != chain.Checked || !head.Hash.AsSpan().SequenceEqual(chain.Head))
        {
            problems.Add(new($"审计事件第 {chain.Checked + 1} 号起", $"审计链只到第 {chain.Checked} 号，而链头记录为第 {head.Sequence} 号：末尾的事件被删除或改动。"));
        }

        foreach (var sequence in anchors.Keys)
        {
            problems.Add(new($"审计事件第 {sequence} 号", "透明日志锚定了该事件，但审计链中没有它：事件被删除。"));
        }

        return chain.Checked;
    }

    /// <summary>The content kept with the leaf is what its hash says, and the decision's own items still show it.</summary>
    private static void CheckContent(string where, long index, string contentSha256, byte[]? stored, Decision d, List<VerificationProblem> problems)
    {
        if (stored is null)
        {
            problems.Add(new(where, $"透明日志第 {index} 号条目的公开内容原文缺失。"));
        }
        else if (Convert.ToHexStringLower(SHA256.HashData(stored)) != contentSha256)
        {
            problems.Add(new(where, $"透明日志第 {index} 号条目保存的公开内容原文与条目中的哈希不符。"));
        }
        else if (DecisionDisclosure.PublicBytes(d) is { } now && !PublicContent.SameRecord(now, stored))
        {
            problems.Add(new(where, $"公开内容与透明日志第 {index} 号条目记录的内容不符：记录在公开后被改动。"));
        }
    }

    /// <summary>
    /// Every closed case against its leaf: the frozen manifest still hashes to what the log holds, and the stages and
    /// records it names are still the ones stored (none changed, added or removed after closing); no case is closed without its leaf.
    /// </summary>
    private async Task VerifyCasesAsync(Dictionary<long, (string Manifest, long Index)> closed, List<VerificationProblem> problems, CancellationToken cancellationToken)
    {
        foreach (var chunk in closed.Keys.Order().Chunk(500))
        {
            var cases = await db.Cases.AsNoTracking().Include(c => c.Stages).Include(c => c.Records).Where(c => chunk.Contains(c.Id))
                .AsSplitQuery().ToDictionaryAsync(c => c.Id, cancellationToken);
            foreach (var id in chunk)
            {
                var (manifest, index) = closed[id];
                if (!cases.TryGetValue(id, out var c))
                {
                    problems.Add(new($"执法案件编号 {id}", $"透明日志第 {index} 号条目记录了该案件结案，但数据库中没有它：案件被删除。"));
                    continue;
                }

                var where = $"执法案件 {c.Number}（编号 {id}）";
                if (c.Manifest is null || Convert.ToHexStringLower(SHA256.HashData(c.Manifest)) != manifest)
                {
                    problems.Add(new(where, $"封存的案卷清单与透明日志第 {index} 号条目记录的 SHA-256 不符：清单被改动。"));
                    continue;
                }

                using var json = JsonDocument.Parse(c.Manifest);
                var frozen = json.RootElement.GetProperty("records").EnumerateArray().Select(r => $"{r.GetProperty("id").GetInt64()}:{r.GetProperty("sha256").GetString()}")
                    .Concat(json.RootElement.GetProperty("stages").EnumerateArray().Select(s => $"{s.GetProperty("code").GetString()}@{s.GetProperty("occurredAt").GetString()}"));
                var stored = c.Records.Select(r => $"{r.Id}:{r.Sha256}")
                    .Concat(c.Stages.OrderBy(s => s.Position).Select(s => $"{s.Code}@{s.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture)}"));
                if (!frozen.Order().SequenceEqual(stored.Order()))
                {
                    problems.Add(new(where, "结案后案件的环节或记录在日志之外被改动、增加或删除，与封存的案卷清单不符。"));
                }
            }
        }

        foreach (var c in await db.Cases.AsNoTracking().Where(c => c.ClosedOn != null).Select(c => new { c.Id, c.Number }).ToListAsync(cancellationToken))
        {
            if (!closed.ContainsKey(c.Id))
            {
                problems.Add(new($"执法案件 {c.Number}（编号 {c.Id}）", "案件已结案，但透明日志中没有其结案记录。"));
            }
        }
    }

    /// <summary>Every published annual report is the snapshot its leaf names, and every public version has its leaf.</summary>
    private async Task VerifyReportsAsync(Dictionary<(int Agency, int Year, int Version), (string Sha256, long Index)> logged, List<VerificationProblem> problems,
        CancellationToken cancellationToken)
    {
        var stored = await db.AnnualReports.AsNoTracking().Where(r => r.Snapshot != null).ToListAsync(cancellationToken);
        foreach (var r in stored)
        {
            var where = $"统计年报（主体 {r.AgencyId}，{r.Year} 年度第 {r.Version} 版）";
            if (!logged.TryGetValue((r.AgencyId, r.Year, r.Version), out var leaf))
            {
                problems.Add(new(where, "年报已公开，但透明日志中没有其公开记录。"));
            }
            else if (Convert.ToHexStringLower(SHA256.HashData(r.Snapshot!)) != leaf.Sha256 || r.SnapshotSha256 != leaf.Sha256)
            {
                problems.Add(new(where, $"年报快照与透明日志第 {leaf.Index} 号条目记录的 SHA-256 不符：快照被改动。"));
            }
        }

        foreach (var key in logged.Keys.Where(k => !stored.Any(r => (r.AgencyId, r.Year, r.Version) == k)))
        {
            problems.Add(new($"统计年报（主体 {key.Agency}，{key.Year} 年度第 {key.Version} 版）", $"透明日志第 {logged[key].Index} 号条目记录了该年报的公开，但数据库中没有它：年报被删除。"));
        }
    }

    private async Task<int> VerifyDecisionsAsync(Dictionary<long, (string Act, string? Content, long Index)> latest, List<VerificationProblem> problems,
        CancellationToken cancellationToken)
    {
        // From the log's side: every decision the log speaks of exists, in the state its latest act says, with that content.
        foreach (var chunk in latest.Keys.Order().Chunk(1000))
        {
            var decisions = await DecisionSearch.ForDisclosure(db.Decisions.AsNoTracking())
                .Where(d => chunk.Contains(d.Id)).AsSplitQuery().ToDictionaryAsync(d => d.Id, cancellationToken);
            var indexes = chunk.Select(id => latest[id].Index).ToList();
            var contents = await db.TransparencyEntries.AsNoTracking().Where(e => indexes.Contains(e.Index))
                .ToDictionaryAsync(e => e.Index, e => e.Content, cancellationToken);
            foreach (var id in chunk)
            {
                var leaf = latest[id];
                var where = decisions.TryGetValue(id, out var d) ? $"执法决定 {d.DocumentNumber}（编号 {id}）" : $"执法决定编号 {id}";
                var expected = leaf.Act switch
                {
                    LogActs.Published => DecisionState.Published,
                    LogActs.Withdrawn => DecisionState.Withdrawn,
                    _ => DecisionState.NotDisclosed,
                };
                if (d is null)
                {
                    problems.Add(new(where, $"透明日志第 {leaf.Index} 号条目记录了该决定，但数据库中没有它：记录被删除。"));
                }
                else if (d.State != expected || (expected == DecisionState.Published && d.InvolvesMinor))
                {
                    problems.Add(new(where, $"透明日志第 {leaf.Index} 号条目记录为“{expected.Title()}”，而记录现为“{d.State.Title()}”{(d.InvolvesMinor ? "（标记为涉及未成年人）" : "")}：状态在日志之外被改动。"));
                }
                else if (leaf.Content is not null)
                {
                    CheckContent(where, leaf.Index, leaf.Content, contents.GetValueOrDefault(leaf.Index), d, problems);
                }
            }
        }

        // From the records' side: nothing is published, withdrawn or withheld without its act in the log.
        var count = 0;
        for (long after = 0; ;)
        {
            var ids = await db.Decisions.AsNoTracking()
                .Where(d => d.Id > after && (d.State == DecisionState.Published || d.State == DecisionState.Withdrawn || d.State == DecisionState.NotDisclosed))
                .OrderBy(d => d.Id).Take(Batch).Select(d => new { d.Id, d.DocumentNumber, d.State }).ToListAsync(cancellationToken);
            foreach (var d in ids.Where(d => !latest.ContainsKey(d.Id)))
            {
                problems.Add(new($"执法决定 {d.DocumentNumber}（编号 {d.Id}）", $"当前状态为“{d.State.Title()}”，但透明日志中没有相应的记录。"));
            }

            count += ids.Count;
            if (ids.Count < Batch)
            {
                return count;
            }

            after = ids[^1].Id;
        }
    }
}
