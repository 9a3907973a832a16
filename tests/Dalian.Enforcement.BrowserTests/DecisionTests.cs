using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class DecisionTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task Staff_record_and_publish_a_penalty_and_a_citizen_finds_it_by_party_name_and_downloads_its_notice()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var number = $"大洼水罚〔2026〕B{Random.Shared.Next(1000, 9999)}号";
        const string party = "盘锦浏览器测试水产有限公司";
        var staff = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(staff, "water.staff");

        await staff.GotoAsync("/admin/decisions");
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "登记执法决定" }).ClickAsync();
        await staff.AssertNoSeriousViolationsAsync();
        await staff.Locator("label", new() { HasTextString = "【行政处罚】" }).First.ClickAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "下一步" }).ClickAsync();

        await staff.GetByLabel("决定文书号").FillAsync(number);
        await staff.GetByLabel("当事人类别").SelectOptionAsync(new SelectOptionValue { Label = "法人及非法人组织" });
        await staff.GetByLabel("当事人名称").FillAsync(party);
        await staff.GetByLabel("统一社会信用代码").FillAsync("11211104001203480Q");
        await staff.GetByLabel("法定代表人（负责人、经营者）").FillAsync("李四");
        await staff.GetByLabel("违法行为类型").FillAsync("未按规定安装取水计量设施");
        await staff.GetByLabel("违法事实").FillAsync("当事人取水未安装计量设施。");
        await staff.GetByLabel("处罚依据").FillAsync("《取水许可和水资源费征收管理条例》第五十三条");
        await staff.GetByLabel("罚款", new() { Exact = true }).CheckAsync();
        await staff.GetByLabel("处罚内容").FillAsync("责令限期安装，罚款一万元。");
        await staff.GetByLabel("罚款金额（元）").FillAsync("10000");
        var valid = staff.Locator("label.form-check-label", new() { HasTextString = "今日有效" });
        await valid.Nth(0).ClickAsync();
        await valid.Nth(1).ClickAsync();
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "保存并确认已作出决定" }).ClickAsync();

        Assert.Contains("公开期限", await staff.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("7个工作日", await staff.Locator("main").InnerTextAsync());
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "公开…", Exact = true }).ClickAsync();
        Assert.Contains("已公开的决定不能再修改", await staff.Locator("main").InnerTextAsync()); // the confirmation page says what follows
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "确认公开", Exact = true }).ClickAsync();
        Assert.Contains("已公开", await staff.GetByRole(AriaRole.Status).InnerTextAsync());

        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync("/decisions");
        await citizen.AssertNoSeriousViolationsAsync();
        await citizen.GetByLabel("关键词").FillAsync("浏览器测试水产");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await citizen.AssertNoSeriousViolationsAsync();
        Assert.Contains(party, await citizen.Locator("tbody").InnerTextAsync());
        await citizen.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        Assert.Equal("行政处罚决定公示", await citizen.Locator("h1").InnerTextAsync());
        Assert.Contains(number, await citizen.Locator("main").InnerTextAsync());
        await citizen.AssertNoSeriousViolationsAsync();

        var download = await citizen.RunAndWaitForDownloadAsync(() =>
            citizen.GetByRole(AriaRole.Link, new() { Name = "下载公示文书（PDF）" }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_dashboard_the_inspection_results_a_subject_s_decisions_and_a_withdrawal_notice_are_accessible()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var supervisor = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(supervisor, "supervisor");
        await supervisor.GotoAsync("/admin/supervision");
        Assert.Contains("按时公开率", await supervisor.Locator("main").InnerTextAsync());
        await supervisor.AssertNoSeriousViolationsAsync();

        await supervisor.GotoAsync("/admin/decisions?state=Withdrawn");
        await supervisor.AssertNoSeriousViolationsAsync();
        var withdrawn = supervisor.GetByRole(AriaRole.Row).Filter(new() { HasText = "已撤回" }).First.GetByRole(AriaRole.Link);
        var id = (await withdrawn.GetAttributeAsync("href"))!.Split('/')[^1];

        var citizen = await browser.NewPageAsync();
        var gone = await citizen.GotoAsync($"/decisions/{id}");
        Assert.Equal(410, gone!.Status);
        Assert.Equal("该执法决定已撤回", await citizen.Locator("h1").InnerTextAsync());
        await citizen.AssertNoSeriousViolationsAsync();

        foreach (var path in new[] { "/inspections", "/subjects", "/decisions?category=Licensing" })
        {
            await citizen.GotoAsync(path);
            await citizen.AssertNoSeriousViolationsAsync();
        }

        await citizen.GotoAsync("/subjects");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "盘锦市大洼区水利局" }).First.ClickAsync();
        Assert.Contains("最近公开的执法决定", await citizen.Locator("main").InnerTextAsync());
        await citizen.AssertNoSeriousViolationsAsync();
    }

    [SkippableFact]
    public async Task A_citizen_searches_and_pages_without_JavaScript()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/decisions");
        await page.GetByLabel("执法类别").SelectOptionAsync(new SelectOptionValue { Label = "行政许可" });
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var first = await page.Locator("tbody tr").First.InnerTextAsync();
        Assert.Contains("行政许可", first);
        await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync();
        Assert.Contains("after=", page.Url);
        Assert.NotEqual(first, await page.Locator("tbody tr").First.InnerTextAsync());
        Assert.Contains("行政许可", await page.Locator("tbody tr").First.InnerTextAsync());
    }
}
