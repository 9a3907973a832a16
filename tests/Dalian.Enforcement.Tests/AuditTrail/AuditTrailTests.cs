using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Audit;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.AuditTrail;

/// <summary>Every act leaves exactly the events it should, with its actor, and nothing private in clear.</summary>
public sealed class AuditTrailTests
{
    private static async Task<List<Dalian.Enforcement.Domain.Audit.AuditEvent>> EventsAsync(PortalFactory factory, string type, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var key = id.ToString(CultureInfo.InvariantCulture);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == type && e.EntityId == key).OrderBy(e => e.Sequence).ToListAsync();
    }

    [Fact]
    public async Task Each_lifecycle_act_writes_one_named_event_with_its_actor_and_the_fields_it_changed()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕931号", today)
            .With("Facts", "当事人（电话 13912345678）擅自取水。"));
        await DecisionData.ActAsync(staff, id, "mask");
        await DecisionData.ActAsync(staff, id, "publish");
        await DecisionData.ActAsync(staff, id, "withdraw", ("reason", "Revoked"), ("note", "经行政复议撤销。"), ("revokingActDate", $"{today:yyyy-MM-dd}"));

        var events = await EventsAsync(factory, "Decision", id);
        Assert.Equal(["decision.record", "decision.decide", "decision.mask", "decision.publish", "decision.withdraw"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(("water.staff", "Staff"), (e.ActorName, e.ActorRole)));
        Assert.All(events, e => Assert.Equal(water.Agency, e.ActorAgencyId));
        var publish = AuditText.Rows(events[3]).ToDictionary(r => r.Field);
        Assert.Equal(("Decided", "Published"), (publish["State"].From, publish["State"].To));
        Assert.Equal(("—", $"{today:yyyy-MM-dd}"), (publish["PublishedOn"].From, publish["PublishedOn"].To));
        Assert.Contains("PublicationDeadline.CompletedOn", publish.Keys);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Keys the database made are recorded as made, never as EF's temporary placeholders.
            var deadline = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.Where(d => d.Id == id).Select(d => d.PublicationDeadlineId).SingleAsync();
            Assert.Equal($"{deadline}", AuditText.Rows(events[1]).Single(r => r.Field == "PublicationDeadlineId").To);
        }


        // The ID number is a keyed pseudonym, the phone number is masked: neither in clear anywhere in the trail.
        var all = string.Concat(events.Select(e => e.Change + e.Summary));
        Assert.DoesNotContain(DecisionData.IdNumber("21110419800101123"), all);
        Assert.DoesNotContain("13912345678", all);
        Assert.Contains("\"IdNumber\":{\"from\":null,\"to\":\"hmac:", events[0].Change);
    }

    [Fact]
    public async Task A_deadline_moved_by_a_calendar_change_shows_in_its_decisions_history()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕934号", today));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var calendar = await scope.ServiceProvider.GetRequiredService<Dalian.Enforcement.Web.Features.Calendar.CalendarCache>().GetCurrentAsync();
            var next = calendar.AddWorkingDays(today, 1).Due;
            var day = new Dalian.Enforcement.Domain.Calendar.CalendarDay
            {
                Date = next,
                Kind = Dalian.Enforcement.Domain.Calendar.CalendarDayKind.Holiday,
                Name = "测试",
                Notice = "测试通知",
                ArrangementYear = next.Year,
            };
            var edit = await scope.ServiceProvider.GetRequiredService<Dalian.Enforcement.Web.Features.Calendar.CalendarEditor>().SaveDayAsync(next.Year, day, "supervisor");
            Assert.True(edit.Succeeded && edit.DeadlinesChanged > 0, string.Join(" ", edit.Errors));
        }

        var recomputed = Assert.Single(await EventsAsync(factory, "Decision", id), e => e.Action == "deadline.recompute");
        Assert.Contains(AuditText.Rows(recomputed), r => r.Field == "PublicationDeadline.Due");
    }

    [Fact]
    public async Task Fifty_simultaneous_publishes_of_one_decision_make_one_publication_one_event_and_one_leaf()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕932号", today));
        var stamp = await DecisionData.StampAsync(staff, id);
        var page = await staff.GetStringAsync($"/admin/decisions/{id}");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => staff.PostAsync($"/admin/decisions/{id}/publish",
            new FormUrlEncodedContent([new("stamp", stamp), new("__RequestVerificationToken", token)]))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        Assert.Single(await EventsAsync(factory, "Decision", id), e => e.Action == "decision.publish");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.TransparencyEntries.CountAsync(e => e.DecisionId == id));
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(default)).Intact);
    }

    [Fact]
    public async Task Two_portal_processes_appending_at_once_keep_one_unbroken_chain()
    {
        await using var first = new PortalFactory();
        await using var second = new PortalFactory(demo: false, new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = first.DatabasePath,
            ["Transparency:Directory"] = Path.Combine(first.Root, "transparency"),
        });
        _ = first.Services;
        _ = second.Services;
        async Task AppendAsync(PortalFactory factory, int n)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Audit.Record("test.append", "Test", $"{n}", $"第 {n} 次", []);
            await db.SaveChangesAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 40).Select(n => AppendAsync(n % 2 == 0 ? first : second, n)));
        await using var check = first.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(40, await db.AuditEvents.CountAsync(e => e.Action == "test.append"));
        var report = await check.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(default);
        Assert.True(report.Intact, string.Join(" ", report.Problems));
    }

    [Fact]
    public async Task Log_ins_failures_and_log_outs_are_recorded_without_what_was_typed()
    {
        await using var factory = new PortalFactory();
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync("water.staff", "wrong-password-1");
        await client.LoginAsync("nobody-Secret#1", "whatever");
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("water.staff", PortalClient.DemoPassword)).StatusCode);
        await client.PostFormAsync("/admin", "/account/logout", new Dictionary<string, string>());

        await using var scope = factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action.StartsWith("account.") && e.Action != "account.create" && e.Action != "account.update").OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["account.login-failed", "account.login-failed", "account.login", "account.logout"], events.Select(e => e.Action));
        Assert.Equal("(unknown)", events[1].EntityId);
        Assert.DoesNotContain(events, e => (e.Change + e.Summary).Contains("nobody-Secret", StringComparison.Ordinal) || e.Summary.Contains("wrong-password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Auditors_filter_the_trail_and_open_a_record_history_staff_only_their_own()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕933号", today));

        var auditor = await factory.LoginDemoAsync("auditor");
        var found = await auditor.GetStringAsync($"/admin/audit?entity=Decision&id={id}");
        Assert.Contains("确认作出决定", found);
        Assert.Contains("登记决定", found);
        Assert.DoesNotContain("演示数据", found);
        var history = await auditor.GetStringAsync($"/admin/audit/history/Decision/{id}");
        Assert.Contains("大洼水罚〔2026〕933号", history);
        Assert.Contains("<td><code>State</code></td><td class=\"text-break\">Draft</td><td class=\"text-break\">Decided</td>", history);
        Assert.Contains("起始日期请按 YYYY-MM-DD 填写", await auditor.GetStringAsync("/admin/audit?from=2026-13-01"));
        Assert.Contains("翻页参数无效", await auditor.GetStringAsync("/admin/audit?before=abc"));
        Assert.Contains("记录编号不能超过100个字符", await auditor.GetStringAsync("/admin/audit?id=" + new string('9', 500)));

        var paged = await auditor.GetStringAsync("/admin/audit");
        var next = System.Text.RegularExpressions.Regex.Match(paged, "before=(\\d+)").Groups[1].Value;
        var older = await auditor.GetStringAsync($"/admin/audit?before={next}");
        Assert.DoesNotContain($"<td>{next}</td>", older);
        Assert.Contains($"<td>{long.Parse(next, CultureInfo.InvariantCulture) - 1}</td>", older);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/admin/audit/history/Decision/{id}")).StatusCode);
        var market = await factory.LoginDemoAsync("market.staff");
        Assert.Equal(HttpStatusCode.NotFound, (await market.GetAsync($"/admin/audit/history/Decision/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await market.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().GetAsync("/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task Earlier_register_and_calendar_records_move_into_the_chain_with_their_time_and_author()
    {
        await using var factory = new PortalFactory(demo: false);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.RegisterChanges.Add(new RegisterChange { AtUtc = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc), By = "old.staff", AgencyId = 1, Subject = "执法人员", SubjectId = 7, Action = "修改", Details = "王海涛，水政监察员" });
            db.CalendarChanges.Add(new Dalian.Enforcement.Domain.Calendar.CalendarChange { AtUtc = new DateTime(2026, 11, 21, 1, 0, 0, DateTimeKind.Utc), By = "old.supervisor", Year = 2026, Action = "添加", Details = "2026-06-05" });
            await db.SaveChangesAsync();
            Assert.Equal(2, await AuditLegacyImport.RunAsync(db));
            Assert.Equal(0, await AuditLegacyImport.RunAsync(db));
        }

        await using var check = factory.Services.CreateAsyncScope();
        var moved = await check.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action.StartsWith("legacy.")).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([("Officer", "7", "old.staff"), ("CalendarYear", "2026", "old.supervisor")], moved.Select(e => (e.EntityType, e.EntityId, e.ActorName)));
        Assert.Equal(new DateTime(2026, 11, 20, 1, 0, 0), moved[0].AtUtc);
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<PortalDbContext>().RegisterChanges.CountAsync());
        Assert.True((await check.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(default)).Intact);
    }

    [Fact]
    public async Task The_public_content_served_is_what_the_log_entry_hashed()
    {
        await using var factory = new PortalFactory();
        var anonymous = factory.CreateClient();
        var list = JsonDocument.Parse(await anonymous.GetStringAsync("/api/v1/decisions"));
        var id = list.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
        var json = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/decisions/{id}")).RootElement;
        var index = json.GetProperty("transparency").GetProperty("index").GetInt64();
        var entries = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/transparency/entries?start={index}&end={index + 1}")).RootElement;
        var entryBytes = Convert.FromBase64String(entries.GetProperty("entries")[0].GetProperty("entry").GetString()!);
        var entry = JsonDocument.Parse(entryBytes).RootElement;
        Assert.Equal(("decision.published", id), (entry.GetProperty("act").GetString(), entry.GetProperty("decisionId").GetInt64()));
        var content = await anonymous.GetByteArrayAsync($"/api/v1/decisions/{id}/content");
        Assert.Equal(entry.GetProperty("contentSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(content)));
        Assert.Equal(json.GetProperty("transparency").GetProperty("entrySha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(entryBytes)));
        Assert.Contains($"透明日志</a>第 {index} 号条目", await anonymous.GetStringAsync($"/decisions/{id}"));
    }
}
