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
    /// <summary>A fictional but complete-looking 2027 arrangement: 32 holidays, two adjusted Saturdays.</summary>
    private static readonly string s_calendar2027 = "date,kind,name\n" + string.Join("\n",
        Days("2027-01-01", 3, "holiday", "元旦")
            .Concat(Days("2027-02-06", 8, "holiday", "春节")).Concat(Days("2027-04-03", 3, "holiday", "清明节"))
            .Concat(Days("2027-05-01", 5, "holiday", "劳动节")).Concat(Days("2027-06-09", 3, "holiday", "端午节"))
            .Concat(Days("2027-09-15", 3, "holiday", "中秋节")).Concat(Days("2027-10-01", 7, "holiday", "国庆节"))
            .Append("2027-02-20,workday,春节").Append("2027-10-09,workday,国庆节"));

    [Fact]
    public async Task Importing_2027_turns_provisional_deadlines_final_and_records_who_did_it()
    {
        await using var factory = new PortalFactory(demo: false);
        var deadlineId = await AddDeadlineAsync(factory, new DateOnly(2026, 12, 28), Period.WorkingDays(7));
        var untouchedId = await AddDeadlineAsync(factory, new DateOnly(2026, 3, 2), Period.WorkingDays(7));
        var client = await SupervisorAsync(factory);

        var response = await ImportAsync(client, 2027, s_calendar2027);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync("/admin/calendar?year=2027");
        Assert.Contains("已导入2027年安排，共34天；重新计算后有 1 个期限发生变化。", page);
        Assert.Contains("本年安排已正式载入", page);
        Assert.Contains("2027年安排导入：以34天（放假32天、调休上班2天）替换原有0天", page);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var deadline = await db.Deadlines.SingleAsync(d => d.Id == deadlineId);
        Assert.Equal((new DateOnly(2027, 1, 7), false), (deadline.Due, deadline.Provisional));
        Assert.Equal(new DateOnly(2026, 3, 11), (await db.Deadlines.SingleAsync(d => d.Id == untouchedId)).Due);
        var change = await db.AuditEvents.Where(e => e.EntityType == "CalendarYear").OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal(("2027", "calendar.import"), (change.EntityId, change.Action));
        Assert.Equal((PortalRoles.Supervisor, false), (change.ActorRole, string.IsNullOrEmpty(change.ActorId) || change.ActorId == "anonymous"));
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
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/admin/calendar?year=2026", "/admin/calendar/2026/days", day)).StatusCode);
        Assert.Contains("<td>防汛应急（修改）</td>", await client.GetStringAsync("/admin/calendar?year=2026"));
        var removed = await client.PostFormAsync("/admin/calendar?year=2026", "/admin/calendar/2026/days/2026-06-05/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(new DateOnly(2026, 6, 10), await DueAsync(factory, deadlineId));

        await using var scope = factory.Services.CreateAsyncScope();
        var changes = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .Where(e => e.EntityType == "CalendarYear" && e.EntityId == "2026").OrderByDescending(e => e.Sequence).Take(3).Select(e => e.Summary).ToListAsync();
        Assert.Equal(["删除", "修改", "添加"], changes.Select(c => c["2026年安排".Length..][..2]));
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
    [InlineData("", "请填写有效的日期")]
    [InlineData("2026-02-30", "请填写有效的日期")]
    [InlineData("abc", "请填写有效的日期")]
    public async Task An_impossible_date_in_the_day_form_is_explained_not_a_500(string date, string message)
    {
        await using var factory = new PortalFactory(demo: false);
        var client = await SupervisorAsync(factory);

        var response = await client.PostFormAsync("/admin/calendar?year=2026", "/admin/calendar/2026/days", new Dictionary<string, string>
        {
            ["Date"] = date,
            ["Kind"] = "holiday",
            ["Name"] = "测试",
            ["Notice"] = "测试通知",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/admin/calendar/0/confirm")]
    [InlineData("/admin/calendar/99999/confirm")]
    [InlineData("/admin/calendar/2200/days")]
    public async Task Years_outside_the_calendar_are_not_found(string action)
    {
        await using var factory = new PortalFactory(demo: false);
        var client = await SupervisorAsync(factory);

        var response = await client.PostFormAsync("/admin/calendar?year=2026", action, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Files_that_are_not_utf8_too_large_or_too_short_change_nothing()
    {
        await using var factory = new PortalFactory(demo: false);
        var client = await SupervisorAsync(factory);
        var before = await SnapshotAsync(factory);
        var gbk = new byte[] { 0x64, 0x61, 0x74, 0x65, 0x2C, 0x6B, 0x69, 0x6E, 0x64, 0x2C, 0x6E, 0x61, 0x6D, 0x65, 0x0A }
            .Concat(System.Text.Encoding.ASCII.GetBytes("2027-01-01,holiday,")).Concat(new byte[] { 0xD4, 0xAA, 0xB5, 0xA9 }).ToArray(); // 元旦 in GBK

        var notUtf8 = await ImportAsync(client, 2027, gbk);
        var tooLarge = await ImportAsync(client, 2027, System.Text.Encoding.UTF8.GetBytes("date,kind,name\n" + new string('x', 200_000)));
        var tooShort = await ImportAsync(client, 2027, System.Text.Encoding.UTF8.GetBytes("date,kind,name\n2027-01-01,holiday,元旦\n"));

        Assert.Contains("文件不是 UTF-8 编码", await notUtf8.Content.ReadAsStringAsync());
        Assert.Contains("文件过大", await tooLarge.Content.ReadAsStringAsync());
        Assert.Contains("文件只有1个放假日，不是完整的全年安排", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal(before, await SnapshotAsync(factory));
    }

    [Fact]
    public async Task An_incomplete_year_cannot_be_confirmed_as_loaded()
    {
        await using var factory = new PortalFactory(demo: false);
        var client = await SupervisorAsync(factory);

        var response = await client.PostFormAsync("/admin/calendar?year=2030", "/admin/calendar/2030/confirm", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2030年只录入了0个放假日", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_month_grid_shows_days_made_by_the_next_years_notice()
    {
        await using var factory = new PortalFactory(demo: false);
        var client = await SupervisorAsync(factory);

        var html = await client.GetStringAsync("/admin/calendar?year=2018");

        Assert.Contains("<span class=\"visually-hidden\">调休上班（元旦）</span>", html); // 2018-12-29, from the 2019 notice
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

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, int year, string csv) =>
        ImportAsync(client, year, System.Text.Encoding.UTF8.GetBytes(csv));

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, int year, byte[] csv)
    {
        var page = await client.GetStringAsync($"/admin/calendar?year={year}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent($"国务院办公厅关于{year}年部分节假日安排的通知"), "Notice" },
            { new ByteArrayContent(csv), "File", $"{year}.csv" },
        };
        return await client.PostAsync($"/admin/calendar/{year}/import", content);
    }

    private static IEnumerable<string> Days(string first, int count, string kind, string name) =>
        Enumerable.Range(0, count).Select(i => $"{DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture).AddDays(i):yyyy-MM-dd},{kind},{name}");

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
        return $"{string.Join("|", days)}#{await db.CalendarYears.CountAsync()}#{await db.AuditEvents.CountAsync(e => e.EntityType == "CalendarYear")}";
    }
}
