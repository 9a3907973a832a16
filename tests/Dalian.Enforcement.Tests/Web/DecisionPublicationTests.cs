using System.Net;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class DecisionPublicationTests
{
    [Fact]
    public async Task A_penalty_is_recorded_masked_published_searchable_and_withdrawn_to_a_410_everywhere()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var idNumber = DecisionData.IdNumber("21110419800101123");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕901号", today, party: "欧阳测试")
            .With("Facts", "当事人（联系电话 13912345678）未经批准擅自取用地下水。"));

        var record = await staff.GetStringAsync($"/admin/decisions/{id}");
        var calendar = await factory.Services.GetRequiredService<CalendarCache>().GetCurrentAsync();
        Assert.Contains($"{calendar.AddWorkingDays(today, 7).Due:yyyy-MM-dd}（决定之日起7个工作日", record);

        var blocked = await DecisionData.ActAsync(staff, id, "publish");
        Assert.Contains("“违法事实”中含有疑似手机号码（139********）", blocked);
        Assert.Contains("已遮盖 1 处个人信息", await DecisionData.ActAsync(staff, id, "mask"));
        Assert.Contains("已公开，在法定期限内", await DecisionData.ActAsync(staff, id, "publish"));

        var anonymous = factory.CreateClient();
        var page = await anonymous.GetStringAsync($"/decisions/{id}");
        Assert.Contains("欧阳**", page);
        Assert.Contains("在法定期限内公开", page);
        var search = await anonymous.GetStringAsync("/decisions?q=" + Uri.EscapeDataString("欧阳"));
        Assert.Contains($"/decisions/{id}\"", search);
        Assert.Contains($"/decisions/{id}\"", await anonymous.GetStringAsync("/decisions?q=" + Uri.EscapeDataString("擅自取水 901号")));
        Assert.DoesNotContain($"/decisions/{id}\"", await anonymous.GetStringAsync("/decisions?q=" + Uri.EscapeDataString("欧阳测试")));
        var json = await anonymous.GetStringAsync($"/api/v1/decisions/{id}");
        var list = await anonymous.GetStringAsync("/api/v1/decisions?q=" + Uri.EscapeDataString("901号"));
        Assert.Contains($"\"id\":{id}", list);
        foreach (var output in new[] { page, search, json, list })
        {
            Assert.DoesNotContain(idNumber, output);
            Assert.DoesNotContain("欧阳测试", output);
            Assert.DoesNotContain("13912345678", output);
        }

        var withdrawn = await DecisionData.ActAsync(staff, id, "withdraw",
            ("reason", "Revoked"), ("note", "经行政复议撤销。"), ("revokingActDate", $"{today:yyyy-MM-dd}"));
        Assert.Contains("已撤回", withdrawn);
        var gone = await anonymous.GetAsync($"/decisions/{id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var notice = await gone.Content.ReadAsStringAsync();
        Assert.Contains("经行政复议撤销", notice);
        Assert.DoesNotContain("欧阳**", notice);
        Assert.DoesNotContain("擅自取用", notice);
        var apiGone = await anonymous.GetAsync($"/api/v1/decisions/{id}");
        Assert.Equal(HttpStatusCode.Gone, apiGone.StatusCode);
        Assert.Equal("withdrawn", JsonDocument.Parse(await apiGone.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain($"/decisions/{id}\"", await anonymous.GetStringAsync("/decisions?q=" + Uri.EscapeDataString("901号")));
    }

    [Fact]
    public async Task A_decision_not_disclosed_or_involving_a_minor_is_absent_from_every_public_output()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var secret = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕902号", today, party: "秘密公司测试"));
        var minor = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕903号", today, party: "少年测试")
            .With("InvolvesMinor", "true"));

        var head = (await DecisionData.ApproversAsync(staff, secret)).Single(a => a.Name == "孙志强（water.head）").Id;
        Assert.Contains("已登记为不予公开（批准人：孙志强（water.head））", await DecisionData.ActAsync(staff, secret, "not-disclosed",
            ("reason", "CommercialSecret"), ("approver", head), ("approvedOn", $"{today:yyyy-MM-dd}"), ("note", "涉及商业秘密")));
        Assert.Contains("涉及未成年人的决定不得公开", await DecisionData.ActAsync(staff, minor, "publish"));

        var anonymous = factory.CreateClient();
        foreach (var id in new[] { secret, minor })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/decisions/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/decisions/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/decisions/{id}/notice.pdf")).StatusCode);
        }

        foreach (var url in new[] { "/decisions?q=", "/api/v1/decisions?q=", "/decisions?category=Penalty&q=" })
        {
            foreach (var query in new[] { "902号", "903号", "擅自取用" })
            {
                var output = await anonymous.GetStringAsync(url + Uri.EscapeDataString(query));
                Assert.DoesNotContain("〔2026〕902号", output);
                Assert.DoesNotContain("〔2026〕903号", output);
            }
        }
    }

    [Fact]
    public async Task The_overdue_sweep_marks_past_due_deadlines_once_and_two_servers_agree()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var decided = today.AddDays(-40);
        var water = await DecisionData.WaterPenaltyAsync(factory, decided);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕904号", decided));

        await using var one = factory.Services.CreateAsyncScope();
        await using var two = factory.Services.CreateAsyncScope();
        var calendars = factory.Services.GetRequiredService<CalendarCache>();
        var results = await Task.WhenAll(
            Dalian.Enforcement.Web.Features.Decisions.OverdueSweep.SweepAsync(one.ServiceProvider.GetRequiredService<PortalDbContext>(), calendars, today, default),
            Dalian.Enforcement.Web.Features.Decisions.OverdueSweep.SweepAsync(two.ServiceProvider.GetRequiredService<PortalDbContext>(), calendars, today, default));

        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        var deadline = await db.Decisions.Where(d => d.Id == id).Select(d => d.PublicationDeadline!).SingleAsync();
        Assert.True(deadline.Overdue);
        Assert.Equal(0, await db.Deadlines.CountAsync(d => d.CompletedOn == null && d.Due < today && !d.Overdue));
        Assert.Equal(0, (await Dalian.Enforcement.Web.Features.Decisions.OverdueSweep.SweepAsync(db, calendars, today, default)).Marked);
        Assert.True(results.Sum(r => r.Marked) >= 1);

        var list = await staff.GetStringAsync("/admin/decisions");
        Assert.True(list.IndexOf("已逾期", StringComparison.Ordinal) < list.IndexOf("904号", StringComparison.Ordinal));
        var late = await DecisionData.ActAsync(staff, id, "publish");
        Assert.Contains("请填写逾期公开的原因", late);
        var published = await DecisionData.ActAsync(staff, id, "publish", ("latenessReason", "承办人员调整"));
        Assert.Contains("逾期", published);
        Assert.Contains("逾期", await factory.CreateClient().GetStringAsync($"/decisions/{id}"));
        Assert.Contains("公开时限监督", await (await factory.LoginDemoAsync("supervisor")).GetStringAsync("/admin/supervision"));
    }
}
