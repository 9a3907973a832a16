using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class ReportTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_citizen_opens_last_year_s_report_reads_a_chart_s_data_and_downloads_the_pdf()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();
        var year = browser.LegalNow.Year - 1;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "统计年报" }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync();
        Assert.Contains("逾期公开", await page.Locator("main").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "盘锦市大洼区水利局" }).First.ClickAsync();
        await page.AssertNoSeriousViolationsAsync();
        Assert.Equal($"盘锦市大洼区水利局{year}年度行政执法统计年报", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "行政处罚决定按类别（每宗计入最重类别）" });
        Assert.True(await chart.IsVisibleAsync());

        // The chart's numbers, opened from its disclosure, are the same as the table's.
        await page.GetByText("查看图表数据").First.ClickAsync();
        var fineInChart = await page.Locator("figure").First.Locator("tr", new() { HasText = "罚款" }).First.Locator("td").InnerTextAsync();
        var fineInTable = await page.Locator("table[data-table=penalty] tr", new() { HasText = "罚款" }).First.Locator("td").First.InnerTextAsync();
        Assert.Equal(fineInTable, fineInChart);
        await page.AssertNoSeriousViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path!).AsSpan(0, 4)), StringComparison.Ordinal);
    }
}
