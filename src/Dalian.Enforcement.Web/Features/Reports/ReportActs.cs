using System.Security.Claims;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Reports;

public sealed record ReportOutcome(bool Found, IReadOnlyList<(string Field, string Message)> Problems, string Message = "", long? Id = null)
{
    public static ReportOutcome NotFound { get; } = new(false, []);

    public bool Succeeded => Found && Problems.Count == 0;

    public static ReportOutcome Refused(string message, string field = "") => new(true, [(field, message)]);
}

/// <summary>
/// The one way an act on an annual report happens: load the version within the user's scope, check the stamp of the page the act
/// came from, let the domain decide, then save the change, its audit event and (publishing) its transparency leaf in one transaction.
/// </summary>
public sealed class ReportActs(PortalDbContext db, StaffDecisions staff, ReportFigures figures, LegalClock clock)
{
    public const string StaleMessage = "该年报在您打开页面后已有变动，本次操作未执行。请核对最新内容后重试。";

    /// <summary>Opens version 1 of an agency-year: the agency's own staff, a year within its life and not in the future.</summary>
    public async Task<ReportOutcome> OpenAsync(int agencyId, int year, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await staff.WriteScopeAsync(user, cancellationToken)).Contains(agencyId))
        {
            return ReportOutcome.NotFound;
        }

        if (await db.AnnualReports.Where(r => r.AgencyId == agencyId && r.Year == year).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return new ReportOutcome(true, [], "", existing);
        }

        if (AnnualReport.YearProblem(year, await figures.FirstYearAsync(agencyId, cancellationToken), clock.Today) is { } problem)
        {
            return ReportOutcome.Refused(problem);
        }

        var report = new AnnualReport { AgencyId = agencyId, Year = year, Version = 1 };
        db.AnnualReports.Add(report);
        db.Audit.Act("report.open", $"开始编制 {year} 年度行政执法统计年报");
        return await SaveAsync(report, "已开始编制年报。", cancellationToken);
    }

    /// <summary>The report a page acted on: its id, and the agency and year of the page's address, which must be the report's own.</summary>
    public readonly record struct Target(long Id, int AgencyId, int Year);

    public Task<ReportOutcome> WriteAsync(Target target, string? stamp, ReportNarrative text, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(target, stamp, user, "report.write", r => Task.FromResult(r.Write(text)), "情况说明已保存。", cancellationToken);

    public Task<ReportOutcome> ConfirmAsync(Target target, string? stamp, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(target, stamp, user, "report.confirm", r => Task.FromResult(One(r.Confirm(user.Identity!.Name!, clock.Today), "Overview")), "年报已确认，可以公开。", cancellationToken);

    public Task<ReportOutcome> PublishAsync(Target target, string? stamp, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(target, stamp, user, "report.publish", async r =>
        {
            var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == r.AgencyId, cancellationToken);
            var computed = await figures.ComputeAsync(r.AgencyId, r.Year, cancellationToken);
            var due = await figures.DueAsync(r.Year, cancellationToken);
            var earlier = await db.AnnualReports.Where(v => v.AgencyId == r.AgencyId && v.Year == r.Year && v.Version < r.Version).ToListAsync(cancellationToken);
            var firstPublished = earlier.FirstOrDefault(v => v.Version == 1)?.PublishedOn;
            var refusal = r.Publish(today => new ReportSnapshot(r.AgencyId, agency.Name, r.Year, r.Version, today, due,
                (firstPublished ?? today) > due, r.CorrectionReason, r.Narrative, computed), user.Identity!.Name!, clock.Today);
            if (refusal is not null)
            {
                return One(refusal);
            }

            if (earlier.FirstOrDefault(v => v.Version == r.Version - 1) is { } previous)
            {
                previous.Supersede();
                previous.Stamp++;
            }

            var act = r.Version == 1 ? LogActs.ReportPublished : LogActs.ReportCorrected;
            db.Audit.Log(act, null, leaf => TransparencyEntry.ReportAct(act, leaf.AtUtc, leaf.Date, r.AgencyId, agency.Name, r.Year, r.Version, r.SnapshotSha256),
                r.Snapshot);
            return [];
        }, "年报已公开。", cancellationToken);

    /// <summary>Opens the next version of a published report, keeping the published one public until the correction is published.</summary>
    public async Task<ReportOutcome> CorrectAsync(Target target, string? stamp, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        AnnualReport? next = null;
        var outcome = await RunAsync(target, stamp, user, "report.correct", async r =>
        {
            var versions = await db.AnnualReports.AsNoTracking().Where(v => v.AgencyId == r.AgencyId && v.Year == r.Year).ToListAsync(cancellationToken);
            (next, var problem) = r.Correct(reason ?? "", versions);
            if (next is not null)
            {
                db.AnnualReports.Add(next);
            }

            return One(problem, "Reason");
        }, "已新建更正版本：修改后确认并公开，原版本保留可查。", cancellationToken);
        return outcome.Succeeded ? outcome with { Id = next!.Id } : outcome;
    }

    /// <summary>The justice bureau records receipt (报送) of a published version.</summary>
    public async Task<ReportOutcome> ReceiveAsync(long id, string? stamp, DateOnly? on, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(PortalRoles.Supervisor))
        {
            return ReportOutcome.NotFound;
        }

        return await RunAsync(new Target(id, 0, 0), stamp, user, "report.receive", r => Task.FromResult(on is { } day
            ? One(r.Receive(user.Identity!.Name!, day, clock.Today), "ReceivedOn")
            : One("请按 YYYY-MM-DD 填写报送日期。", "ReceivedOn")), "已登记报送。", cancellationToken, anyAgency: true);
    }

    private async Task<ReportOutcome> RunAsync(Target target, string? stamp, ClaimsPrincipal user, string action,
        Func<AnnualReport, Task<IReadOnlyList<(string, string)>>> apply, string done, CancellationToken cancellationToken, bool anyAgency = false)
    {
        var scope = anyAgency ? null : await staff.WriteScopeAsync(user, cancellationToken);
        if (await db.AnnualReports.SingleOrDefaultAsync(r => r.Id == target.Id, cancellationToken) is not { } report
            || (scope is not null && !scope.Contains(report.AgencyId))
            || (!anyAgency && (report.AgencyId != target.AgencyId || report.Year != target.Year)))
        {
            return ReportOutcome.NotFound;
        }

        if (!int.TryParse(stamp, out var seen) || seen != report.Stamp)
        {
            return ReportOutcome.Refused(StaleMessage);
        }

        if (await apply(report) is [_, ..] problems)
        {
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            return new ReportOutcome(true, problems);
        }

        report.Stamp++;
        db.Audit.Act(action, $"{report.Year} 年度统计年报第 {report.Version} 版：{done}");
        return await SaveAsync(report, done, cancellationToken);
    }

    private async Task<ReportOutcome> SaveAsync(AnnualReport report, string done, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new ReportOutcome(true, [], done, report.Id);
        }
        catch (DbUpdateException)
        {
            // A colleague's save came first (the stamp, or the same version opened twice at once).
            db.ChangeTracker.Clear();
            db.Audit.Clear();
            return ReportOutcome.Refused(StaleMessage);
        }
    }

    private static IReadOnlyList<(string, string)> One(string? refusal, string field = "") => refusal is null ? [] : [(field, refusal)];
}
