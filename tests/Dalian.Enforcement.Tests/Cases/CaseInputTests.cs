using System.Net;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Cases;

/// <summary>Input that must not be taken as a default, a requirement that must not be lowered, and secrets that stay secret.</summary>
public sealed class CaseInputTests
{
    [Fact]
    public async Task A_value_that_does_not_bind_is_refused_and_the_audio_video_list_cannot_go_below_the_law()
    {
        await using var factory = new PortalFactory();
        var now = CaseData.Now(factory);
        var (_, matter, officers) = await DecisionData.WaterPenaltyAsync(factory, DateOnly.FromDateTime(now));
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await CaseData.RegisterAsync(staff, matter, officers, DateOnly.FromDateTime(now).AddDays(-1));
        await CaseData.TakeAsync(staff, id, now.AddMinutes(-30), officers);

        var maybe = await CaseData.StageAsync(staff, id, ("Skip", "maybe"), ("SkipReason", "x"), ("OccurredAt", CaseData.Time(now.AddMinutes(-20))));
        Assert.Equal(HttpStatusCode.OK, maybe.StatusCode);
        Assert.Contains("不是有效的值", await maybe.Content.ReadAsStringAsync());
        var bogus = await CaseData.PostOwnFormAsync(staff, "/admin/cases/av-list", "/admin/cases/av-list",
            [new("matterId", ""), new("stageCode", "investigation"), new("level", "Bogus")]);
        var lowered = await CaseData.PostOwnFormAsync(staff, "/admin/cases/av-list", "/admin/cases/av-list",
            [new("matterId", ""), new("stageCode", "implementation"), new("level", "NotNeeded")]);
        var raised = await CaseData.PostOwnFormAsync(staff, "/admin/cases/av-list", "/admin/cases/av-list",
            [new("matterId", $"{matter}"), new("stageCode", "service"), new("level", "Mandatory"), new("note", "留置送达全程录像")]);

        Assert.Contains("请选择本单位的事项、办案环节和要求", await bogus.Content.ReadAsStringAsync());
        Assert.Contains("只能提高要求，不能降低", await lowered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Null((await db.Cases.Include(c => c.Stages).SingleAsync(c => c.Id == id)).Entry("investigation"));
        var water = await TestData.AgencyIdAsync(factory, DecisionData.Water);
        Assert.Equal(["service:Mandatory"], await db.AvRules.Where(r => r.AgencyId == water && r.MatterId == matter && r.StageCode != "investigation")
            .Select(r => r.StageCode + ":" + r.Level).ToListAsync());
        Assert.DoesNotContain(await db.AvRules.Where(r => r.AgencyId == water).ToListAsync(), r => r.StageCode == "implementation");
    }

    [Fact]
    public async Task A_secret_recording_opens_only_to_its_agency_and_auditors_and_is_only_counted_in_public()
    {
        await using var factory = new PortalFactory();
        var now = CaseData.Now(factory);
        var (_, matter, officers) = await DecisionData.WaterPenaltyAsync(factory, DateOnly.FromDateTime(now));
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await CaseData.RegisterAsync(staff, matter, officers, DateOnly.FromDateTime(now).AddDays(-1));
        await CaseData.TakeAsync(staff, id, now.AddMinutes(-30), officers);
        var video = CaseData.Mp4(5_000, seed: 9);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseData.UploadAsync(staff, id,
            [.. CaseData.Video("investigation", now.AddMinutes(-25), officers[0]), ("Secret", "true")], new ByteArrayContent(video))).StatusCode);
        long record;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            record = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CaseRecords.Where(r => r.CaseId == id).Select(r => r.Id).SingleAsync();
        }

        var url = $"/admin/cases/{id}/records/{record}/file";
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.LoginDemoAsync("auditor")).GetAsync(url)).StatusCode);
        var supervisor = await factory.LoginDemoAsync("supervisor");
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync(url)).StatusCode);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await supervisor.GetByteArrayAsync($"/admin/cases/{id}/export")));
        Assert.NotNull(zip.GetEntry("secret-omitted.txt"));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("files/", StringComparison.Ordinal));

        await using var check = factory.Services.CreateAsyncScope();
        var process = await Dalian.Enforcement.Web.Features.Cases.PublicProcess.ForAsync(check.ServiceProvider.GetRequiredService<PortalDbContext>(), id, default);
        Assert.Equal((0, 1), (process!.Recordings.Count, process.Secret));
    }
}
