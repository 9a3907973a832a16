using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

/// <summary>#14's done-when for citizens: on a phone, a document number typed with other brackets and full-width digits finds its
/// decision, the credit code finds the company, and the company's history page reads without sideways scrolling.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PartyTests(BrowserFixture browser)
{
    [SkippableFact]
    public async Task On_a_phone_a_citizen_finds_a_decision_as_typed_and_reads_the_companys_history()
    {
        Skip.If(browser.Unavailable is not null, browser.Unavailable);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(375, 740);

        // A decision about a company, as the list shows it.
        await page.GotoAsync("/decisions");
        var row = page.Locator("tbody tr").Filter(new() { Has = page.Locator("a[href^='/parties/']") }).First;
        var number = await row.Locator("a[href^='/decisions/']").InnerTextAsync();
        var code = (await row.Locator("a[href^='/parties/']").GetAttributeAsync("href"))!["/parties/".Length..];
        Assert.Contains('〔', number);

        // Typed as a person might: round brackets and full-width digits, in the home page's search box.
        var typed = string.Concat(number.Replace('〔', '（').Replace('〕', '）').Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c));
        await page.GotoAsync("/");
        await page.Locator("#home-q").FillAsync(typed);
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).First.ClickAsync();
        Assert.Contains(number, await page.Locator("table.disclosure").InnerTextAsync(), StringComparison.Ordinal);

        // The company's history page, from the decision.
        await page.GetByRole(AriaRole.Link, new() { Name = "该当事人的全部公开决定" }).ClickAsync();
        Assert.EndsWith($"/parties/{code}", page.Url, StringComparison.Ordinal);
        Assert.Contains(code, await page.Locator("dl").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).CountAsync() >= 1);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "party-phone.png"), FullPage = true });

        // The credit code typed into the search box finds the same company's decisions.
        await page.GotoAsync("/");
        await page.Locator("#home-q").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        var parties = await page.Locator("tbody a[href^='/parties/']").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.NotEmpty(parties);
        Assert.All(parties, href => Assert.Equal($"/parties/{code}", href));
        await page.AssertNoSeriousViolationsAsync();
    }
}
