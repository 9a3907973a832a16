using System.Net;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Reports;

/// <summary>Reconsideration and litigation on a decision, and the decision fields the report counts by, over HTTP.</summary>
public sealed class ChallengeHttpTests
{
    [Fact]
    public async Task A_lawsuit_lost_withdraws_the_published_decision_and_bad_or_forged_input_changes_nothing()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var today = factory.Services.GetRequiredService<Dalian.Enforcement.Web.Infrastructure.Time.LegalClock>().Today;
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions
                .Where(d => d.Agency!.Name == DecisionData.Water && d.State == DecisionState.Published && d.Category == EnforcementCategory.Penalty)
                .Where(d => !scope.ServiceProvider.GetRequiredService<PortalDbContext>().DecisionChallenges.Any(c => c.DecisionId == d.Id))
                .OrderByDescending(d => d.DecisionDate).Select(d => d.Id).FirstAsync();
        }

        var page = await DecisionData.ActAsync(staff, id, "challenges", ("kind", "Litigation"), ("filedOn", "1999-01-01"), ("body", "大洼区人民法院"));
        Assert.Contains("申请或起诉日期应在决定日期", page);
        Assert.Contains("请填写复议机关或人民法院", await DecisionData.ActAsync(staff, id, "challenges", ("kind", "Litigation"), ("filedOn", $"{today:yyyy-MM-dd}"), ("body", " ")));
        Assert.Contains("撤回公告会引用它们", await DecisionData.ActAsync(staff, id, "challenges", ("kind", "Litigation"), ("filedOn", $"{today:yyyy-MM-dd}"),
            ("body", "申请人代理人13912345678")));
        Assert.Contains("请选择复议或诉讼", await DecisionData.ActAsync(staff, id, "challenges", ("kind", "Appeal"), ("filedOn", $"{today:yyyy-MM-dd}"), ("body", "法院")));
        Assert.Equal(0, await CountAsync(factory, id));

        var market = await factory.LoginDemoAsync("market.staff");
        var forged = await market.PostFieldsAsync("/admin/cases/new", $"/admin/decisions/{id}/challenges",
            [new("stamp", "0"), new("kind", "Litigation"), new("filedOn", $"{today:yyyy-MM-dd}"), new("body", "法院")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(0, await CountAsync(factory, id));

        Assert.Contains("已登记行政诉讼", await DecisionData.ActAsync(staff, id, "challenges", ("kind", "Litigation"), ("filedOn", $"{today:yyyy-MM-dd}"),
            ("body", "盘锦市大洼区人民法院"), ("caseNumber", "（2026）辽1104行初9号")));
        long challenge;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            challenge = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().DecisionChallenges.Where(c => c.DecisionId == id).Select(c => c.Id).SingleAsync();
        }

        var refused = await DecisionData.ActAsync(staff, id, $"challenges/{challenge}", ("outcome", "Revoked"), ("decidedOn", "2000-01-01"));
        Assert.Contains("结果日期应在申请或起诉日期", refused);
        Assert.True(refused.Contains("value=\"2000-01-01\"", StringComparison.Ordinal), refused[refused.IndexOf("登记行政诉讼结果", StringComparison.Ordinal)..][..1500]); // what was typed comes back
        Assert.Equal(DecisionState.Published, await StateAsync(factory, id));
        var done = await DecisionData.ActAsync(staff, id, $"challenges/{challenge}", ("outcome", "Revoked"), ("decidedOn", $"{today:yyyy-MM-dd}"));
        Assert.Contains("该决定已被纠正", done);
        Assert.Equal(DecisionState.Withdrawn, await StateAsync(factory, id));
        Assert.Equal(HttpStatusCode.Gone, (await factory.CreateClient().GetAsync($"/decisions/{id}")).StatusCode);
        Assert.Contains("计入被纠错或败诉", done);
        var again = await DecisionData.ActAsync(staff, id, $"challenges/{challenge}", ("outcome", "Upheld"), ("decidedOn", $"{today:yyyy-MM-dd}"));
        Assert.Contains("结果已登记，不能再次登记", again);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(ChallengeOutcome.Revoked, (await db.DecisionChallenges.SingleAsync(c => c.Id == challenge)).Outcome);
            Assert.Equal(WithdrawalReason.Revoked, (await db.Decisions.SingleAsync(d => d.Id == id)).WithdrawalReason);
            Assert.Equal(LogActs.Withdrawn, (await db.TransparencyEntries.Where(e => e.DecisionId == id).OrderBy(e => e.Index).ToListAsync())[^1].Act);
        }
    }

    [Fact]
    public async Task The_decision_form_takes_discretion_coercion_kinds_and_levy_amounts_with_a_message_beside_each_bad_value()
    {
        await using var factory = new PortalFactory();
        var staff = await factory.LoginDemoAsync("water.staff");
        var today = factory.Services.GetRequiredService<Dalian.Enforcement.Web.Infrastructure.Time.LegalClock>().Today;
        var penalty = await DecisionData.WaterPenaltyAsync(factory, today);
        var fields = DecisionData.Penalty(penalty, "大洼水罚〔2026〕881号", today).With("then", "draft");

        var notPunished = await staff.PostFieldsAsync($"/admin/decisions/new?matter={penalty.Matter}", "/admin/decisions/new", fields.With("Discretion", "NotPunished"));
        Assert.Contains("不予处罚的决定不应选择处罚类别", await notPunished.Content.ReadAsStringAsync());
        var mitigated = await DecisionData.RecordAsync(staff, fields.With("Discretion", "Mitigated"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(PenaltyDiscretion.Mitigated, (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.SingleAsync(d => d.Id == mitigated)).Discretion);
        }

        var coercion = await DecisionData.WaterPenaltyAsync(factory, today, EnforcementCategory.Coercion);
        List<KeyValuePair<string, string>> coercive = [.. fields.Where(f => f.Key is "AgencyId" or "Stamp" or "PartyKind" or "PartyName" or "IdType" or "IdNumber" or "DecisionDate" or "OfficerIds" or "then"),
            new("MatterId", $"{coercion.Matter}"), new("DocumentNumber", "大洼水强〔2026〕903号"), new("Content", "强制拆除违法建筑物"), new("LegalBasis", "《中华人民共和国水法》第六十五条")];
        var none = await staff.PostFieldsAsync($"/admin/decisions/new?matter={coercion.Matter}", "/admin/decisions/new", coercive);
        Assert.Contains("请至少选择一种强制措施或执行方式", await none.Content.ReadAsStringAsync());
        var forgedKind = await staff.PostFieldsAsync($"/admin/decisions/new?matter={coercion.Matter}", "/admin/decisions/new", [.. coercive, new("CoercionKinds", "4096")]);
        Assert.Contains("“4096”不是有效的值", await forgedKind.Content.ReadAsStringAsync());
        var combined = await staff.PostFieldsAsync($"/admin/decisions/new?matter={coercion.Matter}", "/admin/decisions/new", [.. coercive, new("CoercionKinds", "3")]);
        Assert.Contains("强制措施或执行方式无效", await combined.Content.ReadAsStringAsync()); // a number that binds but is no single kind
        var id = await DecisionData.RecordAsync(staff, [.. coercive, new("CoercionKinds", "Substitution"), new("CoercionKinds", "CourtApplication")]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(CoercionKinds.Substitution | CoercionKinds.CourtApplication,
                (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.SingleAsync(d => d.Id == id)).CoercionKinds);
        }

        var levy = await DecisionData.WaterPenaltyAsync(factory, today, EnforcementCategory.Levy);
        List<KeyValuePair<string, string>> levied = [.. coercive.Where(f => f.Key is not ("MatterId" or "DocumentNumber")), new("MatterId", $"{levy.Matter}"),
            new("DocumentNumber", "大洼水征〔2026〕907号")];
        var badAmount = await staff.PostFieldsAsync($"/admin/decisions/new?matter={levy.Matter}", "/admin/decisions/new", [.. levied, new("LevyAmount", "一万元")]);
        Assert.Contains("金额应为不超过", await badAmount.Content.ReadAsStringAsync());
        Assert.Contains("value=\"一万元\"", await badAmount.Content.ReadAsStringAsync()); // what was typed stays
        var levyId = await DecisionData.RecordAsync(staff, [.. levied, new("LevyAmount", "12,500.50")]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal(12_500.50m, (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.SingleAsync(d => d.Id == levyId)).LevyAmount);
        }
    }

    private static async Task<int> CountAsync(PortalFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().DecisionChallenges.CountAsync(c => c.DecisionId == id);
    }

    private static async Task<DecisionState> StateAsync(PortalFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Decisions.Where(d => d.Id == id).Select(d => d.State).SingleAsync();
    }
}
