using System.Net;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dalian.Enforcement.Tests.Cases;

/// <summary>
/// The end over HTTP: a ¥150,000 fine on a company cannot be decided until a qualified reviewer who did not handle it agrees in
/// writing; a returned round, a resubmission, an agreement; a changed amount needs a new review; and every forged path changes nothing.
/// </summary>
public sealed partial class LegalReviewHttpTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_major_penalty_is_decided_only_after_a_qualified_reviewer_agrees_and_no_forged_path_gets_through()
    {
        await using var factory = new PortalFactory();
        var now = CaseData.Now(factory);
        var (agency, matter, officers) = await DecisionData.WaterPenaltyAsync(factory, DateOnly.FromDateTime(now));
        var staff = await factory.LoginDemoAsync("water.staff");
        var reviewer = await factory.LoginDemoAsync("reviewer");
        var at = now.AddMinutes(-60);
        var id = await CaseData.RegisterAsync(staff, matter, officers, DateOnly.FromDateTime(at).AddDays(-1));
        await CaseData.TakeAsync(staff, id, at, officers);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseData.UploadAsync(staff, id, [("StageCode", "investigation"), ("Kind", "Written"), ("Title", "询问笔录"),
            ("Text", "当事人承认超许可取水。")])).StatusCode);
        foreach (var minutes in new[] { 10, 12, 14 })
        {
            await CaseData.TakeAsync(staff, id, at.AddMinutes(minutes), officers);
        }

        await CaseData.SkipAsync(staff, id, "当事人书面放弃陈述申辩");
        await CaseData.SkipAsync(staff, id, "当事人未申请听证");
        var decidedOn = DateOnly.FromDateTime(at.AddMinutes(20));
        List<KeyValuePair<string, string>> fields = [.. DecisionData.Penalty((agency, matter, officers), "大洼水罚〔2026〕993号", decidedOn)
            .Where(f => f.Key is not ("PartyKind" or "IdType" or "IdNumber" or "then" or "FineAmount" or "Content")),
            new("CaseId", $"{id}"), new("PartyKind", "Organisation"), new("FineAmount", "150000.00"), new("Content", "罚款人民币150000元")];
        var decisionId = await DecisionData.RecordAsync(staff, fields);

        var skipped = await CaseData.StageAsync(staff, id, ("Skip", "true"), ("SkipReason", "不属于重大执法决定"));
        Assert.Contains("法制审核不能跳过", await skipped.Content.ReadAsStringAsync());
        await DecideAsync(staff, decisionId);
        Assert.Equal(DecisionState.Draft, await StateAsync(factory, decisionId));
        Assert.Contains("属于重大执法决定", await staff.GetStringAsync($"/admin/cases/{id}"));

        var blank = await CaseData.PostOwnFormAsync(staff, $"/admin/cases/{id}", $"/admin/cases/{id}/review", [new("stamp", await CaseStampAsync(staff, id)), new("discretion", " ")]);
        Assert.Contains("请说明裁量基准的适用情况", await blank.Content.ReadAsStringAsync());
        await SubmitAsync(staff, id);
        var round1 = await RoundAsync(factory, id, 1);
        Assert.Contains($"/admin/legal-reviews/{round1}", await reviewer.GetStringAsync("/admin/legal-reviews"));

        // Forged attempts while round 1 is open: every one refused, nothing changed.
        var forged = 0;
        var outsider = await AccountAsync(factory, "review.market", "市场局审核员", PortalRoles.LegalReviewer, Dalian.Enforcement.Web.Data.Seed.DemoRegisters.Market, qualified: true, officer: null);
        var unqualified = await AccountAsync(factory, "review.new", "新审核员", PortalRoles.LegalReviewer, Dalian.Enforcement.Web.Data.Seed.DemoRegisters.Water, qualified: false, officer: null);
        var handler = await AccountAsync(factory, "review.handler", "承办审核员", PortalRoles.LegalReviewer, Dalian.Enforcement.Web.Data.Seed.DemoRegisters.Water, qualified: true, officer: officers[0]);
        var before = await SnapshotAsync(factory, id, decisionId);
        var market = await factory.LoginDemoAsync("market.staff");
        foreach (var (client, name) in new[] { (staff, "staff"), (await factory.LoginDemoAsync("supervisor"), "supervisor"), (await factory.LoginDemoAsync("auditor"), "auditor"),
            (await factory.LoginDemoAsync("market.reviewer"), "market.reviewer"), (outsider, "outsider"), (unqualified, "unqualified"), (handler, "handler"), (market, "market") })
        {
            for (var i = 0; i < 5; i++)
            {
                var stamp = i switch { 0 => "0", 1 => "-1", 2 => "", 3 => "999", _ => "0x" };
                foreach (var action in new[] { "assign", "conclude", "extend", "request" })
                {
                    var response = await RawPostAsync(client, $"/admin/legal-reviews/{round1}/{action}", [new("stamp", stamp), new("Opinion", "Agree"),
                        .. ReviewChecklist.Items.Select(x => new KeyValuePair<string, string>($"check-{x.Code}", "Conforms")), new("extensionReason", "伪造"), new("materialsRequest", "伪造")]);
                    Assert.False(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.EndsWith($"/admin/legal-reviews/{round1}", StringComparison.Ordinal),
                        $"{name} {action} {stamp}");
                    forged++;
                }
            }

            Assert.Equal(before, await SnapshotAsync(factory, id, decisionId));
            output.WriteLine($"{name}: refused");
        }

        foreach (var who in new[] { outsider, unqualified, handler })
        {
            var page = await who.GetAsync($"/admin/legal-reviews/{round1}");
            Assert.True(page.StatusCode == HttpStatusCode.NotFound || (await page.Content.ReadAsStringAsync()).Contains("您不能审核本案", StringComparison.Ordinal));
        }

        for (var i = 0; i < 20; i++)
        {
            await DecideAsync(staff, decisionId, i % 2 == 0 ? await DecisionData.StampAsync(staff, decisionId) : $"{i}");
            await DecideAsync(market, decisionId, "0");
            forged += 2;
        }

        Assert.Equal(before, await SnapshotAsync(factory, id, decisionId));

        // Round 1: taken, returned with the opinion visible to the handler.
        await PostAsync(reviewer, round1, "assign");
        var stale = await RawPostAsync(reviewer, $"/admin/legal-reviews/{round1}/conclude", [new("stamp", "0"), new("Opinion", "Agree")]);
        Assert.Contains("已有变动", await stale.Content.ReadAsStringAsync());
        var agreeWithProblem = await ConcludeAsync(reviewer, round1, "Agree", problem: "law");
        Assert.Contains("有审核项存在问题时不能同意", agreeWithProblem);
        forged += 2;
        await ConcludeAsync(reviewer, round1, "Revise", problem: "law", reasons: "请补充裁量基准适用说明。", expectDone: true);
        Assert.Contains("请补充裁量基准适用说明。", await staff.GetStringAsync($"/admin/cases/{id}"));
        await DecideAsync(staff, decisionId);
        Assert.Equal(DecisionState.Draft, await StateAsync(factory, decisionId));

        // Round 2: resubmitted, agreed; the case's review stage is entered from it.
        await SubmitAsync(staff, id);
        var round2 = await RoundAsync(factory, id, 2);
        await PostAsync(reviewer, round2, "assign");
        var approver = await ApproverAsync(reviewer, round2);
        var extended = await PostOwnAsync(reviewer, round2, "extend", [new("extensionReason", "需核实取水计量数据"), new("extensionApprover", approver)]);
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        Assert.Contains("延长过一次", await (await RawPostAsync(reviewer, $"/admin/legal-reviews/{round2}/extend", [new("stamp", await ReviewStampAsync(reviewer, round2)),
            new("extensionReason", "再延"), new("extensionApprover", approver)])).Content.ReadAsStringAsync());
        forged++;
        await ConcludeAsync(reviewer, round2, "Agree", expectDone: true);
        var casePage = await staff.GetStringAsync($"/admin/cases/{id}");
        Assert.Matches("法制审核意见书[^<]*大洼水法审〔\\d{4}〕\\d+号", WebUtility.HtmlDecode(casePage));

        // The amount changed after the agreement: no decision; changed back, the decision goes through.
        foreach (var amount in new[] { "160000.00", "149999.99", "150000.01", "1500000.00", "90000.00" })
        {
            await EditAsync(staff, decisionId, fields, amount);
            var refused = await DecideAsync(staff, decisionId);
            Assert.Contains("须重新提交法制审核", refused);
            forged++;
        }

        await EditAsync(staff, decisionId, fields, "150000.00");
        await DecideAsync(staff, decisionId);
        Assert.Equal(DecisionState.Decided, await StateAsync(factory, decisionId));
        await CaseData.SkipAsync(staff, id, "不属于情节复杂或者重大违法行为");
        Assert.Contains("已公开", await DecisionData.ActAsync(staff, decisionId, "publish"));

        var pdf = await staff.GetAsync($"/admin/legal-reviews/{round2}/opinion.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        var subject = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/subjects/{agency}"));
        Assert.Matches("作出重大执法决定 [1-9]\\d* 件；完成法制审核 [1-9]\\d* 次", subject);
        Assert.DoesNotContain("请补充裁量基准适用说明", subject); // counts, never content

        output.WriteLine($"forged attempts: {forged}, none succeeded");
        Assert.True(forged >= 200, $"{forged} forged attempts");
    }

    [Fact]
    public async Task A_case_whose_decision_is_not_major_cannot_be_submitted_for_review()
    {
        await using var factory = new PortalFactory();
        var now = CaseData.Now(factory);
        var (agency, matter, officers) = await DecisionData.WaterPenaltyAsync(factory, DateOnly.FromDateTime(now));
        var staff = await factory.LoginDemoAsync("water.staff");
        var at = now.AddMinutes(-60);
        var id = await CaseData.RegisterAsync(staff, matter, officers, DateOnly.FromDateTime(at).AddDays(-1));
        await CaseData.TakeAsync(staff, id, at, officers);
        await CaseData.UploadAsync(staff, id, [("StageCode", "investigation"), ("Kind", "Written"), ("Title", "询问笔录"), ("Text", "当事人承认。")]);
        foreach (var minutes in new[] { 10, 12, 14 })
        {
            await CaseData.TakeAsync(staff, id, at.AddMinutes(minutes), officers);
        }

        await CaseData.SkipAsync(staff, id, "放弃");
        await CaseData.SkipAsync(staff, id, "未申请");
        await DecisionData.RecordAsync(staff, [.. DecisionData.Penalty((agency, matter, officers), "大洼水罚〔2026〕994号", DateOnly.FromDateTime(at.AddMinutes(20)))
            .Where(f => f.Key is not ("PartyKind" or "IdType" or "IdNumber" or "then" or "FineAmount")), new("CaseId", $"{id}"), new("PartyKind", "Organisation"), new("FineAmount", "5000.00")]);
        var response = await RawPostAsync(staff, $"/admin/cases/{id}/review", [new("stamp", await CaseStampAsync(staff, id)), new("discretion", "一般情节")]);
        Assert.Contains("无需法制审核", await response.Content.ReadAsStringAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LegalReviews.AnyAsync(r => r.CaseId == id));
        await CaseData.SkipAsync(staff, id, "不属于重大执法决定"); // and its review stage may be skipped
    }

    private static async Task<string> DecideAsync(HttpClient staff, long id, string? stamp = null)
    {
        var response = await RawPostAsync(staff, $"/admin/decisions/{id}/decide", [new("stamp", stamp ?? await DecisionData.StampAsync(staff, id))]);
        return response.StatusCode == HttpStatusCode.Redirect ? await staff.GetStringAsync(response.Headers.Location!.OriginalString) : await response.Content.ReadAsStringAsync();
    }

    private static async Task EditAsync(HttpClient staff, long id, List<KeyValuePair<string, string>> fields, string amount)
    {
        var stamp = await DecisionData.EditStampAsync(staff, id);
        var response = await staff.PostFieldsAsync($"/admin/decisions/{id}/edit", $"/admin/decisions/{id}/edit", fields.With("FineAmount", amount).With("Stamp", stamp));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static async Task SubmitAsync(HttpClient staff, long caseId)
    {
        var response = await CaseData.PostOwnFormAsync(staff, $"/admin/cases/{caseId}", $"/admin/cases/{caseId}/review",
            [new("stamp", await CaseStampAsync(staff, caseId)), new("discretion", "适用裁量基准第三档，情节一般"), new("statement", "当事人系初次违法")]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static async Task PostAsync(HttpClient client, long round, string action)
    {
        var response = await PostOwnAsync(client, round, action, []);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostOwnAsync(HttpClient client, long round, string action, List<KeyValuePair<string, string>> fields) =>
        await CaseData.PostOwnFormAsync(client, $"/admin/legal-reviews/{round}", $"/admin/legal-reviews/{round}/{action}",
            [new("stamp", await ReviewStampAsync(client, round)), .. fields]);

    private static async Task<string> ConcludeAsync(HttpClient reviewer, long round, string opinion, string? problem = null, string reasons = "", bool expectDone = false)
    {
        var response = await PostOwnAsync(reviewer, round, "conclude",
            [.. ReviewChecklist.Items.SelectMany(x => new KeyValuePair<string, string>[] { new($"check-{x.Code}", x.Code == problem ? "Problem" : "Conforms"),
                new($"note-{x.Code}", x.Code == problem ? "未说明适用的裁量基准条目" : "") }), new("Opinion", opinion), new("Reasons", reasons)]);
        Assert.Equal(expectDone, response.StatusCode == HttpStatusCode.Redirect);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts with the log-out form's token (valid for the session) and no form of the page: what a forged request can do at best.</summary>
    private static async Task<HttpResponseMessage> RawPostAsync(HttpClient client, string action, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync("/admin");
        var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    private static async Task<string> CaseStampAsync(HttpClient client, long id) =>
        StampField().Match(await client.GetStringAsync($"/admin/cases/{id}")).Groups[1].Value;

    private static async Task<string> ReviewStampAsync(HttpClient client, long id) =>
        StampField().Match(await client.GetStringAsync($"/admin/legal-reviews/{id}")).Groups[1].Value;

    private static async Task<string> ApproverAsync(HttpClient client, long round)
    {
        var match = Regex.Match(await client.GetStringAsync($"/admin/legal-reviews/{round}"), "<option value=\"([0-9a-f-]{36})\"");
        Assert.True(match.Success, "no approver offered");
        return match.Groups[1].Value;
    }

    private static async Task<long> RoundAsync(PortalFactory factory, long caseId, int round)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LegalReviews.Where(r => r.CaseId == caseId && r.Round == round).Select(r => r.Id).SingleAsync();
    }

    private static async Task<DecisionState> StateAsync(PortalFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.Where(d => d.Id == id).Select(d => d.State).SingleAsync();
    }

    /// <summary>What a forged act could change: the decision, the case and every round of it.</summary>
    private static async Task<string> SnapshotAsync(PortalFactory factory, long caseId, long decisionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var d = await db.Decisions.AsNoTracking().SingleAsync(x => x.Id == decisionId);
        var c = await db.Cases.AsNoTracking().Include(x => x.Stages).SingleAsync(x => x.Id == caseId);
        var rounds = await db.LegalReviews.AsNoTracking().Include(r => r.Deadline).Where(r => r.CaseId == caseId).OrderBy(r => r.Round).ToListAsync();
        return $"{d.State}/{d.Stamp}/{c.Stamp}/{c.Stages.Count}/" + string.Join(";", rounds.Select(r => $"{r.State},{r.Stamp},{r.ReviewerUserName},{r.ExtendedOn},{r.Deadline!.Due},{r.ChecklistJson}"));
    }

    private static async Task<HttpClient> AccountAsync(PortalFactory factory, string userName, string name, string role, string agency, bool qualified, int? officer)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser
            {
                UserName = userName,
                DisplayName = name,
                AgencyId = await db.Agencies.Where(a => a.Name == agency).Select(a => a.Id).SingleAsync(),
                OfficerId = officer,
                LegalQualificationNumber = qualified ? "A20200000000001" : "",
                LegalQualifiedOn = qualified ? new DateOnly(2020, 3, 1) : null,
                ReviewingSince = new DateOnly(2023, 1, 1),
            };
            Assert.True((await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return await factory.LoginDemoAsync(userName);
    }

    [GeneratedRegex("name=\"stamp\" value=\"(\\d+)\"")]
    private static partial Regex StampField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
