using System.Net;
using System.Text;
using System.Text.Json;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Verify;
using Dalian.Enforcement.Web.Features.Transparency;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.AuditTrail;

/// <summary>The public contract, checked as an outsider would: with the independent verifier and the published key.</summary>
public sealed class TransparencyApiTests
{
    private static async Task<Dalian.Enforcement.Domain.Transparency.TransparencyCheckpoint?> SignAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TransparencyLog>().CheckpointAsync(default);
    }

    private static async Task<Checkpoint> CheckpointAsync(HttpClient client)
    {
        var key = (await client.GetStringAsync("/api/v1/transparency/key")).Split('\n').Single(l => l.StartsWith("verifier: ", StringComparison.Ordinal))["verifier: ".Length..];
        var opened = SignedNote.Verify(await client.GetStringAsync("/api/v1/transparency/checkpoint"), VerifierKey.Parse(key));
        Assert.True(opened.IsVerified, opened.Failure);
        return Checkpoint.Parse(opened.Text!);
    }

    private static List<byte[]> Path(JsonElement json) => [.. json.GetProperty("path").EnumerateArray().Select(p => Convert.FromBase64String(p.GetString()!))];

    [Fact]
    public async Task A_publication_is_proved_in_the_signed_log_and_the_new_log_extends_the_old()
    {
        await using var factory = new PortalFactory();
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/transparency/checkpoint")).StatusCode);
        await SignAsync(factory);
        var before = await CheckpointAsync(anonymous);
        Assert.Null(await SignAsync(factory)); // nothing new: no new checkpoint

        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕941号", today));
        await DecisionData.ActAsync(staff, id, "publish");
        await SignAsync(factory);
        var after = await CheckpointAsync(anonymous);
        Assert.True(after.Size > before.Size);

        var consistency = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/transparency/consistency?first={before.Size}&second={after.Size}")).RootElement;
        Assert.True(Rfc9162.VerifyConsistency(before.Size, after.Size, before.RootHash, after.RootHash, Path(consistency)));

        var decision = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/decisions/{id}")).RootElement;
        var index = decision.GetProperty("transparency").GetProperty("index").GetInt64();
        Assert.EndsWith($"/api/v1/transparency/proof?index={index}&size={after.Size}", decision.GetProperty("transparency").GetProperty("proof").GetString());
        var entry = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/transparency/entries?start={index}&end={index + 1}")).RootElement.GetProperty("entries")[0];
        var leaf = Rfc9162.LeafHash(Convert.FromBase64String(entry.GetProperty("entry").GetString()!));
        Assert.Equal(Convert.ToBase64String(leaf), entry.GetProperty("leafHash").GetString());
        var proof = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/transparency/proof?index={index}&size={after.Size}")).RootElement;
        Assert.True(Rfc9162.VerifyInclusion(index, after.Size, leaf, Path(proof), after.RootHash));
        Assert.False(Rfc9162.VerifyInclusion(index, after.Size, leaf, Path(proof), before.RootHash));

        var pem = await anonymous.GetStringAsync("/api/v1/transparency/key");
        var (fromPem, parsed) = (VerifierKey.FromPem(pem, after.Origin), VerifierKey.Parse(pem.Split('\n').Single(l => l.StartsWith("verifier: ", StringComparison.Ordinal))["verifier: ".Length..]));
        Assert.Equal(parsed.KeyId, fromPem.KeyId);
        Assert.Equal(parsed.PublicKey.ToArray(), fromPem.PublicKey.ToArray());
        var pdf = await anonymous.GetByteArrayAsync($"/decisions/{id}/notice.pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains($"透明日志第{index}号条目", text.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains(decision.GetProperty("transparency").GetProperty("entrySha256").GetString()![..16], text);
    }

    [Fact]
    public async Task A_withdrawal_is_logged_with_its_notice_and_its_410_answer_says_where()
    {
        await using var factory = new PortalFactory();
        var today = factory.Services.GetRequiredService<LegalClock>().Today;
        var water = await DecisionData.WaterPenaltyAsync(factory, today);
        var staff = await factory.LoginDemoAsync("water.staff");
        var id = await DecisionData.RecordAsync(staff, DecisionData.Penalty(water, "大洼水罚〔2026〕942号", today));
        await DecisionData.ActAsync(staff, id, "publish");
        await DecisionData.ActAsync(staff, id, "withdraw", ("reason", "Revoked"), ("note", "经行政复议撤销。"), ("revokingActDate", $"{today:yyyy-MM-dd}"));
        await SignAsync(factory);

        var anonymous = factory.CreateClient();
        var gone = await anonymous.GetAsync($"/api/v1/decisions/{id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var transparency = JsonDocument.Parse(await gone.Content.ReadAsStringAsync()).RootElement.GetProperty("transparency");
        var index = transparency.GetProperty("index").GetInt64();
        var entry = JsonDocument.Parse(Convert.FromBase64String(JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/transparency/entries?start={index}&end={index + 1}"))
            .RootElement.GetProperty("entries")[0].GetProperty("entry").GetString()!)).RootElement;
        Assert.Equal("decision.withdrawn", entry.GetProperty("act").GetString());
        var content = await anonymous.GetByteArrayAsync($"/api/v1/decisions/{id}/content");
        Assert.Equal(entry.GetProperty("contentSha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)));
        Assert.Contains("经行政复议撤销", Encoding.UTF8.GetString(content));
        Assert.Contains($"透明日志</a>第 {index} 号条目", await (await anonymous.GetAsync($"/decisions/{id}")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/transparency/entries?start=-1&end=2")]
    [InlineData("/api/v1/transparency/entries?start=abc&end=2")]
    [InlineData("/api/v1/transparency/entries?start=5&end=5")]
    [InlineData("/api/v1/transparency/entries?start=99999999&end=100000000")]
    [InlineData("/api/v1/transparency/entries")]
    [InlineData("/api/v1/transparency/proof?index=0&size=0")]
    [InlineData("/api/v1/transparency/proof?index=5&size=5")]
    [InlineData("/api/v1/transparency/proof?index=0&size=99999999")]
    [InlineData("/api/v1/transparency/proof?index=%20&size=1")]
    [InlineData("/api/v1/transparency/consistency?first=5&second=4")]
    [InlineData("/api/v1/transparency/consistency?first=0&second=4")]
    [InlineData("/api/v1/transparency/consistency?first=1&second=99999999999999999999")]
    [InlineData("/api/v1/transparency/consistency?first=1.5&second=4")]
    public async Task Bad_parameters_answer_400_problem_details_in_Chinese(string url)
    {
        await using var factory = new PortalFactory();
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("参数无效", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Entries_come_in_bounded_pages_and_the_page_explains_the_log_in_Chinese()
    {
        await using var factory = new PortalFactory();
        await SignAsync(factory);
        var client = factory.CreateClient();
        var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/transparency/entries?start=0&end=100000")).RootElement;
        Assert.Equal(TransparencyLog.MaxEntriesPerPage, page.GetProperty("entries").GetArrayLength()); // the demo log is longer than a page
        Assert.Equal(page.GetProperty("end").GetInt64(), page.GetProperty("entries").GetArrayLength());
        var html = await client.GetStringAsync("/transparency");
        Assert.Contains("它不能证明什么", html);
        Assert.Contains("-----BEGIN PUBLIC KEY-----", html);
        foreach (var entry in page.GetProperty("entries").EnumerateArray())
        {
            var bytes = Encoding.UTF8.GetString(Convert.FromBase64String(entry.GetProperty("entry").GetString()!));
            Assert.DoesNotContain("IdNumber", bytes);
            Assert.DoesNotContain("Party", bytes);
        }
    }
}
