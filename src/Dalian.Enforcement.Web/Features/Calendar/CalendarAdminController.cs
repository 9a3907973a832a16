using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Dalian.Enforcement.Web.Infrastructure.Web;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>Supervisors (司法局) keep the official calendar: a year at a time.</summary>
[Authorize(Roles = PortalRoles.Supervisor)]
[Route("admin/calendar")]
public sealed class CalendarAdminController(
    PortalDbContext db,
    CalendarEditor editor,
    LegalClock clock,
    IValidator<DayForm> dayValidator,
    IValidator<ImportForm> importValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Year(int? year, string? edit, CancellationToken cancellationToken)
    {
        var shown = year ?? clock.Today.Year;
        if (!CalendarRules.IsSupportedYear(shown))
        {
            return NotFound();
        }

        var form = new DayForm { Year = shown, Kind = "holiday" };
        if (IsoDate.Parse(edit) is { } date
            && await db.CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.ArrangementYear == shown && d.Date == date, cancellationToken) is { } day)
        {
            (form.Date, form.Kind, form.Name, form.Notice) = (edit, day.Kind == CalendarDayKind.Workday ? "workday" : "holiday", day.Name, day.Notice);
        }

        return View(await PageAsync(shown, form, new ImportForm(), cancellationToken));
    }

    [HttpPost("{year:int}/days")]
    public async Task<IActionResult> SaveDay(int year, DayForm form, CancellationToken cancellationToken)
    {
        if (!CalendarRules.IsSupportedYear(year))
        {
            return NotFound();
        }

        form.Year = year;
        if (await dayValidator.ValidateIntoAsync(form, ModelState))
        {
            var outcome = await editor.SaveDayAsync(year, form.ToDay(), User.Identity!.Name!, cancellationToken);
            if (Done(outcome, $"已保存 {form.Date}"))
            {
                return RedirectToAction(nameof(Year), new { year });
            }
        }

        return View(nameof(Year), await PageAsync(year, form, new ImportForm(), cancellationToken));
    }

    [HttpPost("{year:int}/days/{date}/delete")]
    public async Task<IActionResult> RemoveDay(int year, DateOnly date, CancellationToken cancellationToken)
    {
        if (!CalendarRules.IsSupportedYear(year))
        {
            return NotFound();
        }

        var outcome = await editor.RemoveDayAsync(year, date, User.Identity!.Name!, cancellationToken);
        if (Done(outcome, $"已删除 {date:yyyy-MM-dd}"))
        {
            return RedirectToAction(nameof(Year), new { year });
        }

        return View(nameof(Year), await PageAsync(year, new DayForm { Year = year }, new ImportForm(), cancellationToken));
    }

    [HttpPost("{year:int}/import")]
    [RequestSizeLimit(10 * ImportForm.MaxBytes)] // larger than the rule, so the rule's own message is shown
    public async Task<IActionResult> Import(int year, ImportForm form, CancellationToken cancellationToken)
    {
        if (!CalendarRules.IsSupportedYear(year))
        {
            return NotFound();
        }

        if (await importValidator.ValidateIntoAsync(form, ModelState))
        {
            var parsed = Read(form.File!, year);
            var outcome = parsed.IsValid
                ? await editor.ImportYearAsync(year, parsed.Rows, form.Notice!.Trim(), User.Identity!.Name!, cancellationToken)
                : CalendarEdit.Refused([.. parsed.Errors]);
            if (Done(outcome, $"已导入{year}年安排，共{parsed.Rows.Count}天"))
            {
                return RedirectToAction(nameof(Year), new { year });
            }
        }

        ModelState.AddModelError(string.Empty, "文件未导入，日历没有任何改动。");
        return View(nameof(Year), await PageAsync(year, new DayForm { Year = year }, form, cancellationToken));
    }

    [HttpPost("{year:int}/confirm")]
    public async Task<IActionResult> Confirm(int year, CancellationToken cancellationToken)
    {
        if (!CalendarRules.IsSupportedYear(year))
        {
            return NotFound();
        }

        return Done(await editor.ConfirmLoadedAsync(year, User.Identity!.Name!, cancellationToken), $"已确认{year}年安排完整载入")
            ? RedirectToAction(nameof(Year), new { year })
            : View(nameof(Year), await PageAsync(year, new DayForm { Year = year }, new ImportForm(), cancellationToken));
    }

    /// <summary>Reads the upload as strict UTF-8: a GBK file from Excel is refused, not saved as mojibake.</summary>
    private static HolidayCsvResult Read(IFormFile file, int year)
    {
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
            return HolidayCsv.Parse(reader, year);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return new HolidayCsvResult([], ["文件不是 UTF-8 编码。请在 Excel 中“另存为 CSV UTF-8（逗号分隔）”后再导入。"]);
        }
    }

    /// <summary>Copies refusals into the model state, or leaves a message for the next page.</summary>
    private bool Done(CalendarEdit outcome, string message)
    {
        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        if (outcome.Succeeded)
        {
            TempData["Message"] = $"{message}；重新计算后有 {outcome.DeadlinesChanged} 个期限发生变化。";
        }

        return outcome.Succeeded;
    }

    private async Task<CalendarYearPage> PageAsync(int year, DayForm form, ImportForm import, CancellationToken cancellationToken) => new()
    {
        Year = year,
        Loaded = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken),
        Days = await db.CalendarDays.AsNoTracking().Where(d => d.ArrangementYear == year).OrderBy(d => d.Date).ToListAsync(cancellationToken),
        GridDays = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31)).ToListAsync(cancellationToken),
        Changes = await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == "CalendarYear" && e.EntityId == year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(e => e.Sequence).Take(20).ToListAsync(cancellationToken),
        Form = form,
        ImportNotice = import.Notice,
        Clock = clock,
    };
}

public sealed record CalendarYearPage
{
    public required int Year { get; init; }

    public required CalendarYear? Loaded { get; init; }

    /// <summary>The year's own notice's days (which may start in the December before).</summary>
    public required IReadOnlyList<CalendarDay> Days { get; init; }

    /// <summary>Every special day within the calendar year, whichever notice made it (for the month grids).</summary>
    public required IReadOnlyList<CalendarDay> GridDays { get; init; }

    public required IReadOnlyList<Dalian.Enforcement.Domain.Audit.AuditEvent> Changes { get; init; }

    public required DayForm Form { get; init; }

    public string? ImportNotice { get; init; }

    public required LegalClock Clock { get; init; }
}
