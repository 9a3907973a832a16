using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Audit;
using Dalian.Enforcement.Web.Features.Transparency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.AuditTrail;

/// <summary>Someone with the database password changes the record behind the portal's back; verification says where.</summary>
public sealed class TamperTests : IAsyncLifetime, IDisposable
{
    private readonly PortalFactory _factory = new();

    public async Task InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<TransparencyLog>().CheckpointAsync(default));
        Assert.True((await VerifyAsync()).Intact);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    private async Task<VerificationReport> VerifyAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(default);
    }

    private async Task SqlAsync(Func<PortalDbContext, Task> change)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [Fact]
    public async Task A_published_decision_edited_in_the_database_is_named()
    {
        long id = 0;
        await SqlAsync(async db =>
        {
            id = await db.Decisions.Where(d => d.State == DecisionState.Published && d.Category == Dalian.Enforcement.Domain.Deadlines.EnforcementCategory.Penalty).MinAsync(d => d.Id);
            await db.Database.ExecuteSqlAsync($"UPDATE Decisions SET FineAmount = 1 WHERE Id = {id}");
        });

        var report = await VerifyAsync();
        Assert.Contains(report.Problems, p => p.Where.Contains($"编号 {id}", StringComparison.Ordinal) && p.What.Contains("公开内容", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_published_annual_report_rewritten_or_deleted_in_the_database_is_named()
    {
        await SqlAsync(async db =>
        {
            var ids = await db.AnnualReports.Where(r => r.Snapshot != null).OrderBy(r => r.Id).Select(r => r.Id).Take(2).ToListAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE AnnualReports SET Snapshot = CAST('{{}}' AS BLOB) WHERE Id = {ids[0]}");
            await db.Database.ExecuteSqlAsync($"DELETE FROM AnnualReports WHERE Id = {ids[1]}");
        });

        var report = await VerifyAsync();
        Assert.Contains(report.Problems, p => p.Where.StartsWith("统计年报", StringComparison.Ordinal) && p.What.Contains("快照被改动", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Where.StartsWith("统计年报", StringComparison.Ordinal) && p.What.Contains("年报被删除", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recording_of_a_closed_case_swapped_or_a_stage_deleted_behind_the_portal_is_named()
    {
        long swapped = 0;
        long deleted = 0;
        await SqlAsync(async db =>
        {
            var closed = await db.Cases.Where(c => c.ClosedOn != null && c.Records.Any()).OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
            (swapped, deleted) = (closed[0], closed[1]);
            await db.Database.ExecuteSqlAsync($"UPDATE CaseRecords SET Sha256 = {new string('0', 64)} WHERE CaseId = {swapped}");
            await db.Database.ExecuteSqlAsync($"DELETE FROM CaseStages WHERE CaseId = {deleted} AND Code = 'decision'");
        });

        var problems = (await VerifyAsync()).Problems;

        Assert.Contains(problems, p => p.Where.Contains($"编号 {swapped}）", StringComparison.Ordinal) && p.What.Contains("与封存的案卷清单不符", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where.Contains($"编号 {deleted}）", StringComparison.Ordinal) && p.What.Contains("与封存的案卷清单不符", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_quietly_unpublished_or_hidden_behind_the_portal_is_named()
    {
        long first = 0, second = 0;
        await SqlAsync(async db =>
        {
            var published = await db.Decisions.Where(d => d.State == DecisionState.Published).OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync();
            (first, second) = (published[0], published[1]);
            await db.Database.ExecuteSqlAsync($"UPDATE Decisions SET State = 'Decided' WHERE Id = {first}");
            await db.Database.ExecuteSqlAsync($"UPDATE Decisions SET InvolvesMinor = 1 WHERE Id = {second}");
        });

        var problems = (await VerifyAsync()).Problems;
        Assert.Contains(problems, p => p.Where.Contains($"编号 {first}）", StringComparison.Ordinal) && p.What.Contains("状态在日志之外被改动", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where.Contains($"编号 {second}）", StringComparison.Ordinal) && p.What.Contains("未成年人", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renaming_an_agency_or_adding_a_holiday_the_normal_way_is_not_mistaken_for_tampering()
    {
        await SqlAsync(async db =>
        {
            var agency = await db.Agencies.OrderBy(a => a.Id).FirstAsync();
            db.Entry(agency).Property(a => a.Name).CurrentValue = agency.Name + "（更名）";
            db.Audit.Act("subject.update", "更名");
            await db.SaveChangesAsync();
        });
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<Dalian.Enforcement.Web.Features.Calendar.CalendarEditor>();
            var day = new Dalian.Enforcement.Domain.Calendar.CalendarDay
            {
                Date = new DateOnly(2026, 3, 11),
                Kind = Dalian.Enforcement.Domain.Calendar.CalendarDayKind.Holiday,
                Name = "测试",
                Notice = "测试通知",
                ArrangementYear = 2026,
            };
            Assert.True((await editor.SaveDayAsync(2026, day, "supervisor")).Succeeded);
        }

        var report = await VerifyAsync();
        Assert.True(report.Intact, string.Join(" ", report.Problems));
    }

    [Fact]
    public async Task A_deleted_event_is_named()
    {
        await SqlAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM AuditEvents WHERE Sequence = 20"));
        Assert.Contains((await VerifyAsync()).Problems, p => p.Where == "审计事件第 20 号" && p.What.Contains("删除", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_events_swapped_are_found()
    {
        await SqlAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Sequence = -1 WHERE Sequence = 30");
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Sequence = 30 WHERE Sequence = 31");
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Sequence = 31 WHERE Sequence = -1");
        });
        Assert.Contains((await VerifyAsync()).Problems, p => p.Where == "审计事件第 30 号");
    }

    [Fact]
    public async Task A_chain_recomputed_after_an_edit_contradicts_the_head_committed_to_the_log()
    {
        await SqlAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Summary = '无事发生' WHERE Sequence = 10");
            await RecomputeChainAsync(db);
        });

        var report = await VerifyAsync();
        Assert.DoesNotContain(report.Problems, p => p.What.Contains("事件内容与其哈希不符", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.What.Contains("审计链被重新计算", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_log_rewritten_to_match_is_caught_by_the_checkpoint_kept_outside_the_database()
    {
        await SqlAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET Summary = '无事发生' WHERE Sequence = 10");
            var head = await RecomputeChainAsync(db);
            // The forger also rewrites the anchor leaf to the new head and removes the database's own checkpoints.
            var anchor = await db.TransparencyEntries.AsNoTracking().SingleAsync(e => e.Act == LogActs.AuditHead);
            var bytes = TransparencyEntry.AuditHeadAct(anchor.AtUtc, DateOnly.FromDateTime(anchor.AtUtc), head.Sequence, head.Hash);
            var leaf = MerkleTree.LeafHash(bytes);
            await db.Database.ExecuteSqlAsync($"UPDATE TransparencyEntries SET Bytes = {bytes}, LeafHash = {leaf} WHERE \"Index\" = {anchor.Index}");
            await db.Database.ExecuteSqlAsync($"DELETE FROM TransparencyCheckpoints");
        });

        var report = await VerifyAsync();
        Assert.DoesNotContain(report.Problems, p => p.What.Contains("审计链被重新计算", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.Where.StartsWith("库外保存的检查点", StringComparison.Ordinal) && p.What.Contains("日志被改写", StringComparison.Ordinal));
    }

    /// <summary>What a forger with database access does: every hash recomputed from the first event, and the head moved.</summary>
    private static async Task<(long Sequence, byte[] Hash)> RecomputeChainAsync(PortalDbContext db)
    {
        var previous = AuditEvent.Genesis;
        long sequence = 0;
        foreach (var e in await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync())
        {
            var hash = e.ExpectedHash(previous);
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEvents SET PreviousHash = {previous}, Hash = {hash} WHERE Sequence = {e.Sequence}");
            (previous, sequence) = (hash, e.Sequence);
        }

        await db.Database.ExecuteSqlAsync($"UPDATE AuditHeads SET Hash = {previous}, Sequence = {sequence}");
        return (sequence, previous);
    }
}
