using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Dalian.Enforcement.Verify;

namespace Dalian.Enforcement.Tests.Transparency;

/// <summary>
/// An in-memory portal that answers the public transparency contract, so the verifier's whole
/// run can be tested without the web application. Tests tamper with its state directly.
/// </summary>
public sealed class FakePortal : HttpMessageHandler
{
    public NoteSigning Signer { get; } = new("dalian.example/transparency");

    public List<byte[]> Entries { get; } = [];

    public Dictionary<long, byte[]> Contents { get; } = [];

    public Dictionary<long, long> Logged { get; } = [];

    /// <summary>When set, the checkpoint covers only this many entries (a log that lags behind).</summary>
    public long? CheckpointSize { get; set; }

    public HttpStatusCode? FailWith { get; set; }

    /// <summary>When set, every answer is 200 with this body: a portal that breaks its JSON contract.</summary>
    public string? BrokenBody { get; set; }

    public string KeyText => $"{Signer.Pem}\nverifier: {Signer.VerifierLine}\n";

    public void Publish(long id, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        Contents[id] = bytes;
        Logged[id] = Entries.Count;
        Entries.Add(Encoding.UTF8.GetBytes(
            $"{{\"decisionId\":{id},\"contentSha256\":\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"}}"));
    }

    public string Checkpoint()
    {
        var size = (int)(CheckpointSize ?? Entries.Count);
        var text = $"{Signer.Name}\n{size}\n{Convert.ToBase64String(Rfc9162.RootFromLeaves(Leaves(size)))}\n";
        return Signer.Sign(text);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var query = HttpUtility.ParseQueryString(uri.Query);
        long Q(string name) => long.Parse(query[name]!, CultureInfo.InvariantCulture);
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        if (BrokenBody is { } body)
        {
            return Task.FromResult(Json(body, raw: true));
        }
        var response = FailWith is { } status ? new HttpResponseMessage(status) : (segments switch
        {
            ["api", "v1", "transparency", "checkpoint"] => Text(Checkpoint()),
            ["api", "v1", "transparency", "key"] => Text(KeyText),
            ["api", "v1", "transparency", "entries"] => Json(new
            {
                start = Q("start"),
                end = Q("end"),
                entries = Enumerable.Range((int)Q("start"), (int)(Q("end") - Q("start")))
                    .Select(i => new { index = i, entry = Entries[i], leafHash = Rfc9162.LeafHash(Entries[i]) }),
            }),
            ["api", "v1", "transparency", "proof"] => Json(new
            {
                index = Q("index"),
                treeSize = Q("size"),
                leafHash = Rfc9162.LeafHash(Entries[(int)Q("index")]),
                path = Rfc9162.InclusionPath(Leaves((int)Q("size")), (int)Q("index")),
            }),
            ["api", "v1", "transparency", "consistency"] => Json(new
            {
                first = Q("first"),
                second = Q("second"),
                path = Rfc9162.ConsistencyPath(Leaves((int)Q("second")), (int)Q("first")),
            }),
            ["api", "v1", "decisions", var id] => Json(Logged.TryGetValue(long.Parse(id, CultureInfo.InvariantCulture), out var index)
                ? new { id, title = "决定", transparency = (object?)new { index, entrySha256 = Convert.ToHexStringLower(SHA256.HashData(Entries[(int)index])) } }
                : new { id, title = "决定", transparency = (object?)null }),
            ["api", "v1", "decisions", var id, "content"] => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new ByteArrayContent(Contents[long.Parse(id, CultureInfo.InvariantCulture)]),
            },
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        return Task.FromResult(response);
    }

    private List<byte[]> Leaves(int size) => Entries.Take(size).Select(Rfc9162.LeafHash).ToList();

    private static HttpResponseMessage Text(string text) =>
        new(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "text/plain") };

    private static HttpResponseMessage Json(object value, bool raw = false) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(raw ? (string)value : JsonSerializer.Serialize(value), Encoding.UTF8, "application/json"),
    };
}
