using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class AuditTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_citizen_follows_a_decision_to_the_transparency_log_and_an_auditor_reads_its_history_and_verifies_everything()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        await browser.SignCheckpointAsync();

        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync("/decisions");
        await citizen.Locator("tbody a[href^='/decisions/']").First.ClickAsync();
        Assert.Contains("号条目", await citizen.Locator("main").InnerTextAsync());
        await citizen.AssertNoSeriousViolationsAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = "透明日志", Exact = true }).Last.ClickAsync();
        Assert.Equal("透明日志", await citizen.Locator("h1").InnerTextAsync());
        Assert.Contains("dawa-enforcement.example/transparency", await citizen.Locator("pre").First.InnerTextAsync());
        await citizen.AssertNoSeriousViolationsAsync();

        var auditor = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(auditor, "auditor");
        await auditor.GetByRole(AriaRole.Link, new() { Name = "审计留痕" }).ClickAsync();
        await auditor.AssertNoSeriousViolationsAsync();
        await auditor.GetByLabel("记录类型").SelectOptionAsync(new SelectOptionValue { Label = "执法决定" });
        await auditor.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await auditor.Locator("tbody a").First.ClickAsync();
        Assert.Contains("的操作记录", await auditor.Locator("h1").InnerTextAsync());
        await auditor.AssertNoSeriousViolationsAsync();

        await auditor.GotoAsync("/admin/audit/verify");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "开始校验" }).ClickAsync();
        Assert.Contains("全部一致", await auditor.GetByRole(AriaRole.Status).InnerTextAsync());
        await auditor.AssertNoSeriousViolationsAsync();
    }
}
