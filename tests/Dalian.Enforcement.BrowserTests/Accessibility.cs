using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dalian.Enforcement.BrowserTests;

public static class Accessibility
{
    /// <summary>Runs axe on the page; fails on any serious or critical violation, naming each.</summary>
    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe on {page.Url}:\n{string.Join("\n", serious)}");
    }
}
