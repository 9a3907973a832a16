using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Verify;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Transparency;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.AuditTrail;

/// <summary>
/// The end: staff publish; anyone proves with the independent verifier that the decision is in the
/// signed log and that today's log extends yesterday's; an SQL edit to the published row is then caught by the auditor's verification, which names it.
/// </summary>
public sealed class DoneWhenTests
{
    private static async Task<(bool Passed, string Output)> VerifyAsync(PortalFactory factory, string saved, long decision)
    {
        var options = CliOptions.Parse(["--portal", "http://localhost", "--saved", saved, "--decision", $"{decision}"], out var error)!;
        Assert.Null(error);
        using var output = new StringWriter();
        try
        {
            await new VerificationRun(new Dalian.Enforcement.Verify.PortalClient(factory.CreateClient()), options, output).RunAsync(default);
            return (true, output.ToString());
        }
        catch (VerificationFailedException failed)
        {
            return (false, output + failed.Message);
        }
    }

    private static async Task SignAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<TransparencyLog>().CheckpointAsync(default));
    }

    [Fact]
    public async Task A_publication_is_proved_by_an_outsider_and_an_edit_behind_the_portal_is_caught()
    {
        await using var factory = new PortalFactory();
        var saved = Path.Combine(factory.Root, "yesterday.txt");
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");

        var first = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕951号", today));
        await DecisionData.ActAsync(staff, first, "publish");
        await SignAsync(factory);
        var (passed, output) = await VerifyAsync(factory, saved, first);
        Assert.True(passed, output);
        Assert.True(File.Exists(saved));

        var second = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕952号", today));
        await DecisionData.ActAsync(staff, second, "publish");
        await SignAsync(factory);
        (passed, output) = await VerifyAsync(factory, saved, second);
        Assert.True(passed, output);
        Assert.Contains("consistency", output, StringComparison.OrdinalIgnoreCase);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database
                .ExecuteSqlAsync($"UPDATE Decisions SET FineAmount = 1, PublicPartyName = '某某' WHERE Id = {second}");
        }

        // The outsider sees the page no longer shows what was logged; the auditor's verification names the decision.
        (passed, output) = await VerifyAsync(factory, saved, second);
        Assert.False(passed, output);
        Assert.Contains("differs from the logged content", output, StringComparison.Ordinal);
        await using var check = factory.Services.CreateAsyncScope();
        var report = await check.ServiceProvider.GetRequiredService<Dalian.Enforcement.Web.Features.Audit.AuditVerifier>().VerifyAsync(default);
        Assert.Contains(report.Problems, p => p.Where.Contains($"编号 {second}）", StringComparison.Ordinal) && p.What.Contains("公开后被改动", StringComparison.Ordinal));
    }
}
