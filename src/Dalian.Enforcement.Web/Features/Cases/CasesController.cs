using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// Cases in the back office: staff register a case and take it stage by stage with its records; supervisors and
/// auditors read every case as a timeline and export its file. Every route loads the case within the user's scope:
/// another agency's case, record or file is a 404 whatever the id or hash in the URL.
/// </summary>
[Authorize(Roles = PortalRoles.Staff + "," + PortalRoles.Supervisor + "," + PortalRoles.Auditor)]
[Route("admin/cases")]
public sealed class CasesController(PortalDbContext db, StaffCases cases, CasePages pages, LegalClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken) => View(await pages.ListAsync(User, q, cancellationToken));

    [HttpGet("new")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("New", await pages.NewAsync(User, new CaseForm { DiscoveredOn = $"{clock.Today:yyyy-MM-dd}" }, cancellationToken));

    [HttpPost("new")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Create(CaseForm form, [FromServices] RegisterCase register, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("New", await pages.NewAsync(User, form, cancellationToken)); // a value that does not bind is never taken as a default
        }

        var (registered, problems) = await register.HandleAsync(form, User, cancellationToken);
        if (registered is null)
        {
            Refuse(problems);
            return View("New", await pages.NewAsync(User, form, cancellationToken));
        }

        TempData["Message"] = $"已登记案件 {registered.Number}。下一步：办理“{cases.ProcedureOf(registered).Stages[0].Name}”环节。";
        return RedirectToAction(nameof(Show), new { id = registered.Id });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken) =>
        await pages.CaseAsync(id, User, cancellationToken) is { } page ? View("Show", page) : NotFound();

    [HttpGet("{id:long}/stage")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Stage(long id, CancellationToken cancellationToken) =>
        await pages.StageAsync(id, User, null, cancellationToken) is { } page ? View("Stage", page) : NotFound();

    [HttpPost("{id:long}/stage")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> TakeStage(long id, StageForm form, [FromServices] TakeStage take, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await pages.StageAsync(id, User, form, cancellationToken) is { } refused ? View("Stage", refused) : NotFound();
        }

        var outcome = await take.HandleAsync(id, form, User, cancellationToken);
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Refuse(outcome.Problems);
            return await pages.StageAsync(id, User, form, cancellationToken) is { } page ? View("Stage", page) : NotFound();
        }

        TempData["Message"] = outcome.Message;
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:long}/extend")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> Extend(long id, string? stamp, string? clock, string? days, string? reason, string? approver, [FromServices] ExtendClock extend,
        CancellationToken cancellationToken)
    {
        var outcome = await extend.HandleAsync(id, stamp, clock, days, reason, approver, User, cancellationToken);
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Refuse(outcome.Problems);
            return await pages.CaseAsync(id, User, cancellationToken) is { } page ? View("Show", page) : NotFound();
        }

        TempData["Message"] = outcome.Message;
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:long}/major")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> FlagMajor(long id, string? stamp, Domain.Reviews.MajorReason? majorFlag, string? majorFlagReason,
        [FromServices] Reviews.SubmitReview submit, CancellationToken cancellationToken) =>
        await AfterAsync(id, await submit.FlagAsync(id, stamp, majorFlag, majorFlagReason, User, cancellationToken), cancellationToken);

    [HttpPost("{id:long}/review")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> SubmitReview(long id, string? stamp, string? discretion, string? statement, [FromServices] Reviews.SubmitReview submit,
        CancellationToken cancellationToken) =>
        await AfterAsync(id, await submit.SubmitAsync(id, stamp, discretion, statement, User, cancellationToken), cancellationToken);

    [HttpGet("{id:long}/records/new")]
    [Authorize(Roles = PortalRoles.Staff)]
    public async Task<IActionResult> NewRecord(long id, string? stage, CancellationToken cancellationToken) =>
        await pages.RecordAsync(id, User, new Dictionary<string, string> { ["StageCode"] = stage ?? "" }, cancellationToken) is { } page
            ? View("Record", page)
            : NotFound();

    /// <summary>The upload streams: no form binding reads the body ahead (<see cref="StreamedUploadAttribute"/>), the token is checked first.</summary>
    [HttpPost("{id:long}/records")]
    [Authorize(Roles = PortalRoles.Staff)]
    [IgnoreAntiforgeryToken]
    [StreamedUpload]
    public async Task<IActionResult> AddRecord(long id, [FromServices] MultipartUpload reader, [FromServices] AddCaseRecord add,
        [FromServices] IOptions<RecordStoreOptions> options, CancellationToken cancellationToken)
    {
        if (!await cases.InWriteScopeAsync(id, User, cancellationToken))
        {
            return NotFound();
        }

        var upload = await reader.ReadAsync(HttpContext, options.Value.MaxUploadBytes, cancellationToken);
        if (upload.Forged)
        {
            return BadRequest("请求无效：请从案件页面重新打开表单后提交。");
        }

        var outcome = upload.Problem is { } early && upload.Fields.Count == 0
            ? new CaseOutcome(true, [new(MultipartUpload.FileField, early)]) // refused before any field was read (the declared size)
            : await add.HandleAsync(id, upload, User, cancellationToken);
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Problems);
            var typed = upload.Fields.ToDictionary(f => f.Key, f => f.Value.ToString());
            return await pages.RecordAsync(id, User, typed, cancellationToken) is { } page ? View("Record", page) : NotFound();
        }

        TempData["Message"] = outcome.Message;
        return RedirectToAction(nameof(Show), new { id });
    }

    /// <summary>A stored file, to the case's own agency, supervisors and auditors only; every opening is in the audit trail.</summary>
    [HttpGet("{id:long}/records/{recordId:long}/file")]
    public async Task<IActionResult> Download(long id, long recordId, [FromServices] IRecordStore store, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, User, write: false, cancellationToken) is not { } c
            || c.Records.FirstOrDefault(r => r.Id == recordId && r.Stored) is not { } record
            || (record.Secret && !await MayOpenSecretAsync(c, cancellationToken))
            || store.OpenRead(record.Sha256) is not { } stream)
        {
            return NotFound();
        }

        db.ChangeTracker.Clear();
        db.Audit.Record("case.record.open", "Case", $"{c.Id}", $"{c.Number}：打开记录“{record.Title}”（{record.Sha256[..16]}…）", []);
        await db.SaveChangesAsync(cancellationToken);
        return File(stream, record.ContentType, $"{c.Number}-{record.Id}{CaseManifest.Extension(record.ContentType)}", enableRangeProcessing: true);
    }

    /// <summary>The case file as a ZIP: manifest.json with every record's SHA-256, its hash, the 卷宗目录 PDF and the files.</summary>
    [HttpGet("{id:long}/export")]
    public async Task<IActionResult> Export(long id, [FromServices] IRecordStore store, CancellationToken cancellationToken)
    {
        if (await cases.FindAsync(id, User, write: false, cancellationToken) is not { } c)
        {
            return NotFound();
        }

        var manifest = c.Manifest ?? CaseManifest.Bytes(c, await cases.DecisionOfAsync(c.Id, cancellationToken));
        db.ChangeTracker.Clear();
        db.Audit.Record("case.export", "Case", $"{c.Id}", $"{c.Number}：导出案卷", []);
        await db.SaveChangesAsync(cancellationToken);
        // ZipArchive still writes some headers synchronously; the archive streams to the client without a temporary copy.
        HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=\"case-{c.Id}.zip\"; filename*=UTF-8''{Uri.EscapeDataString(c.Number)}.zip";
        await CaseManifest.WriteZipAsync(Response.Body, c, manifest, store, Url.Action(nameof(Show), null, new { id }, Request.Scheme)!, clock.Now,
            await MayOpenSecretAsync(c, cancellationToken), cancellationToken);
        return new EmptyResult();
    }

    /// <summary>A secret record (涉密) opens only to the case's own agency and to auditors; a supervisor sees its manifest, not its content.</summary>
    private async Task<bool> MayOpenSecretAsync(EnforcementCase c, CancellationToken cancellationToken) =>
        User.IsInRole(PortalRoles.Auditor) || (User.IsInRole(PortalRoles.Staff) && (await cases.WriteScopeAsync(User, cancellationToken)).Contains(c.AgencyId));

    /// <summary>Done: back to the case with the message. Refused: the case page again, each problem beside its field and the typed values kept.</summary>
    private async Task<IActionResult> AfterAsync(long id, CaseOutcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }

        if (!outcome.Succeeded)
        {
            Refuse(outcome.Problems);
            return await pages.CaseAsync(id, User, cancellationToken) is { } page ? View("Show", page) : NotFound();
        }

        TempData["Message"] = outcome.Message;
        return RedirectToAction(nameof(Show), new { id });
    }

    private void Refuse(IEnumerable<CaseProblem> problems)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }
    }
}

/// <summary>Keeps MVC from reading a form body ahead of the action (which would spool a 2 GB upload to a temporary file first).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StreamedUploadAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
