using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Calendar;
using FluentValidation;

namespace Dalian.Enforcement.Web.Features.Calendar;

/// <summary>Add or change one day of a year's arrangement.</summary>
public sealed class DayForm
{
    public int Year { get; set; }

    public string? Date { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? Notice { get; set; }

    public CalendarDayKind KindValue() => Kind == "workday" ? CalendarDayKind.Workday : CalendarDayKind.Holiday;

    /// <summary>The day the form describes; call only once it has been validated.</summary>
    public CalendarDay ToDay() => new()
    {
        Date = IsoDate.Parse(Date)!.Value,
        Kind = KindValue(),
        Name = Name!.Trim(),
        Notice = Notice!.Trim(),
        ArrangementYear = Year,
    };
}

internal sealed class DayFormValidator : AbstractValidator<DayForm>
{
    public DayFormValidator()
    {
        RuleFor(f => f.Date).Must(d => IsoDate.Parse(d) is not null)
            .WithMessage("请填写有效的日期，格式 YYYY-MM-DD。");
        RuleFor(f => f.Kind).Must(k => k is "holiday" or "workday").WithMessage("请选择类型：放假或调休上班。");
        RuleFor(f => f.Name).NotEmpty().WithMessage("请填写节日名称。").MaximumLength(50).WithMessage("节日名称不超过50个字。");
        RuleFor(f => f.Notice).NotEmpty().WithMessage("请填写依据的通知（文件名称或文号）。")
            .MaximumLength(CalendarRules.MaxNoticeLength).WithMessage("通知名称不超过200个字。");
        RuleFor(f => f).Custom((form, context) =>
        {
            if (form.Kind is "holiday" or "workday"
                && IsoDate.Parse(form.Date) is { } date
                && CalendarRules.Problem(date, form.KindValue(), form.Name ?? "-", form.Year) is { } problem)
            {
                context.AddFailure(nameof(DayForm.Date), problem);
            }
        });
    }
}

/// <summary>A year's whole arrangement, uploaded in the seed file's format.</summary>
public sealed class ImportForm
{
    public const int MaxBytes = 100 * 1024;

    public IFormFile? File { get; set; }

    public string? Notice { get; set; }
}

internal sealed class ImportFormValidator : AbstractValidator<ImportForm>
{
    public ImportFormValidator()
    {
        RuleFor(f => f.File).NotNull().WithMessage("请选择要导入的 CSV 文件。");
        RuleFor(f => f.File!.Length).LessThanOrEqualTo(ImportForm.MaxBytes).When(f => f.File is not null)
            .WithMessage("文件过大：一年的安排不会超过 100 KB。");
        RuleFor(f => f.Notice).NotEmpty().WithMessage("请填写依据的通知（文件名称或文号）。")
            .MaximumLength(200).WithMessage("通知名称不超过200个字。");
    }
}
