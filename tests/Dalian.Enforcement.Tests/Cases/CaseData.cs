using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Cases;

/// <summary>Cases through the staff forms over HTTP, as a person would: registered, stage by stage, records uploaded.</summary>
public static partial class CaseData
{
    public static string Time(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Beijing time now, to the minute, on the factory's clock.</summary>
    public static DateTime Now(PortalFactory factory)
    {
        var now = factory.Services.GetRequiredService<LegalClock>().Now.DateTime;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
    }

    public static async Task<long> RegisterAsync(HttpClient staff, int matter, int[] officers, DateOnly discovered, string party = "盘锦测试砂石有限公司")
    {
        var response = await PostOwnFormAsync(staff, "/admin/cases/new", "/admin/cases/new",
        [
            new("MatterId", $"{matter}"), new("Source", "Complaint"), new("PartyKind", "Organisation"), new("PartyName", party),
            new("CreditCode", "912102000139624590"), new("LegalRepresentative", "王五"), new("DiscoveredOn", $"{discovered:yyyy-MM-dd}"),
            new("OfficerIds", $"{officers[0]}"), new("OfficerIds", $"{officers[1]}"),
        ]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>Posts the stage form; returns the response (a redirect when taken, the form with messages when refused).</summary>
    public static async Task<HttpResponseMessage> StageAsync(HttpClient staff, long id, params (string Key, string Value)[] fields)
    {
        var page = await staff.GetStringAsync($"/admin/cases/{id}/stage");
        var stamp = StampField().Match(page).Groups[1].Value;
        var code = CodeField().Match(page).Groups[1].Value;
        List<KeyValuePair<string, string>> body = [new("Stamp", stamp), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))];
        if (!fields.Any(f => f.Key == "Code"))
        {
            body.Add(new("Code", code));
        }

        return await PostOwnFormAsync(staff, $"/admin/cases/{id}/stage", $"/admin/cases/{id}/stage", body);
    }

    /// <summary>Takes the current stage with the usual items, at <paramref name="at"/>.</summary>
    public static async Task TakeAsync(HttpClient staff, long id, DateTime at, int[] officers, params (string Key, string Value)[] more)
    {
        (string, string)[] fields =
        [
            ("OccurredAt", Time(at)), ("Place", "大洼区某河段"), ("OfficerIds", $"{officers[0]}"), ("OfficerIds", $"{officers[1]}"),
            ("DocumentNumber", $"测试文书〔{at:yyyy}〕{at:HHmm}号"), ("DocumentDate", $"{at:yyyy-MM-dd}"), .. more,
        ];
        var response = await StageAsync(staff, id, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Posts with the antiforgery token of the form whose action this is (not the log-out form's in the header), so a
    /// form that lost its own token fails here as it would in a browser.
    /// </summary>
    public static async Task<HttpResponseMessage> PostOwnFormAsync(HttpClient client, string formPage, string action, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(formPage);
        var form = Regex.Match(page, $"<form[^>]*action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"no form posting to {action} on {formPage}");
        var token = Regex.Match(form.Groups[1].Value, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, $"the form posting to {action} carries no antiforgery token");
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]));
    }

    public static async Task SkipAsync(HttpClient staff, long id, string reason)
    {
        var response = await StageAsync(staff, id, ("Skip", "true"), ("SkipReason", reason));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The record form as a browser sends it: the antiforgery token first, then the fields, then the file.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient staff, long id, IEnumerable<(string Key, string Value)> fields, HttpContent? file = null,
        string fileName = "recording.mp4")
    {
        var page = await staff.GetStringAsync($"/admin/cases/{id}/records/new");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var stamp = StampField().Match(page).Groups[1].Value;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(stamp), "Stamp" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        if (file is not null)
        {
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "File", fileName);
        }

        return await staff.PostAsync($"/admin/cases/{id}/records", form);
    }

    public static (string Key, string Value)[] Video(string stage, DateTime start, int recorder) =>
    [
        ("StageCode", stage), ("Kind", "Video"), ("Title", "执法记录仪视频"), ("DeviceId", "DSJ-TEST-01"), ("RecorderId", $"{recorder}"),
        ("StartedAt", Time(start)), ("EndedAt", Time(start.AddMinutes(5))), ("RecordPlace", "大洼区某河段"), ("Retention", "WithCase"),
    ];

    /// <summary>A few bytes that open as an MP4 container, then <paramref name="length"/> bytes of data.</summary>
    public static byte[] Mp4(int length, int seed = 1)
    {
        var body = new byte[length];
        new Random(seed).NextBytes(body);
        return [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, .. body];
    }

    [GeneratedRegex("name=\"Stamp\" value=\"(\\d+)\"")]
    private static partial Regex StampField();

    [GeneratedRegex("name=\"Code\" value=\"([a-z-]+)\"")]
    private static partial Regex CodeField();
}
