using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Mvc;

namespace Dalian.Enforcement.Web.Features.Reports;

/// <summary>
/// The public annual reports: every published report by year and agency, the district summary, and each report's page, PDF, Excel
/// workbook, CSV and JSON (the snapshot, byte for byte). Every view reads the frozen snapshot; nothing is recomputed per view.
/// </summary>
public sealed class ReportsController(ReportPages pages, LegalClock clock) : Controller
{
    [HttpGet("/reports")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Index", await pages.PublishedAsync(cancellationToken));

    [HttpGet("/reports/{year:int}/district")]
    public async Task<IActionResult> District(int year, CancellationToken cancellationToken) =>
        await pages.DistrictAsync(year, cancellationToken) is { } district
            ? View("District", new DistrictPage(year, district.Figures, district.Included, district.Missing))
            : NotFound();

    [HttpGet("/reports/{year:int}/{agencyId:int}")]
    public async Task<IActionResult> Show(int year, int agencyId, string? version, CancellationToken cancellationToken) =>
        Version(version) is { } v && await pages.PublicAsync(year, agencyId, v.Number, cancellationToken) is { } report ? View("Show", report) : NotFound();

    [HttpGet("/reports/{year:int}/{agencyId:int}/report.{format}")]
    public async Task<IActionResult> Download(int year, int agencyId, string format, string? version, CancellationToken cancellationToken)
    {
        // Formats are lower case, and a version is a positive number or absent: anything else is not a document of this report.
        if (format is not ("pdf" or "xlsx" or "csv" or "json") || Version(version) is not { } v
            || await pages.PublicAsync(year, agencyId, v.Number, cancellationToken) is not { Report: { } report } view)
        {
            return NotFound();
        }

        var name = $"{view.Agency}{year}年度行政执法统计年报-第{view.Version}版";
        return format switch
        {
            "json" => File(report.Snapshot!, "application/json", $"{name}.json"),
            "csv" => File(ReportExports.Csv(view), "text/csv; charset=utf-8", $"{name}.csv"),
            "xlsx" => File(ReportExports.Workbook(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx"),
            _ => File(ReportExports.Pdf(view, $"{Request.Scheme}://{Request.Host}/reports/{year}/{agencyId}?version={view.Version}", clock.Now),
                "application/pdf", $"{name}.pdf"),
        };
    }

    private static RequestedVersion? Version(string? text) =>
        text is null ? new RequestedVersion(null)
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? new RequestedVersion(n)
        : null;
}

/// <summary>A requested version: absent (the latest) or a positive number.</summary>
internal readonly record struct RequestedVersion(int? Number);

public sealed record DistrictPage(int Year, Domain.Reports.AnnualFigures Figures, IReadOnlyList<PublishedLine> Included, IReadOnlyList<string> Missing);
