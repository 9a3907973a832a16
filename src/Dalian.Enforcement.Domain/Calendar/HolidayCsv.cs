namespace Dalian.Enforcement.Domain.Calendar;

/// <summary>One data line of a holiday-arrangement file: <c>date,kind,name</c>, optionally <c>,notice</c>.</summary>
public sealed record HolidayRow(int Line, DateOnly Date, CalendarDayKind Kind, string Name, string? Notice);

public sealed record HolidayCsvResult(IReadOnlyList<HolidayRow> Rows, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads the arrangement format of the seed file. A file is taken whole or not at all: every wrong
/// line is reported with its number, in Chinese, and no row is returned while any line is wrong.
/// </summary>
public static class HolidayCsv
{
    public const string Header = "date,kind,name";

    /// <summary>
    /// Parses a whole file. With an arrangement year, every date must belong to that year's notice
    /// (December of the previous year up to 31 December of the year).
    /// </summary>
    public static HolidayCsvResult Parse(TextReader reader, int? arrangementYear = null)
    {
        var rows = new List<HolidayRow>();
        var errors = new List<string>();
        var seen = new Dictionary<DateOnly, int>();
        var header = reader.ReadLine()?.Trim().TrimStart('\uFEFF');
        if (header is null || !(header == Header || header == Header + ",notice"))
        {
            return new([], [$"第1行：表头应为“{Header}”（可加第四列 notice）。"]);
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (row, error) = ParseLine(lineNumber, line, arrangementYear, seen);
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                errors.Add($"第{lineNumber}行：{error}");
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add("文件中没有任何数据行。");
        }

        return errors.Count == 0 ? new(rows, []) : new([], errors);
    }

    private static (HolidayRow? Row, string? Error) ParseLine(int line, string text, int? year, Dictionary<DateOnly, int> seen)
    {
        static (HolidayRow?, string?) Fail(string message) => (null, message);

        var cells = text.Split(',').Select(c => c.Trim()).ToArray();
        if (cells.Length is not (3 or 4))
        {
            return Fail($"应有3列（日期、类型、名称），实际为{cells.Length}列。");
        }

        if (IsoDate.Parse(cells[0]) is not { } date)
        {
            return Fail($"日期“{cells[0]}”无效，应为存在的日期，格式 YYYY-MM-DD。");
        }

        CalendarDayKind kind;
        switch (cells[1])
        {
            case "holiday": kind = CalendarDayKind.Holiday; break;
            case "workday": kind = CalendarDayKind.Workday; break;
            default: return Fail($"类型“{cells[1]}”未知，应为 holiday（放假）或 workday（调休上班）。");
        }

        if (CalendarRules.Problem(date, kind, cells[2], year) is { } problem)
        {
            return Fail(problem);
        }

        if (cells.Length == 4 && cells[3].Length > CalendarRules.MaxNoticeLength)
        {
            return Fail($"通知名称不超过{CalendarRules.MaxNoticeLength}个字。");
        }

        if (!seen.TryAdd(date, line))
        {
            return Fail($"日期 {date:yyyy-MM-dd} 与第{seen[date]}行重复。");
        }

        return (new HolidayRow(line, date, kind, cells[2], cells.Length == 4 && cells[3].Length > 0 ? cells[3] : null), null);
    }
}
