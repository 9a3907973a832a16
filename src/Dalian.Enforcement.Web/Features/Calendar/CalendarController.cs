using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>The public working-day calculator (工作日计算器) and its JSON twin.</summary>
public sealed class CalendarController(CalendarCache cache, PortalDbContext db, LegalClock clock, IOptions<DeadlinePolicy> policy) : Controller
{
    [HttpGet("/calendar")]
    public async Task<IActionResult> Index(string? from, string? days, int? year, CancellationToken cancellationToken)
    {
        var calendar = await cache.GetAsync(cancellationToken);
        var input = new CalculatorInput(from, days);
        var shownYear = year is >= 2000 and <= 2199 ? year.Value : clock.Today.Year;
        var page = new CalculatorPage
        {
            Input = input,
            Today = clock.Today,
            Policy = policy.Value,
            Year = shownYear,
            YearLoaded = calendar.IsLoaded(shownYear),
            YearDays = await db.CalendarDays.AsNoTracking().Where(d => d.ArrangementYear == shownYear)
                .OrderBy(d => d.Date).ToListAsync(cancellationToken),
        };

        if (input.IsEmpty)
        {
            return View(page);
        }

        if (input.Parse(out var problems) is not var (start, count))
        {
            foreach (var (field, message) in problems)
            {
                ModelState.AddModelError(field, message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(page);
        }

        if (Compute(calendar, start, count) is not { } answer)
        {
            ModelState.AddModelError("days", "结果超出日历支持的范围，请缩短期间。");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(page);
        }

        var (first, last) = start <= answer.Due ? (start, answer.Due) : (answer.Due, start);
        return View(page with { Answer = answer, SpecialDays = [.. calendar.SpecialDaysBetween(first, last)] });
    }

    /// <summary>GET /api/v1/calendar/working-days?from=2019-09-27&amp;days=7</summary>
    [HttpGet("/api/v1/calendar/working-days")]
    public async Task<IActionResult> WorkingDays(string? from, string? days, CancellationToken cancellationToken)
    {
        if (new CalculatorInput(from, days).Parse(out var problems) is not var (start, count))
        {
            return Problem(title: "参数有误", detail: string.Join(" ", problems.Values), statusCode: StatusCodes.Status400BadRequest);
        }

        return Compute(await cache.GetAsync(cancellationToken), start, count) is { } answer
            ? Ok(answer)
            : Problem(title: "参数有误", detail: "结果超出日历支持的范围，请缩短期间。", statusCode: StatusCodes.Status400BadRequest);
    }

    private static WorkingDaysAnswer? Compute(WorkingDayCalendar calendar, DateOnly from, int days)
    {
        try
        {
            var (due, provisional) = calendar.AddWorkingDays(from, days);
            return new WorkingDaysAnswer(from, days, due, provisional) { Reason = calendar.ProvisionalReason(from, due) };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

public sealed record WorkingDaysAnswer(DateOnly From, int Days, DateOnly Due, bool Provisional)
{
    /// <summary>Why the due date is provisional (<see cref="WorkingDayCalendar.ProvisionalReason"/>); null when final.</summary>
    public string? Reason { get; init; }
}

public sealed record CalculatorPage
{
    public required CalculatorInput Input { get; init; }

    public required DateOnly Today { get; init; }

    public required DeadlinePolicy Policy { get; init; }

    public required int Year { get; init; }

    public required bool YearLoaded { get; init; }

    public required IReadOnlyList<CalendarDay> YearDays { get; init; }

    public WorkingDaysAnswer? Answer { get; init; }

    public IReadOnlyList<CalendarDay> SpecialDays { get; init; } = [];
}
