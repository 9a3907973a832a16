using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>A stored file that no longer is what its records say.</summary>
public sealed record IntegrityProblem(string Sha256, string Cases, string Message);

public sealed record IntegrityReport(int Files, long Bytes, IReadOnlyList<IntegrityProblem> Problems);

/// <summary>
/// Hashes every stored file again and compares it with the SHA-256 its records name: a file changed on disk, or
/// missing, is reported (and written to the audit trail), never silently repaired.
/// </summary>
public static class RecordIntegrity
{
    public const string Action = "records.integrity";

    public static async Task<IntegrityReport> CheckAsync(PortalDbContext db, IRecordStore store, CancellationToken cancellationToken)
    {
        var stored = await db.CaseRecords.AsNoTracking().Where(r => r.Stored)
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.Sha256, c.Number }).ToListAsync(cancellationToken);
        var problems = new List<IntegrityProblem>();
        var (files, bytes) = (0, 0L);
        foreach (var file in stored.GroupBy(r => r.Sha256))
        {
            var cases = string.Join("、", file.Select(r => r.Number).Distinct());
            await using var stream = store.OpenRead(file.Key);
            if (stream is null)
            {
                problems.Add(new(file.Key, cases, "文件缺失：存储中找不到该文件。"));
                continue;
            }

            var actual = await CaseRecordHash.OfAsync(stream, cancellationToken);
            (files, bytes) = (files + 1, bytes + stream.Length);
            if (actual != file.Key)
            {
                problems.Add(new(file.Key, cases, $"文件已被改动：现在的 SHA-256 为 {actual}。"));
            }
        }

        var report = new IntegrityReport(files, bytes, problems);
        db.Audit.Record(Action, "RecordStore", "*", Summary(report),
            [.. problems.Select(p => new Audit.FieldChange($"{p.Sha256}", null, p.Message))]);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    public static string Summary(IntegrityReport report) => report.Problems.Count == 0
        ? $"音像及书面记录完整性核查：{report.Files} 个文件（{MultipartUpload.Size(report.Bytes)}）全部与其 SHA-256 一致。"
        : $"音像及书面记录完整性核查：{report.Files} 个文件中发现 {report.Problems.Count} 个问题。";
}

/// <summary>Runs the integrity check every <see cref="RecordStoreOptions.IntegrityCheckInterval"/> (daily by default).</summary>
public sealed class RecordIntegritySweep(IServiceScopeFactory scopes, IOptions<RecordStoreOptions> options, TimeProvider time,
    ILogger<RecordIntegritySweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.IntegrityCheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await RecordIntegrity.CheckAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(),
                    scope.ServiceProvider.GetRequiredService<IRecordStore>(), stoppingToken);
                if (report.Problems.Count > 0)
                {
                    logger.LogError("Record integrity check: {Problems} of {Files} stored files do not match their SHA-256", report.Problems.Count, report.Files);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Record integrity check failed; it runs again at the next interval");
            }
        }
    }
}
