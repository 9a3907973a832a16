using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Dalian.Enforcement.Verify;

/// <summary>The portal's public transparency and decision endpoints; every failure becomes a <see cref="PortalException"/>.</summary>
public sealed class PortalClient(HttpClient http)
{
    // A null where the contract promises bytes is a broken answer, not an empty one.
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { RespectNullableAnnotations = true };

    public Task<byte[]> GetCheckpointAsync(CancellationToken ct = default) =>
        GetBytesAsync("api/v1/transparency/checkpoint", ct);

    public async Task<string> GetKeyAsync(CancellationToken ct = default) =>
        System.Text.Encoding.UTF8.GetString(await GetBytesAsync("api/v1/transparency/key", ct));

    public Task<EntriesResponse> GetEntriesAsync(long start, long end, CancellationToken ct = default) =>
        GetJsonAsync<EntriesResponse>(Url("api/v1/transparency/entries?start={0}&end={1}", start, end), ct);

    /// <summary>One entry, refused unless the portal answered with exactly the entry asked for.</summary>
    public async Task<LogEntry> GetEntryAsync(long index, CancellationToken ct = default)
    {
        var page = await GetEntriesAsync(index, index + 1, ct);
        return page.Entries is [var entry] && entry.Index == index
            ? entry
            : throw new PortalException($"门户未返回第 {index} 条日志 (the portal did not return entry {index})");
    }

    public Task<InclusionProof> GetInclusionProofAsync(long index, long size, CancellationToken ct = default) =>
        GetJsonAsync<InclusionProof>(Url("api/v1/transparency/proof?index={0}&size={1}", index, size), ct);

    public Task<ConsistencyProof> GetConsistencyProofAsync(long first, long second, CancellationToken ct = default) =>
        GetJsonAsync<ConsistencyProof>(Url("api/v1/transparency/consistency?first={0}&second={1}", first, second), ct);

    /// <summary>A withdrawn decision answers 410 Gone with its withdrawal notice, which carries the withdrawal's log entry: that is checked too.</summary>
    public Task<DecisionSummary> GetDecisionAsync(long id, CancellationToken ct = default) =>
        GetJsonAsync<DecisionSummary>(Url("api/v1/decisions/{0}", id), ct, HttpStatusCode.Gone);

    /// <summary>The exact bytes, never re-serialised: their SHA-256 is what the log entry commits to.</summary>
    public Task<byte[]> GetDecisionContentAsync(long id, CancellationToken ct = default) =>
        GetBytesAsync(Url("api/v1/decisions/{0}/content", id), ct);

    private static string Url(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);

    private async Task<T> GetJsonAsync<T>(string url, CancellationToken ct, HttpStatusCode? alsoAccepted = null)
    {
        var body = await GetBytesAsync(url, ct, alsoAccepted);
        try
        {
            return JsonSerializer.Deserialize<T>(body, s_json)
                ?? throw new PortalException($"{url} 返回了 null (returned null)");
        }
        catch (JsonException e)
        {
            throw new PortalException($"{url} 返回的 JSON 无效 (invalid JSON: {e.Message})", e);
        }
    }

    private async Task<byte[]> GetBytesAsync(string url, CancellationToken ct, HttpStatusCode? alsoAccepted = null)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode && response.StatusCode != alsoAccepted)
            {
                throw new PortalException($"{url} 返回 HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            return await response.Content.ReadAsByteArrayAsync(ct);
        }
        catch (HttpRequestException e)
        {
            throw new PortalException($"无法连接门户 {http.BaseAddress}{url} (cannot reach the portal: {e.Message})", e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new PortalException($"{url} 请求超时 (request timed out)", e);
        }
    }
}
