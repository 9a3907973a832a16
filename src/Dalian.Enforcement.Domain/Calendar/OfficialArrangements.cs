namespace Dalian.Enforcement.Domain.Calendar;

/// <summary>
/// The official arrangements shipped with the portal (cn-holidays.csv, 2015–2026), each day with the
/// notice it comes from. The seed loads them into the database once.
/// </summary>
public static class OfficialArrangements
{
    public const int FirstYear = 2015;
    public const int LastYear = 2026;

    public static IReadOnlyList<int> Years { get; } = [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1)];

    public static IReadOnlyList<CalendarDay> Load()
    {
        using var stream = typeof(OfficialArrangements).Assembly.GetManifestResourceStream("cn-holidays.csv")
            ?? throw new InvalidOperationException("cn-holidays.csv is not embedded in the domain assembly.");
        using var reader = new StreamReader(stream);
        var result = HolidayCsv.Parse(reader);
        if (!result.IsValid)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
        }

        return [.. result.Rows.Select(r =>
        {
            var year = ArrangementYear(r.Date, r.Name);
            return new CalendarDay { Date = r.Date, Kind = r.Kind, Name = r.Name, Notice = NoticeOf(r.Date, year), ArrangementYear = year };
        })];
    }

    /// <summary>December days of a New Year block come from the following year's notice.</summary>
    public static int ArrangementYear(DateOnly date, string name) =>
        date.Month == 12 && name == "元旦" ? date.Year + 1 : date.Year;

    /// <summary>The notice each day comes from; three special notices changed the annual ones.</summary>
    public static string NoticeOf(DateOnly date, int arrangementYear) => date switch
    {
        { Year: 2015, Month: 9, Day: >= 3 and <= 6 } => "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知（国发明电〔2015〕1号）",
        { Year: 2019 } when date >= new DateOnly(2019, 4, 28) && date <= new DateOnly(2019, 5, 5)
            => "国务院办公厅关于调整2019年劳动节假期安排的通知",
        { Year: 2020 } when date >= new DateOnly(2020, 1, 31) && date <= new DateOnly(2020, 2, 2)
            => "国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）",
        _ => $"国务院办公厅关于{arrangementYear}年部分节假日安排的通知",
    };
}
