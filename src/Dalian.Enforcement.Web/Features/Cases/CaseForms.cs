using System.Globalization;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>A new case as staff type it. Dates are text, so that nothing typed fails binding; the operation says what is wrong.</summary>
public sealed class CaseForm
{
    public int MatterId { get; set; }

    public CaseSource Source { get; set; } = CaseSource.Inspection;

    public string? SourceNote { get; set; }

    public PartyKind PartyKind { get; set; }

    public string? PartyName { get; set; }

    public string? CreditCode { get; set; }

    public IdDocumentType? IdType { get; set; }

    public string? IdNumber { get; set; }

    public string? LegalRepresentative { get; set; }

    public string? DiscoveredOn { get; set; }

    public List<int> OfficerIds { get; set; } = [];
}

/// <summary>A stage entered or skipped, as staff type it.</summary>
public sealed class StageForm
{
    public string? Stamp { get; set; }

    public string Code { get; set; } = "";

    public bool Skip { get; set; }

    public string? OccurredAt { get; set; }

    public string? Place { get; set; }

    public List<int> OfficerIds { get; set; } = [];

    public string? DocumentNumber { get; set; }

    public string? DocumentDate { get; set; }

    public string? ServedOn { get; set; }

    public string? Note { get; set; }

    public string? SkipReason { get; set; }

    public AvExceptionReason? AvException { get; set; }

    public string? AvExceptionNote { get; set; }

    public string? AvExceptionApprover { get; set; }

    public string? BackdateReason { get; set; }
}

/// <summary>The parsing of what people type: an ISO date, or a date and time as a datetime-local field sends it.</summary>
public static class Typed
{
    private static readonly string[] s_times = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static DateTime? Time(string? text) =>
        DateTime.TryParseExact((text ?? "").Trim(), s_times, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
        && value.Year is >= 2000 and <= 2199 ? value : null;

    public static string TimeText(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
