using System.Net;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class CalendarAdminTests
{
    private const string Calendar2027 = """
        date,kind,name
        2027-01-01,holiday,元旦
        2027-01-02,holiday,元旦
        2027-01-03,holiday,元旦
        """;

    [Fact]
    public async Task Importing_2027_turns_provisional_deadlines_final_and_records_who_did_it()
    {
        await using var factory = new PortalFactory(demo: false);
        var deadlineId = await AddDeadlineAsync(factory, new DateOnly(2026, 12, 28), Period.WorkingDays(7));
        var untouchedId = await AddDeadlineAsync(factory, new DateOnly(2026, 3, 2), Period.WorkingDays(7));
        var client = await SupervisorAsync(factory);

        var response = await ImportAsync(client, 2027, Calendar2027);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync("/admin/calendar?year=2027");
        Assert.Contains("已导入2027年安排，共3天；重新计算后有 1 个期限发生变化。", page);
        Assert.Contains("本年安排已正式载入", page);
        Assert.Contains("导入", page);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var deadline = await db.Deadlines.SingleAsync(d => d.Id == deadlineId);
        Assert.Equal((new DateOnly(2027, 1, 7), false), (deadline.Due, deadline.Provisional));
        Assert.Equal(new DateOnly(2026, 3, 11), (await db.Deadlines.SingleAsync(d => d.Id == untouchedId)).Due);
        var change = await db.CalendarChanges.OrderByDescending(c => c.Id).FirstAsync();
        Assert.Equal((2027, "导入"), (change.Year, change.Action));
        Assert.NotEqual(CalendarSeeder.SeedUser, change.By);
    }

    [Fact]
    public async Task A_bad_file_changes_nothing_and_says_which_lines_are_wrong()
    {
        await using var factory = new PortalFactory(demo: false);
        var client = await SupervisorAsync(factory);
        var before = await SnapshotAsync(factory);

        var response = await ImportAsync(client, 2026, "date,kind,name\n2026-01-01,holiday,元旦\n2026-01-05,workday,元旦\n2026-01-01,holiday,元旦\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("第3行：2026-01-05 是星期一，只有周六或周日才能调为上班日。", html);
        Assert.Contains("第4行：日期 2026-01-01 与第2行重复。", html);
        Assert.Contains("文件未导入，日历没有任何改动。", html);
        Assert.Equal(before, await SnapshotAsync(factory));
    }

    [Fact]
    public async Task A_supervisor_adds_edits_and_removes_a_day_and_each_change_is_recorded()
    {
        await using var factory = new PortalFactory(demo: false);
        var deadlineId = await AddDeadlineAsync(factory, new DateOnly(2026, 6, 1), Period.WorkingDays(7)); // due 06-10
        var client = await SupervisorAsync(factory);
        var day = new Dictionary<string, string> { ["Date"] = "2026-06-05", ["Kind"] = "holiday", ["Name"] = "防汛应急", ["Notice"] = "测试通知" };

        var added = await client.PostFormAsync("/admin/calendar?year=2026", "/admin/calendar/2026/days", day);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(new DateOnly(2026, 6, 11), await DueAsync(factory, deadlineId));

        day["Name"] = "防汛应急（修改）";
        await client.PostFormAsync("/admin/calendar?year=2026", "/admin/calendar/2026/days", day);
        var removed = await client.PostFormAsync("/admin/calendar?year=2026", "/admin/calendar/2026/days/2026-06-05/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(new DateOnly(2026, 6, 10), await DueAsync(factory, deadlineId));

        await using var scope = factory.Services.CreateAsyncScope();
        var changes = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CalendarChanges
            .Where(c => c.Year == 2026).OrderByDescending(c => c.Id).Take(3).Select(c => c.Action).ToListAsync();
        Assert.Equal(["删除", "修改", "添加"], changes);
    }

    [Fact]
    public async Task An_adjusted_working_day_on_a_weekday_is_refused_and_the_form_keeps_its_values()
    {
        await using var factory = new PortalFactory(demo: false);
        var client = await SupervisorAsync(factory);

        var response = await client.PostFormAsync("/admin/calendar?year=2026", "/admin/calendar/2026/days", new Dictionary<string, string>
        {
            ["Date"] = "2026-06-03",
            ["Kind"] = "workday",
            ["Name"] = "测试",
            ["Notice"] = "测试通知",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2026-06-03 是星期三，只有周六或周日才能调为上班日。", html);
        Assert.Contains("value=\"测试通知\"", html);
    }

    [Theory]
    [InlineData(PortalRoles.Staff)]
    [InlineData(PortalRoles.Auditor)]
    [InlineData(PortalRoles.Admin)]
    public async Task Only_supervisors_keep_the_calendar(string role)
    {
        await using var factory = new PortalFactory(demo: false);
        var user = await TestData.UserAsync(factory, role);
        var client = factory.CreateBrowserLikeClient();
        await client.LoginAsync(user.UserName!, TestData.Password);

        var response = await client.GetAsync("/admin/calendar");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
    }

    private static async Task<HttpClient> SupervisorAsync(PortalFactory factory)
    {
        var user = await TestData.UserAsync(factory, PortalRoles.Supervisor);
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(user.UserName!, TestData.Password)).StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, int year, string csv)
    {
        var page = await client.GetStringAsync($"/admin/calendar?year={year}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent($"国务院办公厅关于{year}年部分节假日安排的通知"), "Notice" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "File", $"{year}.csv" },
        };
        return await client.PostAsync($"/admin/calendar/{year}/import", content);
    }

    private static async Task<long> AddDeadlineAsync(PortalFactory factory, DateOnly start, Period period)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var calendar = await CalendarCache.LoadAsync(db);
        var deadline = Deadline.Create(DeadlineKind.Publication, start, period, calendar);
        db.Deadlines.Add(deadline);
        await db.SaveChangesAsync();
        return deadline.Id;
    }

    private static async Task<DateOnly> DueAsync(PortalFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Deadlines.SingleAsync(d => d.Id == id)).Due;
    }

    private static async Task<string> SnapshotAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var days = await db.CalendarDays.OrderBy(d => d.Date).Select(d => $"{d.Date}{d.Kind}{d.Name}{d.Notice}").ToListAsync();
        return $"{string.Join("|", days)}#{await db.CalendarYears.CountAsync()}#{await db.CalendarChanges.CountAsync()}";
    }
}
