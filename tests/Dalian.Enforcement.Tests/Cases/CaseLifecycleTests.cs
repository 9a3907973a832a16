using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Cases;

/// <summary>The end: a penalty case from 立案 to 结案 over HTTP, its decision published with its hash manifest, its file exported and verified.</summary>
public sealed class CaseLifecycleTests
{
    [Fact]
    public async Task A_penalty_case_runs_from_filing_to_closing_and_its_decision_is_published_with_its_recording_manifest()
    {
        await using var factory = new PortalFactory();
        var now = CaseData.Now(factory);
        var (agency, matter, officers) = await DecisionData.WaterPenaltyAsync(factory, DateOnly.FromDateTime(now));
        var staff = await factory.LoginDemoAsync("water.staff");
        var at = now.AddMinutes(-60);
        var id = await CaseData.RegisterAsync(staff, matter, officers, DateOnly.FromDateTime(at).AddDays(-1));
        var show = await staff.GetStringAsync($"/admin/cases/{id}");
        Assert.Contains("当前环节：立案", show);

        var outOfOrder = await CaseData.StageAsync(staff, id, ("Code", "investigation"), ("OccurredAt", CaseData.Time(at)));
        Assert.Contains("请先办理“立案”环节，再办理“调查取证”", await outOfOrder.Content.ReadAsStringAsync());

        await CaseData.TakeAsync(staff, id, at, officers);
        var video = CaseData.Mp4(300_000);
        var uploaded = await CaseData.UploadAsync(staff, id, [.. CaseData.Video("investigation", at.AddMinutes(1), officers[0]),
            ("Sha256", Convert.ToHexStringLower(SHA256.HashData(video)))], new ByteArrayContent(video));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var written = await CaseData.UploadAsync(staff, id, [("StageCode", "investigation"), ("Kind", "Written"), ("Title", "询问笔录"),
            ("Text", "当事人承认在禁采期内采砂，联系电话 13912345678。")]);
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        foreach (var minutes in new[] { 10, 12, 14 })
        {
            await CaseData.TakeAsync(staff, id, at.AddMinutes(minutes), officers); // investigation, report, notice
        }

        foreach (var reason in new[] { "当事人书面放弃陈述申辩", "当事人未申请听证" })
        {
            await CaseData.SkipAsync(staff, id, reason);
        }

        var undrafted = await CaseData.StageAsync(staff, id, ("Skip", "true"), ("SkipReason", "不属于重大执法决定"));
        Assert.Contains("请先起草决定书：是否须经法制审核", await undrafted.Content.ReadAsStringAsync());
        var decidedOn = DateOnly.FromDateTime(at.AddMinutes(20));
        var drafted = await staff.GetStringAsync($"/admin/decisions/new?case={id}");
        Assert.Contains("盘锦测试砂石有限公司", drafted);
        var decisionId = await DecisionData.RecordAsync(staff, [.. DecisionData.Penalty((agency, matter, officers), "大洼水罚〔2026〕991号", decidedOn, party: "被忽略的名称")
            .Where(f => f.Key is not ("PartyKind" or "IdType" or "IdNumber" or "then")), new("CaseId", $"{id}"), new("PartyKind", "Organisation")]);
        foreach (var reason in new[] { "不属于重大执法决定", "不属于情节复杂或者重大违法行为" })
        {
            await CaseData.SkipAsync(staff, id, reason);
        }

        var early = await CaseData.StageAsync(staff, id, ("OccurredAt", CaseData.Time(at.AddMinutes(20))));
        Assert.Contains("请先起草决定书并确认作出决定", await early.Content.ReadAsStringAsync());
        await DecisionData.ActAsync(staff, decisionId, "decide");
        Assert.Contains("/admin/cases/" + id, await staff.GetStringAsync($"/admin/decisions/{decisionId}"));
        Assert.Contains("text-bg-warning\">无案卷记录</span>", await staff.GetStringAsync("/admin/decisions/1")); // a demo decision from before cases
        int outsider;
        await using (var scope0 = factory.Services.CreateAsyncScope())
        {
            outsider = await scope0.ServiceProvider.GetRequiredService<PortalDbContext>().Officers
                .Where(o => o.AgencyId == agency && !officers.Contains(o.Id)).Select(o => o.Id).FirstAsync();
        }

        var edit = await staff.PostFieldsAsync($"/admin/decisions/{decisionId}/edit", $"/admin/decisions/{decisionId}/edit",
            [.. DecisionData.Penalty((agency, matter, [officers[0], outsider]), "大洼水罚〔2026〕991号", decidedOn, party: "改过的名称")
                .Where(f => f.Key is not ("PartyKind" or "IdType" or "IdNumber" or "Stamp" or "then")),
                new("PartyKind", "Organisation"), new("Stamp", await DecisionData.EditStampAsync(staff, decisionId))]);
        Assert.Contains("承办人员须为案件", await edit.Content.ReadAsStringAsync());
        await CaseData.TakeAsync(staff, id, at.AddMinutes(20), officers);
        foreach (var minutes in new[] { 22, 24, 26 })
        {
            await CaseData.TakeAsync(staff, id, at.AddMinutes(minutes), officers, ("ServedOn", $"{at.AddMinutes(minutes):yyyy-MM-dd}")); // service, execution, closing
        }

        show = await staff.GetStringAsync($"/admin/cases/{id}");
        Assert.Contains("已结案", show);
        Assert.Contains("已跳过", show);
        Assert.Contains("大洼水罚〔2026〕991号", show);
        Assert.Contains("已公开", await DecisionData.ActAsync(staff, decisionId, "publish"));

        var anonymous = factory.CreateClient();
        var page = await anonymous.GetStringAsync($"/decisions/{decisionId}");
        Assert.Contains("执法过程", page);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(video)), page);
        Assert.Contains("盘锦测试砂石有限公司", page);
        Assert.DoesNotContain("被忽略的名称", page);
        Assert.DoesNotContain("禁采期", page);
        Assert.DoesNotContain("DSJ-TEST-01", page);
        Assert.DoesNotContain("大洼区某河段", page);
        var json = await anonymous.GetStringAsync($"/api/v1/decisions/{decisionId}");
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(video)), json);
        Assert.DoesNotContain("13912345678", json);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var closed = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
        var leaf = (await db.TransparencyEntries.AsNoTracking().Where(e => e.Act == LogActs.CaseClosed).ToListAsync())
            .Single(e => JsonDocument.Parse(e.Bytes).RootElement.GetProperty("caseId").GetInt64() == id);
        Assert.Equal(closed.ManifestSha256, JsonDocument.Parse(leaf.Bytes).RootElement.GetProperty("manifestSha256").GetString());
        Assert.Equal(closed.ManifestSha256, Convert.ToHexStringLower(SHA256.HashData(closed.Manifest!)));
        Assert.DoesNotContain("盘锦测试砂石", System.Text.Encoding.UTF8.GetString(leaf.Bytes));

        var auditor = await factory.LoginDemoAsync("auditor");
        await VerifyExportAsync(await auditor.GetByteArrayAsync($"/admin/cases/{id}/export"), closed.ManifestSha256, expectedFiles: 2);
    }

    /// <summary>What an archive does on receipt: the manifest's hash, then every file against the manifest.</summary>
    private static async Task VerifyExportAsync(byte[] zip, string manifestSha256, int expectedFiles)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var manifest = await ReadAsync(archive, "manifest.json");
        Assert.Equal(manifestSha256, Convert.ToHexStringLower(SHA256.HashData(manifest)));
        Assert.StartsWith(manifestSha256, System.Text.Encoding.ASCII.GetString(await ReadAsync(archive, "manifest.sha256")));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await ReadAsync(archive, "卷宗目录.pdf"))[..4]);
        var records = JsonDocument.Parse(manifest).RootElement.GetProperty("records").EnumerateArray().Where(r => r.GetProperty("path").GetString() is { Length: > 0 }).ToList();
        Assert.Equal(expectedFiles, records.Count);
        foreach (var r in records)
        {
            Assert.Equal(r.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(await ReadAsync(archive, r.GetProperty("path").GetString()!))));
        }

        Assert.Equal(["filing", "investigation", "report", "notice", "statement", "hearing", "legal-review", "discussion", "decision", "service", "execution", "closing"],
            JsonDocument.Parse(manifest).RootElement.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
    }

    private static async Task<byte[]> ReadAsync(ZipArchive archive, string name)
    {
        await using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
