using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class AccountTests(BrowserFixture browser)
{
    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)] // the forms work without JavaScript
    public async Task Staff_member_is_sent_to_the_login_page_logs_in_and_reaches_the_back_office(bool javaScript)
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync(javaScript);

        await page.GotoAsync("/admin");
        Assert.Contains("/account/login", page.Url);
        if (javaScript)
        {
            await page.AssertNoSeriousViolationsAsync(); // axe itself is JavaScript
        }

        await page.GetByLabel("用户名").FillAsync("water.staff");
        await page.GetByLabel("密码").FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.WaitForURLAsync("**/admin");
        Assert.Equal("后台管理", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("张晓明", await page.Locator("main").InnerTextAsync());
        Assert.Contains("盘锦市大洼区水利局", await page.Locator("main").InnerTextAsync());
        if (javaScript)
        {
            await page.AssertNoSeriousViolationsAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录（water.staff）" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl + "/");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "工作人员登录" }).CountAsync());
    }

    [SkippableFact]
    public async Task A_wrong_password_is_explained_in_chinese()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.GetByLabel("用户名").FillAsync("auditor");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        Assert.Contains("用户名或密码不正确。", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        await page.AssertNoSeriousViolationsAsync();
    }
}
