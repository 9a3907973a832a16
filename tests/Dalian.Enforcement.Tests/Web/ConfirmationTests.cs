using System.Net;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>
/// The acts the public feels and no one can undo go through a confirmation page that works without script; a non-disclosure's
/// approver is a second staff account of the agency chosen from a list; a late withdrawal says so on the public 410 notice.
/// </summary>
public sealed class ConfirmationTests
{
    [Fact]
    public async Task Publishing_and_withdrawing_are_asked_on_their_own_pages_and_the_record_page_only_links_to_them()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕911号", today));

        var record = await staff.GetStringAsync($"/admin/decisions/{id}");
        Assert.Contains($"href=\"/admin/decisions/{id}/publish\"", record);
        Assert.Contains($"href=\"/admin/decisions/{id}/not-disclosed\"", record);
        Assert.DoesNotContain($"action=\"/admin/decisions/{id}/publish\"", record); // one click on the record page publishes nothing

        var confirm = await staff.GetStringAsync($"/admin/decisions/{id}/publish");
        Assert.Contains("确认公开", confirm);
        Assert.Contains("已公开的决定不能再修改", confirm);
        Assert.Contains($"action=\"/admin/decisions/{id}/publish\"", confirm);
        Assert.Contains("王**", confirm); // the items as the public will see them, masked

        var early = await staff.GetAsync($"/admin/decisions/{id}/withdraw"); // nothing to withdraw yet: back to the record, saying why
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Contains("不能撤回", await staff.GetStringAsync($"/admin/decisions/{id}"));

        Assert.Contains("已公开", await DecisionData.ActAsync(staff, id, "publish"));
        var published = await staff.GetStringAsync($"/admin/decisions/{id}");
        Assert.Contains($"href=\"/admin/decisions/{id}/withdraw\"", published);
        Assert.DoesNotContain($"action=\"/admin/decisions/{id}/withdraw\"", published);
        Assert.Contains($"action=\"/admin/decisions/{id}/withdraw\"", await staff.GetStringAsync($"/admin/decisions/{id}/withdraw"));

        var market = await factory.LoginDemoAsync("market.staff"); // another agency's record has no confirmation page for them
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/admin/decisions/{id}/withdraw")).StatusCode);
    }

    [Fact]
    public async Task A_non_disclosure_is_approved_by_another_active_staff_account_of_the_agency_chosen_from_the_list()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕912号", today));

        var offered = await DecisionData.ApproversAsync(staff, id);
        Assert.Equal(["孙志强（water.head）"], offered.Select(a => a.Name)); // not the actor, not the reviewer, not another agency
        string Id(string userName)
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Single(u => u.UserName == userName).Id;
        }

        foreach (var refused in new[] { Id("water.staff"), Id("reviewer"), Id("market.staff"), "王局长", "" })
        {
            var page = await DecisionData.ActAsync(staff, id, "not-disclosed", ("reason", "CommercialSecret"), ("approver", refused),
                ("approvedOn", $"{today:yyyy-MM-dd}"), ("note", "涉及商业秘密"));
            Assert.Contains(NotDiscloseDecision.ApproverMessage, page);
            Assert.Contains("确认登记不予公开", page); // back on its confirmation page: still decided, not disclosed
            Assert.Contains("<strong>已作出待公开</strong>", await staff.GetStringAsync($"/admin/decisions/{id}"));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Users.Where(u => u.UserName == "water.head").ExecuteUpdateAsync(u => u.SetProperty(x => x.DisabledAtUtc, factory.Time.GetUtcNow().UtcDateTime));
        }

        Assert.Empty(await DecisionData.ApproversAsync(staff, id));
        Assert.Contains("本单位没有其他可批准的执法单位工作人员账户", await staff.GetStringAsync($"/admin/decisions/{id}/not-disclosed"));
        Assert.Contains(NotDiscloseDecision.ApproverMessage, await DecisionData.ActAsync(staff, id, "not-disclosed", ("reason", "CommercialSecret"),
            ("approver", Id("water.head")), ("approvedOn", $"{today:yyyy-MM-dd}")));
    }

    [Fact]
    public async Task A_late_withdrawal_shows_on_the_public_notice_and_its_json_as_late_by_its_working_days()
    {
        await using var factory = new PortalFactory();
        var clock = factory.Services.GetRequiredService<LegalClock>();
        var decided = clock.Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, decided);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕913号", decided));
        Assert.Contains("已公开", await DecisionData.ActAsync(staff, id, "publish"));

        factory.Time.Advance(TimeSpan.FromDays(12));
        var today = clock.Today;
        var calendar = await factory.Services.GetRequiredService<CalendarCache>().GetCurrentAsync();
        var due = calendar.AddWorkingDays(decided, 3).Due;
        var late = Math.Max(1, calendar.WorkingDaysBetween(due, today));
        staff = await factory.LoginDemoAsync("water.staff");

        var fields = new[] { ("reason", "Revoked"), ("note", "经行政复议撤销。"), ("revokingActDate", $"{decided:yyyy-MM-dd}") };
        var stamp = await DecisionData.StampAsync(staff, id);
        var refused = await staff.PostFieldsAsync($"/admin/decisions/{id}/withdraw", $"/admin/decisions/{id}/withdraw",
            [new("stamp", stamp), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        Assert.Equal($"/admin/decisions/{id}/withdraw", refused.Headers.Location!.OriginalString); // back to the confirmation page
        var again = await staff.GetStringAsync($"/admin/decisions/{id}/withdraw");
        Assert.Contains($"已超过撤回期限（{due:yyyy-MM-dd}），请填写逾期撤回的原因。", again);
        Assert.Contains("经行政复议撤销。</textarea>", again); // what was typed is kept

        Assert.Contains("已撤回", await DecisionData.ActAsync(staff, id, "withdraw", [.. fields, ("latenessReason", "复议决定书送达延误")]));
        var anonymous = factory.CreateClient();
        var gone = await anonymous.GetAsync($"/decisions/{id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var expected = $"逾期 {late} 个工作日撤回，原因：复议决定书送达延误";
        Assert.Contains(expected, await gone.Content.ReadAsStringAsync());
        Assert.Contains($"至 {due:yyyy-MM-dd}", await staff.GetStringAsync($"/admin/decisions/{id}"));

        var json = JsonDocument.Parse(await (await anonymous.GetAsync($"/api/v1/decisions/{id}")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(late, json.GetProperty("workingDaysLate").GetInt32());
        Assert.Contains(expected, json.GetProperty("timeliness").GetString());
        var logged = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/decisions/{id}/content")).RootElement;
        Assert.Contains(expected, logged.GetProperty("timeliness").GetString()); // the logged notice holds it too
    }

    [Fact]
    public async Task A_withdrawal_on_time_says_so_on_the_notice()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕914号", today));
        await DecisionData.ActAsync(staff, id, "publish");
        await DecisionData.ActAsync(staff, id, "withdraw", ("reason", "Changed"), ("note", "经复议变更。"), ("revokingActDate", $"{today:yyyy-MM-dd}"));

        var notice = await factory.CreateClient().GetAsync($"/decisions/{id}");
        var text = await notice.Content.ReadAsStringAsync();
        Assert.Contains("在法定期限内撤回", text);
        Assert.DoesNotContain("逾期", text);
    }
}
