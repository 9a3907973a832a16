using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class PublicShellTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_citizen_follows_every_section_of_the_navigation_and_each_page_is_accessible()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("行政执法公示", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        var titles = await nav.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.Equal(["首页", "执法主体", "执法人员", "执法事项", "随机抽查", "执法决定", "统计年报", "透明日志", "工作日计算器"], titles);

        foreach (var title in titles.Skip(1))
        {
            await nav.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
            Assert.Equal("page", await nav.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).GetAttributeAsync("aria-current"));
            await page.AssertNoSeriousViolationsAsync();
        }
    }

    [SkippableFact]
    public async Task The_skip_link_is_the_first_stop_and_leads_to_the_main_content()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("跳到主要内容", await focused.InnerTextAsync());
        Assert.True(await focused.IsVisibleAsync());

        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url);
    }

    [SkippableFact]
    public async Task The_not_found_page_is_chinese_and_accessible()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        Assert.Equal("页面不存在", await page.Locator("h1").InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();
    }
}
