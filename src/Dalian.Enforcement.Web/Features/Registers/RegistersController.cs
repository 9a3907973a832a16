using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Registers;

/// <summary>
/// Staff keep their agency's subject record and officer register (the agency and its units). Saved
/// changes are public at once and each is recorded; anything outside the agency answers 404.
/// </summary>
[Authorize(Roles = PortalRoles.Staff)]
[Route("admin/registers")]
public sealed class RegistersController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    LegalClock clock,
    IValidator<SubjectForm> subjectValidator,
    IValidator<OfficerForm> officerValidator,
    IValidator<CertificateForm> certificateValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var subjects = await db.Agencies.AsNoTracking().Where(a => scope.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => scope.Contains(o.AgencyId)).OrderBy(o => o.AgencyId).ThenBy(o => o.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var agencyIds = scope.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var officerIds = officers.Select(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var changes = await db.AuditEvents.AsNoTracking()
            .Where(e => (e.EntityType == "Agency" && agencyIds.Contains(e.EntityId)) || (e.EntityType == "Officer" && officerIds.Contains(e.EntityId)))
            .OrderByDescending(e => e.Sequence).Take(20).ToListAsync(cancellationToken);
        return View("Index", new RegistersPage(subjects, officers, changes, clock));
    }

    [HttpGet("subjects/{id:int}")]
    public async Task<IActionResult> Subject(int id, CancellationToken cancellationToken) =>
        (await ScopeAsync(cancellationToken)).Contains(id) && await db.Agencies.FindAsync([id], cancellationToken) is { } subject
            ? View("Subject", new SubjectEditPage(id, SubjectForm.From(subject)))
            : NotFound();

    [HttpPost("subjects/{id:int}")]
    public async Task<IActionResult> SaveSubject(int id, SubjectForm form, CancellationToken cancellationToken)
    {
        if (!(await ScopeAsync(cancellationToken)).Contains(id) || await db.Agencies.FindAsync([id], cancellationToken) is not { } subject)
        {
            return NotFound();
        }

        if (subject.Stamp != form.Stamp)
        {
            ModelState.AddModelError(string.Empty, StaleMessage);
            form.Stamp = subject.Stamp;
        }
        else if (await subjectValidator.ValidateIntoAsync(form, ModelState))
        {
            var code = form.CreditCode!.Trim().ToUpperInvariant();
            if (await db.Agencies.AnyAsync(a => a.Id != id && a.CreditCode == code, cancellationToken))
            {
                ModelState.AddModelError(nameof(SubjectForm.CreditCode), $"统一社会信用代码 {code} 已被其他执法主体使用。");
            }
            else if (await db.Agencies.AnyAsync(a => a.Id != id && a.Name == form.Name!.Trim(), cancellationToken))
            {
                ModelState.AddModelError(nameof(SubjectForm.Name), $"名称“{form.Name!.Trim()}”已被其他执法主体使用。");
            }
            else
            {
                form.ApplyTo(subject);
                db.Audit.Act("subject.update", $"修改执法主体：{subject.Name}（{subject.CreditCode}）");
                if (await SavedAsync(cancellationToken))
                {
                    TempData["Message"] = $"已保存“{subject.Name}”，公开页面已更新。";
                    return RedirectToAction(nameof(Index));
                }
            }
        }

        return View("Subject", new SubjectEditPage(id, form));
    }

    [HttpGet("officers/new")]
    public async Task<IActionResult> NewOfficer(CancellationToken cancellationToken) =>
        View("Officer", await OfficerPageAsync(null, new OfficerForm(), cancellationToken));

    [HttpGet("officers/{id:int}")]
    public async Task<IActionResult> Officer(int id, CancellationToken cancellationToken) =>
        await OwnOfficerAsync(id, cancellationToken) is { } officer
            ? View("Officer", await OfficerPageAsync(officer, null, cancellationToken))
            : NotFound();

    [HttpPost("officers/{id:int?}")]
    public async Task<IActionResult> SaveOfficer(int? id, OfficerForm form, CancellationToken cancellationToken)
    {
        var officer = id is { } existing ? await OwnOfficerAsync(existing, cancellationToken) : null;
        if (id is not null && officer is null)
        {
            return NotFound();
        }

        if (!(await ScopeAsync(cancellationToken)).Contains(form.AgencyId))
        {
            ModelState.AddModelError(nameof(OfficerForm.AgencyId), "请选择本单位或所属单位。");
        }

        if (officer is not null && officer.Stamp != form.Stamp)
        {
            ModelState.AddModelError(string.Empty, StaleMessage);
            form.Stamp = officer.Stamp;
            return View("Officer", await OfficerPageAsync(officer, form, cancellationToken));
        }

        if (await officerValidator.ValidateIntoAsync(form, ModelState))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (officer is null)
            {
                officer = new Officer { Name = form.Name!.Trim(), AgencyId = form.AgencyId, Position = form.Position!.Trim() };
                db.Officers.Add(officer);
                await db.SaveChangesAsync(cancellationToken); // the record below needs the new id
            }

            (officer.Name, officer.AgencyId, officer.Position) = (form.Name!.Trim(), form.AgencyId, form.Position!.Trim());
            officer.Stamp++;
            db.Audit.Act(id is null ? "officer.create" : "officer.update", $"{(id is null ? "添加" : "修改")}执法人员：{officer.Name}，{officer.Position}");
            if (!await SavedAsync(cancellationToken))
            {
                return View("Officer", await OfficerPageAsync(officer, form, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
            TempData["Message"] = $"已保存执法人员“{officer.Name}”。";
            return RedirectToAction(nameof(Officer), new { id = officer.Id });
        }

        return View("Officer", await OfficerPageAsync(officer, form, cancellationToken));
    }

    [HttpPost("officers/{id:int}/certificates")]
    public async Task<IActionResult> AddCertificate(int id, CertificateForm form, CancellationToken cancellationToken)
    {
        if (await OwnOfficerAsync(id, cancellationToken) is not { } officer)
        {
            return NotFound();
        }

        if (await certificateValidator.ValidateIntoAsync(form, ModelState))
        {
            var number = form.Number!.Trim();
            var taken = await db.Certificates.AnyAsync(c => c.Number == number, cancellationToken);
            var refusal = taken ? $"执法证号 {number} 已被其他证件使用。" : officer.AddCertificate(form.ToCertificate());
            if (refusal is null)
            {
                db.Audit.Act("certificate.issue", $"发放执法证：{officer.Name}：{number}，{form.IssuedOn} 至 {form.ValidUntil}");
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    TempData["Message"] = $"已为“{officer.Name}”登记执法证 {number}。";
                    return RedirectToAction(nameof(Officer), new { id });
                }
                catch (DbUpdateException)
                {
                    // The same number registered at the same moment by someone else: the unique index decides, and says so here.
                    db.ChangeTracker.Clear();
                    db.Audit.Clear();
                    (taken, refusal) = (true, $"执法证号 {number} 已被其他证件使用。");
                    officer = (await OwnOfficerAsync(id, cancellationToken))!;
                }
            }

            ModelState.AddModelError(taken ? nameof(CertificateForm.Number) : nameof(CertificateForm.ValidUntil), refusal);
        }

        return View("Officer", await OfficerPageAsync(officer, null, cancellationToken) with { Certificate = form });
    }

    [HttpPost("officers/{id:int}/certificates/{certificateId:int}/status")]
    public async Task<IActionResult> ChangeStatus(int id, int certificateId, StatusForm form, CancellationToken cancellationToken)
    {
        if (await OwnOfficerAsync(id, cancellationToken) is not { } officer
            || officer.Certificates.SingleOrDefault(c => c.Id == certificateId) is not { } certificate)
        {
            return NotFound();
        }

        var on = CertificateForm.Date(form.EffectiveOn);
        var refusal = form.Status is not { } status || !ModelState.IsValid || !Enum.IsDefined(status) ? "请选择要变更为的状态。"
            : on is null ? "生效日期应为有效日期，格式 YYYY-MM-DD。"
            : !OfficerFormValidator.NoPersonalData(form.Reason) ? "变更原因不得包含身份证号、手机号等个人信息。"
            : certificate.ChangeStatus(status, on.Value, form.Reason ?? "", clock.UtcNow, User.Identity!.Name!);
        if (refusal is null)
        {
            db.Audit.Act("certificate.status", $"执法证状态变更：{certificate.Number}：自 {form.EffectiveOn} 起{Certificate.Title(form.Status!.Value)}，{form.Reason}");
            await db.SaveChangesAsync(cancellationToken);
            TempData["Message"] = $"已记录执法证 {certificate.Number} 的状态变更。";
            return RedirectToAction(nameof(Officer), new { id });
        }

        ModelState.AddModelError($"status-{certificateId}", refusal);
        return View("Officer", await OfficerPageAsync(officer, null, cancellationToken) with { Status = (certificateId, form) });
    }

    private const string StaleMessage = "该记录在您编辑期间已被他人修改。您填写的内容仍保留在本页；请核对最新内容后再次保存。";

    /// <summary>Saves; false, with the message, when another save got in between (the stamp changed).</summary>
    private async Task<bool> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, StaleMessage);
            return false;
        }
    }

    private List<int>? _scope;

    /// <summary>The staff member's agency and its units, read once per request.</summary>
    private async Task<List<int>> ScopeAsync(CancellationToken cancellationToken) =>
        _scope ??= await users.ScopeAsync(db, User, cancellationToken);

    private async Task<Officer?> OwnOfficerAsync(int id, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        return await db.Officers.Include(o => o.Certificates).ThenInclude(c => c.History).AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == id && scope.Contains(o.AgencyId), cancellationToken);
    }

    private async Task<OfficerEditPage> OfficerPageAsync(Officer? officer, OfficerForm? form, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        var units = await db.Agencies.AsNoTracking().Where(a => scope.Contains(a.Id)).OrderBy(a => a.Id).Select(a => new KeyValuePair<int, string>(a.Id, a.Name)).ToListAsync(cancellationToken);
        return new OfficerEditPage(officer, form ?? new OfficerForm { Stamp = officer?.Stamp ?? 0, Name = officer?.Name, AgencyId = officer?.AgencyId ?? 0, Position = officer?.Position }, units, clock.Today);
    }
}

public sealed record RegistersPage(
    IReadOnlyList<Dalian.Enforcement.Domain.Agencies.Agency> Subjects, IReadOnlyList<Officer> Officers, IReadOnlyList<Dalian.Enforcement.Domain.Audit.AuditEvent> Changes, LegalClock Clock)
{
    public DateOnly Today => Clock.Today;
}

public sealed record SubjectEditPage(int Id, SubjectForm Form);

public sealed record OfficerEditPage(Officer? Officer, OfficerForm Form, IReadOnlyList<KeyValuePair<int, string>> Units, DateOnly Today)
{
    public CertificateForm Certificate { get; init; } = new();

    public (int CertificateId, StatusForm Form)? Status { get; init; }
}
