namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>
/// <c>dotnet run --project src/Dalian.Enforcement.Web -- verify-audit</c>: recomputes the audit chain and the
/// transparency log against the configured database and checkpoint directory, prints the first problems,
/// and exits 0 only when everything fits.
/// </summary>
public static class AuditCommand
{
    public const string Verb = "verify-audit";

    public static async Task<int?> TryRunAsync(this WebApplication app, string[] args)
    {
        if (!args.Contains(Verb))
        {
            return null;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        Console.WriteLine($"审计事件 {report.Events} 个，透明日志条目 {report.Leaves} 个，检查点 {report.Checkpoints} 个，决定 {report.Decisions} 项。");
        foreach (var problem in report.Problems.Take(20))
        {
            Console.WriteLine($"不符：{problem.Where}：{problem.What}");
        }

        Console.WriteLine(report.Intact ? "校验通过 (verified)。" : $"校验失败 (verification failed)：{report.Problems.Count} 处不符。");
        return report.Intact ? 0 : 1;
    }
}
