using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class RegisterTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_citizen_checks_the_certificate_of_an_officer_at_the_door()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/officers");
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByLabel("执法证号（精确）").FillAsync("21110400007");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        Assert.Contains("共找到 1 名执法人员", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "21110400007" });
        Assert.Contains("暂扣", await row.InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();

        await row.GetByRole(AriaRole.Link, new() { Name = "陈立新" }).ClickAsync();
        Assert.Equal("陈立新", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("无有效执法证，不得从事行政执法工作", await page.Locator("main").InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "盘锦市大洼区水利局" }).First.ClickAsync();
        Assert.Equal("盘锦市大洼区水利局", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();
    }
}
