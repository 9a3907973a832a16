using System.Globalization;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Calendar;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>
/// The calculator's two inputs as typed, parsed by hand so that every mistake gets its own Chinese
/// message (the page shows it beside the field, the API returns it as problem details).
/// </summary>
public sealed record CalculatorInput(string? From, string? Days)
{
    public const int MaxDays = 1000;

    public bool IsEmpty => string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(Days);

    /// <summary>The parsed date and count, or the problems keyed by parameter name.</summary>
    public (DateOnly From, int Days)? Parse(out Dictionary<string, string> problems)
    {
        problems = [];
        DateOnly from = default;
        var days = 0;
        if (string.IsNullOrWhiteSpace(From))
        {
            problems["from"] = "请填写起算日期（格式 YYYY-MM-DD）。";
        }
        else if (IsoDate.Parse(From) is not { } parsed)
        {
            problems["from"] = $"起算日期“{Clip(From)}”不是有效的日期，格式应为 YYYY-MM-DD，例如 2019-09-27。";
        }
        else if (!WorkingDayCalendar.IsSupported(from = parsed))
        {
            problems["from"] = $"起算日期须在 {WorkingDayCalendar.MinDate:yyyy-MM-dd} 至 {WorkingDayCalendar.MaxDate:yyyy-MM-dd} 之间。";
        }

        if (string.IsNullOrWhiteSpace(Days))
        {
            problems["days"] = "请填写工作日数（整数）。";
        }
        else if (!int.TryParse(Days.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out days))
        {
            problems["days"] = $"工作日数“{Clip(Days)}”不是整数。";
        }
        else if (Math.Abs((long)days) > MaxDays)
        {
            problems["days"] = $"工作日数的绝对值不能超过 {MaxDays}。";
        }

        return problems.Count == 0 ? (from, days) : null;
    }

    private static string Clip(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
