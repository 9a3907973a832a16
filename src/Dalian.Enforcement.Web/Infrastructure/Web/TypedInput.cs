using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Dalian.Enforcement.Web.Infrastructure.Web;

/// <summary>What a person typed into a refused form, carried to the page it is redirected to under "Typed.{field}".</summary>
public static class TypedInput
{
    /// <summary>The text as typed: TempData hands a date back as a DateTime (and a GUID as a Guid), so they are turned back into text.</summary>
    public static string? Typed(this ITempDataDictionary tempData, string name) => tempData[$"Typed.{name}"] switch
    {
        string text => text,
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        { } other => Convert.ToString(other, CultureInfo.InvariantCulture),
        null => null,
    };
}
