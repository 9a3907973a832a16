using System.Globalization;

namespace Dalian.Enforcement.Domain;

/// <summary>Dates as the portal reads them everywhere: YYYY-MM-DD, surrounding spaces ignored, impossible dates refused.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
