using System.Net;
using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>The verifier's whole run, against <see cref="FakePortal"/>.</summary>
public sealed class VerificationRunTests : IDisposable
{
    private readonly FakePortal _portal = new();
    private readonly HttpClient _http;
    private readonly string _directory = Directory.CreateTempSubdirectory("verify-tests-").FullName;
    private readonly StringWriter _output = new();

    public VerificationRunTests()
    {
        _http = new HttpClient(_portal) { BaseAddress = new Uri("http://portal.test/") };
        for (var id = 1; id <= 5; id++)
        {
            _portal.Publish(id, $"{{\"id\":{id},\"正文\":\"处罚决定 {id}\"}}");
        }
    }

    private string SavedPath => Path.Combine(_directory, "checkpoint.txt");

    public void Dispose()
    {
        _http.Dispose();
        _portal.Dispose();
        _output.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private Task RunAsync(long? decision = null, string? key = null, bool saved = true) =>
        new VerificationRun(new PortalClient(_http), new CliOptions(_http.BaseAddress!, key, saved ? SavedPath : null, decision), _output)
            .RunAsync(CancellationToken.None);

    [Fact]
    public async Task First_run_checks_the_decision_and_saves_the_checkpoint()
    {
        await RunAsync(decision: 3, key: _portal.Signer.VerifierLine);
        Assert.Equal(_portal.Checkpoint(), await File.ReadAllTextAsync(SavedPath));
        Assert.Contains("验证包含证明", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_run_proves_the_log_extends_the_saved_checkpoint()
    {
        await RunAsync();
        for (var id = 6; id <= 23; id++)
        {
            _portal.Publish(id, $"{{\"id\":{id}}}");
        }
        await RunAsync(decision: 17, key: _portal.KeyText);
        Assert.Contains("5 → 23", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(_portal.Checkpoint(), await File.ReadAllTextAsync(SavedPath));
    }

    [Fact]
    public async Task A_rewritten_history_is_caught_and_the_saved_checkpoint_kept()
    {
        await RunAsync();
        var before = await File.ReadAllTextAsync(SavedPath);
        _portal.Entries[2] = "{\"decisionId\":3,\"contentSha256\":\"00\"}"u8.ToArray();
        _portal.Publish(6, "{}");
        var failure = await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync());
        Assert.Contains("5 → 6", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(SavedPath));
    }

    [Fact]
    public async Task A_shrunk_log_is_caught()
    {
        await RunAsync();
        _portal.CheckpointSize = 4;
        await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync());
    }

    [Fact]
    public async Task Changed_public_content_is_caught()
    {
        _portal.Contents[2] = "{\"id\":2,\"正文\":\"改过的\"}"u8.ToArray();
        var failure = await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync(decision: 2));
        Assert.Contains("SHA-256", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_naming_another_decision_is_caught()
    {
        _portal.Logged[2] = _portal.Logged[4];
        await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync(decision: 2));
    }

    [Fact]
    public async Task A_decision_not_yet_in_the_checkpoint_is_reported()
    {
        _portal.CheckpointSize = 3;
        var failure = await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync(decision: 5, saved: false));
        Assert.Contains("尚未被", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_signed_by_another_key_is_refused_when_the_key_is_pinned()
    {
        var other = new NoteSigning(_portal.Signer.Name, seed: 42);
        await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync(key: other.VerifierLine));
        Assert.False(File.Exists(SavedPath));
    }

    [Fact]
    public async Task A_key_text_whose_pem_and_verifier_line_differ_is_refused()
    {
        var other = new NoteSigning(_portal.Signer.Name, seed: 42);
        await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync(key: $"{other.Pem}\nverifier: {_portal.Signer.VerifierLine}\n"));
    }

    [Fact]
    public async Task Http_failures_become_portal_exceptions()
    {
        _portal.FailWith = HttpStatusCode.InternalServerError;
        var failure = await Assert.ThrowsAsync<PortalException>(() => RunAsync());
        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_missing_from_the_log_is_reported()
    {
        _portal.Contents[99] = "{}"u8.ToArray();
        var failure = await Assert.ThrowsAsync<VerificationFailedException>(() => RunAsync(decision: 99));
        Assert.Contains("未记入", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"start\":0,\"end\":1}")]
    [InlineData("{\"start\":0,\"end\":1,\"entries\":null}")]
    [InlineData("{\"start\":0,\"end\":1,\"entries\":[{\"index\":0,\"entry\":\"not base64!\",\"leafHash\":\"\"}]}")]
    [InlineData("{\"start\":0,\"end\":1,\"entries\":[]}")]
    public async Task Answers_that_break_the_json_contract_become_portal_exceptions(string body)
    {
        _portal.BrokenBody = body;
        await Assert.ThrowsAsync<PortalException>(() => new PortalClient(_http).GetEntryAsync(0));
    }
}
