using System.Net;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>
/// The deciding agency's staff see a party's name and ID number in full; supervisors and auditors see them masked and reveal
/// them by an act the audit trail records (who, whose, when; never the number).
/// </summary>
public sealed class LeastPrivilegeTests
{
    [Fact]
    public async Task Supervisors_and_auditors_see_a_party_masked_and_reveal_it_by_a_logged_act()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var idNumber = DecisionData.IdNumber("21110419800101123");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕921号", today, party: "欧阳测试"));

        Assert.Contains("欧阳测试", await staff.GetStringAsync("/admin/decisions"));
        var own = await staff.GetStringAsync($"/admin/decisions/{id}");
        Assert.Contains("欧阳测试", own);
        Assert.Contains(idNumber, own);
        var denied = await staff.PostFieldsAsync($"/admin/decisions/{id}", $"/admin/decisions/{id}/identity", []); // staff have no reveal: they see it all
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery);

        foreach (var reader in new[] { "supervisor", "auditor" })
        {
            var client = await factory.LoginDemoAsync(reader);
            var list = await client.GetStringAsync("/admin/decisions?q=" + Uri.EscapeDataString("921号"));
            Assert.Contains("欧阳**", list);
            Assert.DoesNotContain("欧阳测试", list);
            var record = await client.GetStringAsync($"/admin/decisions/{id}");
            Assert.DoesNotContain("欧阳测试", record);
            Assert.DoesNotContain(idNumber, record);
            Assert.Contains($"211{new string('*', 11)}{idNumber[^4..]}", record);

            var revealed = await client.PostFieldsAsync($"/admin/decisions/{id}", $"/admin/decisions/{id}/identity", []);
            Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
            Assert.True(revealed.Headers.CacheControl?.NoStore, "the revealed number is never cached");
            var page = await revealed.Content.ReadAsStringAsync();
            Assert.Contains("欧阳测试", page);
            Assert.Contains(idNumber, page);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == "decision.reveal-identity" && e.EntityId == $"{id}").ToListAsync();
        Assert.Equal(["auditor", "supervisor"], events.Select(e => e.ActorName).Order(StringComparer.Ordinal)); // each reader once
        Assert.All(events, e => Assert.DoesNotContain(idNumber, e.Summary + e.Change));
        Assert.All(events, e => Assert.DoesNotContain("欧阳测试", e.Summary + e.Change));
    }
}
