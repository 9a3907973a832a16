using System.Net;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>A refused lifecycle form keeps what was typed, in a cookie that stays small whatever is posted (no HTTP 431 lock-out).</summary>
public sealed class TypedInputCookieTests
{
    [Fact]
    public async Task A_refused_withdrawal_with_hundreds_of_posted_keys_keeps_its_own_fields_in_a_few_kilobytes()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions
                .Where(d => d.Agency!.Name == DecisionData.Water && d.State == DecisionState.Published).Select(d => d.Id).FirstAsync();
        }

        var note = string.Concat(Enumerable.Repeat("经复查发现事实认定有误。", 500)); // 6,000 characters
        List<KeyValuePair<string, string>> fields = [new("stamp", await DecisionData.StampAsync(staff, id)), new("reason", "Revoked"), new("note", note), new("revokingActDate", "无效日期")];
        fields.AddRange(Enumerable.Range(0, 300).Select(i => new KeyValuePair<string, string>($"junk{i}", new string('长', 1000))));
        var refused = await staff.PostFieldsAsync($"/admin/decisions/{id}", $"/admin/decisions/{id}/withdraw", fields);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var cookies = refused.Headers.GetValues("Set-Cookie").ToList();
        var size = cookies.Sum(c => c.Length);
        Assert.True(size < 12_000, $"Set-Cookie carries {size} bytes");
        Assert.Equal($"/admin/decisions/{id}/withdraw", refused.Headers.Location!.OriginalString); // back to the act's confirmation page
        var page = await staff.GetAsync(refused.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // the browser is not locked out
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("请按 YYYY-MM-DD 填写撤销（变更）行为的日期", html);
        Assert.Contains(note[..1000], html); // the note comes back, cut to its field's length
        Assert.DoesNotContain("junk0", html);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/admin")).StatusCode);
    }
}
