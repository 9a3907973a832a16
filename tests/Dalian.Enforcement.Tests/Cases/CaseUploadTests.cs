using System.Net;
using System.Security.Cryptography;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Cases;

public sealed class CaseUploadTests
{
    /// <summary>A request body written in 64 KiB pieces as it is read, never held whole: a recording generated on the fly.</summary>
    private sealed class GeneratedContent(long length, int seed) : HttpContent
    {
        public byte[] Sha256 { get; private set; } = [];

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var random = new Random(seed);
            var piece = new byte[64 * 1024];
            byte[] head = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8];
            head.CopyTo(piece, 0);
            for (long sent = 0; sent < length; sent += piece.Length)
            {
                if (sent > 0)
                {
                    random.NextBytes(piece);
                }

                var count = (int)Math.Min(piece.Length, length - sent);
                hash.AppendData(piece, 0, count);
                await stream.WriteAsync(piece.AsMemory(0, count));
            }

            Sha256 = hash.GetHashAndReset();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }

    private static async Task<(PortalFactory Factory, HttpClient Staff, long Case, DateTime At, int[] Officers)> CaseAsync(IDictionary<string, string?>? settings = null)
    {
        var factory = new PortalFactory(demo: true, settings);
        var now = CaseData.Now(factory);
        var (_, matter, officers) = await DecisionData.WaterPenaltyAsync(factory, DateOnly.FromDateTime(now));
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await CaseData.RegisterAsync(staff, matter, officers, DateOnly.FromDateTime(now).AddDays(-1));
        await CaseData.TakeAsync(staff, id, now.AddMinutes(-30), officers);
        return (factory, staff, id, now.AddMinutes(-20), officers);
    }

    [Fact]
    public async Task A_large_upload_streams_to_the_store_in_pieces_with_flat_memory_and_the_stored_hash_is_the_file_s()
    {
        var (factory, staff, id, at, officers) = await CaseAsync();
        await using var _ = factory;
        const long Length = 256L * 1024 * 1024;
        var content = new GeneratedContent(Length, 7);
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true)); // what is alive, not the garbage of pieces already written
                await Task.Delay(20);
            }
        });

        var response = await CaseData.UploadAsync(staff, id, CaseData.Video("investigation", at, officers[0]), content);
        await sampling.CancelAsync();
        await sampler;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var hash = Convert.ToHexStringLower(content.Sha256);
        await using var scope = factory.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CaseRecords.SingleAsync(r => r.CaseId == id);
        Assert.Equal((hash, Length, "video/mp4"), (record.Sha256, record.Size, record.ContentType));
        var stored = Path.Combine(factory.RecordDirectory, "sha256", hash[..2], hash[2..4], hash);
        await using (var file = File.OpenRead(stored))
        {
            Assert.Equal(hash, Convert.ToHexStringLower(await SHA256.HashDataAsync(file)));
        }

        Assert.True(peak - baseline < 64L * 1024 * 1024, $"managed memory grew by {(peak - baseline) / 1024 / 1024} MB while 256 MB streamed in");
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.RecordDirectory, "staging")));
    }

    [Fact]
    public async Task A_refused_upload_says_why_beside_the_file_keeps_what_was_typed_and_stores_nothing()
    {
        var (factory, staff, id, at, officers) = await CaseAsync(new Dictionary<string, string?> { ["Records:MaxUploadBytes"] = "100000" });
        await using var _ = factory;
        var video = CaseData.Mp4(50_000);

        var mismatch = await CaseData.UploadAsync(staff, id, [.. CaseData.Video("investigation", at, officers[0]), ("Sha256", new string('0', 64))], new ByteArrayContent(video));
        var large = await CaseData.UploadAsync(staff, id, CaseData.Video("investigation", at, officers[0]), new ByteArrayContent(CaseData.Mp4(200_000)));
        var script = await CaseData.UploadAsync(staff, id, CaseData.Video("investigation", at, officers[0]), new ByteArrayContent("<script>alert(1)</script>"u8.ToArray()), "video.mp4");
        var reversed = await CaseData.UploadAsync(staff, id, [.. CaseData.Video("investigation", at, officers[0]).Where(f => f.Key != "EndedAt"), ("EndedAt", CaseData.Time(at.AddMinutes(-5)))], new ByteArrayContent(video));
        var asPhoto = await CaseData.UploadAsync(staff, id, [.. CaseData.Video("investigation", at, officers[0]).Where(f => f.Key != "Kind"), ("Kind", "Photo")], new ByteArrayContent(video));

        Assert.Contains("与填写的值不一致", await mismatch.Content.ReadAsStringAsync());
        Assert.Contains("超过上传上限 97.66 KB", await large.Content.ReadAsStringAsync());
        Assert.Contains("无法识别文件类型", await script.Content.ReadAsStringAsync());
        var refused = await reversed.Content.ReadAsStringAsync();
        Assert.Contains("结束时间不能早于开始时间", refused);
        Assert.Contains("value=\"DSJ-TEST-01\"", refused); // what was typed is still there
        Assert.Contains("请重新选择文件", refused);
        Assert.Contains("与记录类型“照片”不符", await asPhoto.Content.ReadAsStringAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CaseRecords.AnyAsync(r => r.CaseId == id));
        Assert.DoesNotContain(Directory.GetFiles(factory.RecordDirectory, "*", SearchOption.AllDirectories),
            f => File.ReadAllBytes(f).AsSpan().IndexOf(video.AsSpan(24, 64)) >= 0);
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.RecordDirectory, "staging")));
    }

    [Fact]
    public async Task A_file_altered_on_disk_is_reported_by_the_integrity_check()
    {
        var (factory, staff, id, at, officers) = await CaseAsync();
        await using var _ = factory;
        var video = CaseData.Mp4(10_000, seed: 3);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseData.UploadAsync(staff, id, CaseData.Video("investigation", at, officers[0]), new ByteArrayContent(video))).StatusCode);
        var hash = Convert.ToHexStringLower(SHA256.HashData(video));
        var auditor = await factory.LoginDemoAsync("auditor");
        var clean = await CaseData.PostOwnFormAsync(auditor, "/admin/cases/integrity", "/admin/cases/integrity", []);
        Assert.Contains("全部与其 SHA-256 一致", await clean.Content.ReadAsStringAsync());

        var path = Path.Combine(factory.RecordDirectory, "sha256", hash[..2], hash[2..4], hash);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite); // the store made it read-only
        }
        await using (var file = File.OpenWrite(path))
        {
            file.Seek(100, SeekOrigin.Begin);
            file.WriteByte(0x42);
        }

        var report = await (await CaseData.PostOwnFormAsync(auditor, "/admin/cases/integrity", "/admin/cases/integrity", [])).Content.ReadAsStringAsync();
        Assert.Contains("发现 1 个问题", report);
        Assert.Contains(hash, report);
        Assert.Contains("文件已被改动", report);
        Assert.Contains("发现 1 个问题", await auditor.GetStringAsync("/admin/cases/integrity")); // the last run, from the audit trail
    }
}
