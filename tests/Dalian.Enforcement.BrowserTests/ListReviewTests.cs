using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class ListReviewTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task A_reviewer_approves_an_inspection_list_and_the_public_page_changes()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var staff = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(staff, "market.staff");
        await staff.GotoAsync("/admin/lists");
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByRole(AriaRole.Region, new() { Name = "随机抽查事项清单" })
            .GetByRole(AriaRole.Button, new() { Name = "以现行版本为基础新建修订稿" }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "添加事项" }).ClickAsync();
        await staff.AssertNoSeriousViolationsAsync();
        var fields = new (string Label, string Value)[]
        {
            ("事项编码", "DWSC-SC-003"), ("抽查事项", "特种设备安全监督检查"), ("抽查主体", "盘锦市大洼区市场监督管理局"),
            ("抽查依据", "《中华人民共和国特种设备安全法》第五十七条"), ("抽查对象", "特种设备使用单位"), ("抽查内容", "使用登记、定期检验、作业人员持证"),
            ("抽查比例", "不低于5%"), ("抽查方式", "双随机抽查"), ("抽查频次", "每年至少一次"),
        };
        foreach (var (label, value) in fields)
        {
            await staff.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }

        await staff.GetByRole(AriaRole.Button, new() { Name = "保存到修订稿" }).ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        Assert.Contains("已提交随机抽查事项清单", await staff.GetByRole(AriaRole.Status).InnerTextAsync());

        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync("/inspections");
        Assert.DoesNotContain("特种设备安全监督检查", await citizen.Locator("main").InnerTextAsync());

        var reviewer = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(reviewer, "market.reviewer");
        await reviewer.GotoAsync("/admin/reviews");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "随机抽查事项清单" }).ClickAsync();
        Assert.Contains("新增：DWSC-SC-003 特种设备安全监督检查", await reviewer.Locator("main").InnerTextAsync());
        await reviewer.AssertNoSeriousViolationsAsync();
        await reviewer.GetByLabel("审核意见").FillAsync("符合要求，同意公布。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "审核通过并公布" }).ClickAsync();
        Assert.Contains("第 2 版已公布", await reviewer.GetByRole(AriaRole.Status).InnerTextAsync());

        await citizen.ReloadAsync();
        var market = citizen.GetByRole(AriaRole.Region, new() { Name = "盘锦市大洼区市场监督管理局" });
        Assert.Contains("特种设备安全监督检查", await market.InnerTextAsync());
        Assert.Contains("现行第 2 版", await market.InnerTextAsync());
        await citizen.AssertNoSeriousViolationsAsync();
    }
}
