using System.Globalization;
using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class CaseTests(BrowserFixture browser)
{
    private static string Minute(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Staff_add_a_recording_and_take_a_stage_and_the_auditor_reads_the_timeline()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var now = browser.LegalNow;
        var staff = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(staff, "water.staff");
        await staff.GotoAsync("/admin/cases");
        await staff.AssertNoSeriousViolationsAsync();
        var row = staff.Locator("tbody tr", new() { HasText = "盘锦某某砂石有限公司" });
        await row.Locator("a").First.ClickAsync();
        Assert.Contains("当前环节：案件审查", await staff.Locator("main").InnerTextAsync());
        await staff.AssertNoSeriousViolationsAsync();

        await staff.GetByRole(AriaRole.Link, new() { Name = "添加记录" }).ClickAsync();
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByLabel("类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "录像" });
        await staff.GetByLabel("名称", new() { Exact = true }).FillAsync("案情分析会录像");
        await staff.GetByLabel("执法记录仪（设备）编号").FillAsync("DSJ-0102");
        await staff.GetByLabel("记录人", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await staff.GetByLabel("开始时间").FillAsync(Minute(now.AddMinutes(-50)));
        await staff.GetByLabel("结束时间").FillAsync(Minute(now.AddMinutes(-40)));
        byte[] video = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, .. new byte[20_000]];
        await staff.GetByLabel("上传文件").SetInputFilesAsync(new FilePayload { Name = "分析会.mp4", MimeType = "video/mp4", Buffer = video });
        await staff.GetByRole(AriaRole.Button, new() { Name = "添加记录" }).ClickAsync();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(video));
        Assert.Contains(hash, await staff.GetByRole(AriaRole.Status).InnerTextAsync());

        await staff.GetByRole(AriaRole.Link, new() { Name = "办理“案件审查”环节" }).ClickAsync();
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByLabel("日期和时间").FillAsync(Minute(now.AddMinutes(-30)));
        await staff.GetByRole(AriaRole.Button, new() { Name = "保存环节" }).ClickAsync();
        Assert.Contains("请填写调查终结报告的文书编号", await staff.Locator("#error-summary").InnerTextAsync());
        await staff.AssertNoSeriousViolationsAsync();
        await staff.GetByLabel("文书编号").FillAsync("大洼水调〔2026〕8号");
        await staff.GetByLabel("文书日期").FillAsync(now.AddMinutes(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.GetByRole(AriaRole.Button, new() { Name = "保存环节" }).ClickAsync();
        Assert.Contains("已办理“案件审查”环节", await staff.GetByRole(AriaRole.Status).InnerTextAsync());
        var url = staff.Url;

        var auditor = await browser.NewPageAsync();
        await BrowserFixture.LoginAsync(auditor, "auditor");
        await auditor.GetByRole(AriaRole.Link, new() { Name = "执法案件查阅" }).ClickAsync();
        await auditor.AssertNoSeriousViolationsAsync();
        await auditor.GotoAsync(url);
        var timeline = await auditor.Locator("main").InnerTextAsync();
        Assert.Contains(hash, timeline);
        Assert.Contains("大洼水调〔2026〕8号", timeline);
        Assert.Contains("water.staff 于", timeline);
        Assert.DoesNotContain("办理“", timeline); // an auditor reads, never acts
        await auditor.AssertNoSeriousViolationsAsync();
        await auditor.GotoAsync("/admin/cases/completeness");
        Assert.Contains("缺少必须的音像记录", await auditor.Locator("main").InnerTextAsync());
        await auditor.AssertNoSeriousViolationsAsync();
    }
}
