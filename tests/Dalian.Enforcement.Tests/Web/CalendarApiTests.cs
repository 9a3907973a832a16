using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Web;

public sealed class CalendarApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Answers_in_the_documented_shape()
    {
        var json = await factory.CreateClient().GetStringAsync("/api/v1/calendar/working-days?from=2019-09-27&days=7");

        Assert.Equal("""{"from":"2019-09-27","days":7,"due":"2019-10-12","provisional":false,"reason":null}""", json);
    }

    [Fact]
    public async Task Crossing_into_an_unloaded_year_is_marked_provisional()
    {
        var answer = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/calendar/working-days?from=2026-12-28&days=7");

        Assert.Equal("2027-01-06", answer.GetProperty("due").GetString());
        Assert.True(answer.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("?days=7", "缺少|请填写起算日期")]
    [InlineData("?from=2019-02-30&days=7", "“2019-02-30”不是有效的日期")]
    [InlineData("?from=27/09/2019&days=7", "不是有效的日期")]
    [InlineData("?from=2019-09-27", "请填写工作日数")]
    [InlineData("?from=2019-09-27&days=abc", "“abc”不是整数")]
    [InlineData("?from=2019-09-27&days=1.5", "“1.5”不是整数")]
    [InlineData("?from=2019-09-27&days=1001", "不能超过 1000")]
    [InlineData("?from=2019-09-27&days=-1001", "不能超过 1000")]
    [InlineData("?from=2019-09-27&days=99999999999999", "不是整数")]
    [InlineData("?from=1900-01-01&days=1", "须在 2000-01-01 至 2199-12-31 之间")]
    public async Task Bad_input_answers_400_problem_details_naming_the_problem(string query, string expected)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/calendar/working-days" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Matches(expected, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Agrees_with_the_official_arrangements_for_every_start_date_2015_to_2026()
    {
        var client = factory.CreateClient();
        var mismatches = new List<string>();
        var index = 0;
        foreach (var from in OfficialCalendarOracle.EveryDay(new DateOnly(2015, 1, 1), new DateOnly(2026, 12, 31)))
        {
            var days = 1 + (index++ % 30); // every period 1–30 comes round again and again
            var answer = await client.GetFromJsonAsync<JsonElement>($"/api/v1/calendar/working-days?from={from:yyyy-MM-dd}&days={days}");
            var expected = OfficialCalendarOracle.AddWorkingDays(from, days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (answer.GetProperty("due").GetString() != expected)
            {
                mismatches.Add($"{from} + {days}: {answer.GetProperty("due")} ≠ {expected}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task The_calculator_page_shows_the_due_date_and_the_holidays_on_the_way()
    {
        var html = await factory.CreateClient().GetStringAsync("/calendar?from=2019-09-27&days=7");

        Assert.Contains("截止日为 <strong>2019年10月12日（星期六）</strong>", html);
        Assert.Contains("<td>2019年10月1日（星期二）</td><td>放假</td><td>国庆节</td>", html);
        Assert.Contains("<td>2019年10月12日（星期六）</td><td>调休上班</td><td>国庆节</td>", html);
        Assert.DoesNotContain("暂定结果", html);
    }

    [Fact]
    public async Task The_calculator_page_explains_bad_input_beside_the_field_and_keeps_it()
    {
        var response = await factory.CreateClient().GetAsync("/calendar?from=2019-13-01&days=x");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("起算日期“2019-13-01”不是有效的日期", html);
        Assert.Contains("工作日数“x”不是整数。", html);
        Assert.Contains("value=\"2019-13-01\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
    }
}
