using System.Net;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Support;

/// <summary>Records decisions through the staff forms, as a person would.</summary>
public static class DecisionData
{
    public const string Water = "盘锦市大洼区水利局";

    /// <summary>A valid 18-digit resident ID number (GB 11643 check digit computed here, independently of the portal).</summary>
    public static string IdNumber(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    public static async Task<(int Agency, int Matter, int[] Officers)> WaterPenaltyAsync(PortalFactory factory, DateOnly date, EnforcementCategory category = EnforcementCategory.Penalty)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var water = await db.Agencies.Where(a => a.Name == Water).Select(a => a.Id).SingleAsync();
        var matter = await db.Matters.Where(m => m.AgencyId == water && m.Active && m.Category == category).Select(m => m.Id).FirstAsync();
        var officers = (await db.Officers.Include(o => o.Certificates).ThenInclude(c => c.History).Where(o => o.AgencyId == water).ToListAsync())
            .Where(o => o.MayEnforceOn(date)).Select(o => o.Id).Take(2).ToArray();
        Assert.Equal(2, officers.Length);
        return (water, matter, officers);
    }

    /// <summary>The form of a penalty on a natural person; override fields per test.</summary>
    public static List<KeyValuePair<string, string>> Penalty((int Agency, int Matter, int[] Officers) on, string number, DateOnly date, string party = "王大力") =>
    [
        new("AgencyId", $"{on.Agency}"), new("MatterId", $"{on.Matter}"), new("Stamp", "0"), new("PartyKind", "NaturalPerson"), new("PartyName", party),
        new("IdType", "ResidentId"), new("IdNumber", IdNumber("21110419800101123")), new("DocumentNumber", number),
        new("DecisionDate", $"{date:yyyy-MM-dd}"), new("ViolationType", "未经批准擅自取水"),
        new("Facts", "当事人在大洼区某村未经批准擅自取用地下水。"), new("LegalBasis", "《中华人民共和国水法》第六十九条"),
        new("PenaltyKinds", "Fine"), new("PenaltyKinds", "Warning"), new("Content", "责令停止违法行为，罚款二万元。"), new("FineAmount", "20000.00"),
        new("OfficerIds", $"{on.Officers[0]}"), new("OfficerIds", $"{on.Officers[1]}"), new("then", "decide"),
    ];

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string key, string value) =>
        [.. fields.Where(f => f.Key != key), new(key, value)];

    /// <summary>Posts a form that may repeat keys (check boxes), with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string formPage, string action, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(formPage);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        Assert.True(token.Success, $"no antiforgery token on {formPage}");
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]));
    }

    /// <summary>Records a decision and returns its id (the form must be valid).</summary>
    public static async Task<long> RecordAsync(HttpClient staff, List<KeyValuePair<string, string>> fields)
    {
        var response = await staff.PostFieldsAsync($"/admin/decisions/new?matter={fields.First(f => f.Key == "MatterId").Value}", "/admin/decisions/new", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> StampAsync(HttpClient staff, long id) =>
        System.Text.RegularExpressions.Regex.Match(await staff.GetStringAsync($"/admin/decisions/{id}"), "name=\"stamp\" value=\"(\\d+)\"").Groups[1].Value;

    /// <summary>The stamp of the record as its edit form shows it.</summary>
    public static async Task<string> EditStampAsync(HttpClient staff, long id) =>
        System.Text.RegularExpressions.Regex.Match(await staff.GetStringAsync($"/admin/decisions/{id}/edit"), "name=\"Stamp\" value=\"(\\d+)\"").Groups[1].Value;

    /// <summary>The accounts a decision's non-disclosure confirmation page offers as its approver: (id, "姓名（账户名）").</summary>
    public static async Task<List<(string Id, string Name)>> ApproversAsync(HttpClient staff, long id) =>
        [.. System.Text.RegularExpressions.Regex.Matches(await staff.GetStringAsync($"/admin/decisions/{id}/not-disclosed"),
            "<option value=\"([0-9a-f-]{36})\"[^>]*>([^<]+)</option>").Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    /// <summary>Runs a lifecycle action with the record's stamp and returns the page shown afterwards.</summary>
    public static async Task<string> ActAsync(HttpClient staff, long id, string action, params (string Key, string Value)[] fields)
    {
        var stamp = await StampAsync(staff, id);
        var response = await staff.PostFieldsAsync($"/admin/decisions/{id}", $"/admin/decisions/{id}/{action}",
            [new("stamp", stamp), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await staff.GetStringAsync(response.Headers.Location); // the record, or the act's confirmation page when it was refused
    }
}
