using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

/// <summary>Issue #13's "done when": the administrator creates a staff account, and its holder changes the one-time password and enrols before /admin.</summary>
[Collection(TwoFactorBrowserGroup.Name)]
public sealed class TwoFactorAccountTests(TwoFactorBrowserFixture browser)
{
    [SkippableFact]
    public async Task An_administrator_creates_a_staff_account_whose_holder_changes_the_password_and_enrols_before_reaching_admin()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync("/account/login");
        await admin.GetByLabel("用户名").FillAsync("admin");
        await admin.GetByLabel("密码").FillAsync(BrowserFixture.DemoPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await admin.WaitForURLAsync("**/account/login/code**");
        await admin.AssertNoSeriousViolationsAsync();
        await admin.GetByLabel("验证码或恢复码").FillAsync(await browser.AuthenticatorCodeAsync("admin"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "验证并登录" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin");

        await admin.GotoAsync("/admin/accounts/new");
        await admin.AssertNoSeriousViolationsAsync();
        await admin.GetByLabel("用户名").FillAsync("water.liu");
        await admin.GetByLabel("姓名").FillAsync("刘洋");
        await admin.GetByLabel("所属单位").SelectOptionAsync(new SelectOptionValue { Label = "盘锦市大洼区水利局" });
        await admin.GetByLabel("执法单位工作人员").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "创建账户并生成一次性密码" }).ClickAsync();
        var oneTime = (await admin.Locator("#one-time-password").InnerTextAsync()).Trim();
        Assert.Equal(12, oneTime.Length);
        await admin.AssertNoSeriousViolationsAsync();

        var holder = await browser.NewPageAsync();
        await holder.GotoAsync("/account/login");
        await holder.GetByLabel("用户名").FillAsync("water.liu");
        await holder.GetByLabel("密码").FillAsync(oneTime);
        await holder.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await holder.WaitForURLAsync("**/account/password**");
        await holder.AssertNoSeriousViolationsAsync();
        await holder.GetByLabel("当前密码（一次性密码）").FillAsync(oneTime);
        await holder.GetByLabel("新密码", new() { Exact = true }).FillAsync("Liu#Yang2026");
        await holder.GetByLabel("再次输入新密码").FillAsync("Liu#Yang2026");
        await holder.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();

        await holder.WaitForURLAsync("**/account/two-factor**");
        await holder.AssertNoSeriousViolationsAsync();
        Assert.True(await holder.GetByRole(AriaRole.Img, new() { Name = "身份验证器绑定二维码（内容与上面的密钥相同）" }).IsVisibleAsync());
        await holder.GotoAsync("/admin");
        Assert.Contains("/account/two-factor", holder.Url); // no way round enrolment
        await holder.GetByLabel("身份验证器显示的 6 位数字").FillAsync(await browser.AuthenticatorCodeAsync("water.liu"));
        await holder.GetByRole(AriaRole.Button, new() { Name = "完成绑定" }).ClickAsync();

        Assert.Equal(10, await holder.GetByRole(AriaRole.List, new() { Name = "恢复码" }).Locator("li").CountAsync());
        await holder.AssertNoSeriousViolationsAsync();
        await holder.GetByRole(AriaRole.Link, new() { Name = "我已保存，继续" }).ClickAsync();
        await holder.WaitForURLAsync("**/admin");
        Assert.Contains("刘洋", await holder.Locator("main").InnerTextAsync());
        Assert.Contains("盘锦市大洼区水利局", await holder.Locator("main").InnerTextAsync());
    }
}
