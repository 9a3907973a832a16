using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class LegalReviewTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_reviewer_works_through_the_checklist_and_agrees_and_the_staff_member_then_decides_and_publishes()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(reviewer, "reviewer");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "重大执法决定法制审核" }).ClickAsync();
        Assert.Contains("已逾期", await reviewer.Locator("main").InnerTextAsync()); // the demo's round never taken
        await reviewer.AssertNoSeriousViolationsAsync();
        var row = reviewer.Locator("tbody tr", new() { HasText = "审核中" });
        await row.Locator("a").First.ClickAsync();
        Assert.Contains("盘锦某某水产养殖有限公司", await reviewer.Locator("main").InnerTextAsync());
        await reviewer.AssertNoSeriousViolationsAsync();

        // One point with a problem and 同意: refused beside the opinion, nothing lost.
        foreach (var title in new[] { "执法主体合法、执法人员具备资格", "程序合法", "事实清楚、证据合法充分", "未超越法定职权", "执法文书完备规范", "不涉嫌犯罪、无需移送司法机关" })
        {
            await reviewer.GetByRole(AriaRole.Group, new() { Name = title, Exact = true }).GetByLabel("符合", new() { Exact = true }).CheckAsync();
        }

        var law = reviewer.GetByRole(AriaRole.Group, new() { Name = "适用法律依据正确、裁量基准运用适当", Exact = true });
        await law.GetByLabel("存在问题", new() { Exact = true }).CheckAsync();
        await law.GetByLabel("说明（存在问题时必填）").FillAsync("裁量档次偏高");
        await reviewer.GetByLabel("同意", new() { Exact = true }).CheckAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "出具法制审核意见书" }).ClickAsync();
        Assert.Contains("有审核项存在问题时不能同意", await reviewer.Locator("#error-summary").InnerTextAsync());
        Assert.Equal("裁量档次偏高", await reviewer.GetByRole(AriaRole.Group, new() { Name = "适用法律依据正确、裁量基准运用适当", Exact = true })
            .GetByLabel("说明（存在问题时必填）").InputValueAsync());
        await reviewer.AssertNoSeriousViolationsAsync();

        law = reviewer.GetByRole(AriaRole.Group, new() { Name = "适用法律依据正确、裁量基准运用适当", Exact = true });
        await law.GetByLabel("符合", new() { Exact = true }).CheckAsync();
        await law.GetByLabel("说明（存在问题时必填）").FillAsync("");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "出具法制审核意见书" }).ClickAsync();
        var done = await reviewer.GetByRole(AriaRole.Status).InnerTextAsync();
        Assert.Matches("已出具法制审核意见书 大洼水法审〔\\d{4}〕\\d+号：同意", done);
        await reviewer.AssertNoSeriousViolationsAsync();

        var staff = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(staff, "water.staff");
        await staff.GotoAsync("/admin/cases");
        await staff.Locator("tbody tr", new() { HasText = "盘锦某某水产养殖有限公司" }).Locator("a").First.ClickAsync();
        var casePage = await staff.Locator("main").InnerTextAsync();
        Assert.Contains("当前环节：集体讨论", casePage); // the review stage was entered from the agreement
        Assert.Contains("审核同意", casePage);
        await staff.AssertNoSeriousViolationsAsync();
        await staff.Locator("dd a[href^='/admin/decisions/']").First.ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "确认已作出决定（开始计算公开期限）" }).ClickAsync();
        var decided = await staff.Locator("main").InnerTextAsync();
        Assert.True(decided.Contains("已确认作出决定", StringComparison.Ordinal), decided);
        await staff.GetByRole(AriaRole.Link, new() { Name = "公开…", Exact = true }).ClickAsync();
        Assert.Contains("已公开的决定不能再修改", await staff.Locator("main").InnerTextAsync()); // the confirmation page says what follows
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "确认公开", Exact = true }).ClickAsync();
        Assert.Contains("已公开", await staff.GetByRole(AriaRole.Status).InnerTextAsync());
        await staff.AssertNoSeriousViolationsAsync();
    }
}
