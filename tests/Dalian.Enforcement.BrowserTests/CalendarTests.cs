using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class CalendarTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_citizen_checks_a_publication_deadline_with_the_calculator()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" }).GetByRole(AriaRole.Link, new() { Name = "工作日计算器" }).ClickAsync();
        await page.AssertNoSeriousViolationsAsync();
        await page.GetByLabel("起算日期（决定作出之日）").FillAsync("2019-09-27");
        await page.GetByLabel("工作日数").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算" }).ClickAsync();

        Assert.Contains("截止日为 2019年10月12日（星期六）", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("调休上班", await page.Locator("table").First.InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("工作日数").FillAsync("七");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算" }).ClickAsync();
        Assert.Contains("工作日数“七”不是整数。", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();
    }

    [SkippableFact]
    public async Task A_supervisor_marks_a_day_and_sees_it_in_the_month_grid_and_the_history()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(page, "supervisor");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作日历" }).ClickAsync();

        await page.GotoAsync("/admin/calendar?year=2030");
        Assert.Contains("2030年的安排尚未正式载入", await page.Locator("main").InnerTextAsync());
        await page.GetByLabel("日期").FillAsync("2030-01-01");
        await page.GetByLabel("节日名称").FillAsync("元旦");
        await page.GetByLabel("依据的通知").First.FillAsync("国务院办公厅关于2030年部分节假日安排的通知");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        Assert.Contains("已保存 2030-01-01", await page.GetByRole(AriaRole.Status).First.InnerTextAsync());
        var january = page.Locator("table.month-grid").First;
        Assert.Contains("放假（元旦）", await january.InnerTextAsync());
        Assert.Contains("添加", await page.Locator("table").Last.InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();
    }
}
