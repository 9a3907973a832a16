using System.Net;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Cases;

/// <summary>Staff of one agency never reach another agency's cases, records or files, whatever the route or id.</summary>
public sealed class CaseScopeTests
{
    [Fact]
    public async Task Every_case_route_and_file_url_of_another_agency_is_a_404()
    {
        await using var factory = new PortalFactory();
        long caseId;
        long recordId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var stored = await db.CaseRecords.Where(r => r.Stored).Join(db.Cases.Where(c => c.ClosedOn == null || c.ClosedOn != null), r => r.CaseId, c => c.Id, (r, c) => r).FirstAsync();
            (caseId, recordId) = (stored.CaseId, stored.Id);
        }

        var water = await factory.LoginDemoAsync("water.staff");
        Assert.Equal(HttpStatusCode.OK, (await water.GetAsync($"/admin/cases/{caseId}/records/{recordId}/file")).StatusCode);
        var market = await factory.LoginDemoAsync("market.staff");
        foreach (var url in new[]
        {
            $"/admin/cases/{caseId}", $"/admin/cases/{caseId}/stage", $"/admin/cases/{caseId}/records/new", $"/admin/cases/{caseId}/records/{recordId}/file",
            $"/admin/cases/{caseId}/export", $"/admin/audit/history/Case/{caseId}", $"/admin/decisions/new?case={caseId}",
        })
        {
            Assert.True((await market.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await market.PostFieldsAsync("/admin/cases/new", $"/admin/cases/{caseId}/stage",
            [new("Stamp", "0"), new("Code", "filing"), new("Skip", "true"), new("SkipReason", "x")])).StatusCode);
        var token = System.Text.RegularExpressions.Regex.Match(await market.GetStringAsync("/admin/cases/new"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var upload = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" }, { new StringContent("0"), "Stamp" } };
        Assert.Equal(HttpStatusCode.NotFound, (await market.PostAsync($"/admin/cases/{caseId}/records", upload)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await market.PostFieldsAsync("/admin/cases/new", "/admin/decisions/new",
            [new("CaseId", $"{caseId}"), new("MatterId", "1"), new("Stamp", "0")])).StatusCode);
        Assert.DoesNotContain($"/admin/cases/{caseId}\"", await market.GetStringAsync("/admin/cases"));
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/admin/cases/{caseId}/records/{recordId}/file")).StatusCode);
    }

    [Fact]
    public async Task The_demo_flags_the_missing_recording_counts_the_exception_and_shows_the_overdue_open_case()
    {
        await using var factory = new PortalFactory();
        var supervisor = await factory.LoginDemoAsync("supervisor");

        var page = await supervisor.GetStringAsync("/admin/cases/completeness");

        Assert.Contains("“调查取证”缺少必须的音像记录", page);
        Assert.Contains("例外情形 调查取证：客观原因无法记录", page);
        Assert.Contains("处罚决定期限已逾期", page);
        var staff = await factory.LoginDemoAsync("water.staff");
        var list = await staff.GetStringAsync("/admin/cases");
        Assert.Contains("处罚决定期限已于", list);
        var found = await staff.GetStringAsync("/admin/cases?q=" + Uri.EscapeDataString("许受〔2025〕"));
        Assert.Matches("href=\"/admin/cases/\\d+\">大洼水许受〔2025〕\\d+号", found);
        Assert.DoesNotContain("大洼水立〔", found[found.IndexOf("已结案件中含", StringComparison.Ordinal)..]);
        var decisions = await staff.GetStringAsync("/admin/decisions?q=" + Uri.EscapeDataString("〔2019〕"));
        Assert.Contains("ms-1\">无案卷记录</span>", decisions); // the badge on a row, not the page's explanation
    }
}
