using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>
/// 10,000 generated decisions of natural persons, each with its own ID number, mobile number, bank card and full name in what is
/// never published (the ID number field, the party's name, the facts before masking; and everything of a record that is a draft,
/// decided but unpublished, not disclosed, involving a minor, or withdrawn); then every public output read as a visitor reads it —
/// the list and the JSON list to their last page, every decision's page and JSON by id, a sample of PDF notices, searches for the
/// secrets themselves, and the portal's log: not one secret may appear. A control reads the same detector over the staff's own
/// record page, where the secrets are, so that the detector is known to see them.
/// </summary>
public sealed partial class PublicOutputScanTests(ITestOutputHelper output)
{
    private const int Count = 10_000;

    private const string Surnames = "赵钱孙李周吴郑王冯陈";

    private const string Given = "琦琰珺瑾璇璐婕妤瑛瑶";

    [Fact]
    public async Task No_public_output_shows_a_secret_of_10000_generated_decisions()
    {
        await using var factory = new PortalFactory();
        var secrets = await GenerateAsync(factory);
        var client = factory.CreateBrowserLikeClient();
        var scan = new Scan(secrets);

        var pages = 0;
        for (string? next = "/decisions"; next is not null; pages++)
        {
            var html = await scan.ReadAsync(client, next);
            Assert.Matches(DecisionLink(), html); // the link a search hit would show: the search check below looks for it
            next = NextPage().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
        }

        for (string? next = "/api/v1/decisions"; next is not null; pages++)
        {
            using var json = JsonDocument.Parse(await scan.ReadAsync(client, next));
            next = json.RootElement.GetProperty("next").GetString() is { } url ? new Uri(url).PathAndQuery : null;
        }

        foreach (var id in secrets.Ids)
        {
            await scan.ReadAsync(client, $"/decisions/{id}");
            await scan.ReadAsync(client, $"/api/v1/decisions/{id}");
        }

        foreach (var id in secrets.Ids.Where((_, i) => i % 53 == 0)) // every fate: published, withdrawn (410), never public (404)
        {
            await scan.ReadAsync(client, $"/api/v1/decisions/{id}/content");
            var pdf = await client.GetAsync($"/decisions/{id}/notice.pdf");
            if (pdf.Content.Headers.ContentType?.MediaType == "application/pdf")
            {
                using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
                scan.Check($"/decisions/{id}/notice.pdf", string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));
                scan.Pdfs++;
            }
            else
            {
                scan.Check($"/decisions/{id}/notice.pdf", await pdf.Content.ReadAsStringAsync());
            }
        }

        // A search for a secret must find nothing: a hit would confirm whose record it is.
        foreach (var secret in secrets.All.Where((_, i) => i % 97 == 0))
        {
            // The search box shows what the visitor typed; anything else holding the secret, or any record found, is a leak.
            var html = await client.GetStringAsync("/decisions?q=" + Uri.EscapeDataString(secret));
            scan.Check($"a search for {secret}", html.Replace(secret, "", StringComparison.Ordinal));
            if (DecisionLink().IsMatch(html))
            {
                scan.Hits.Add($"a search for {secret} finds records");
            }

            scan.Searches++;
        }

        foreach (var page in new[] { "/", "/subjects", "/officers", "/matters", "/inspections", "/reports", "/transparency", "/api/v1/transparency/entries?start=0&end=200" })
        {
            await scan.ReadAsync(client, page);
        }

        scan.Check("the portal's log", factory.ReadLogs());

        // The control: the staff's own record of an unpublished decision shows its secrets, and the detector sees them there.
        var staff = await factory.LoginDemoAsync("water.staff");
        var control = new Scan(secrets);
        await control.ReadAsync(staff, $"/admin/decisions/{secrets.Unpublished}");

        output.WriteLine($"public-output scan: {Count:N0} generated decisions ({secrets.Published:N0} public, {Count - secrets.Published:N0} never or no longer public), "
            + $"{secrets.All.Count:N0} secrets (ID numbers, mobiles, bank cards, full names); {scan.Documents:N0} public documents read ({pages} list pages, "
            + $"{scan.Pdfs} PDF notices, {scan.Searches} searches for a secret, the log): {scan.Hits.Count} secrets shown; control: {control.Hits.Count} found on a staff record page");
        Assert.True(control.Hits.Count >= 3, "the detector does not see the secrets where they are: the scan proves nothing");
        Assert.True(scan.Documents > 2 * Count, $"only {scan.Documents} documents read");
        Assert.True(scan.Hits.Count == 0, string.Join("\n", scan.Hits.Take(20)));
    }

    /// <summary>Every number of 11 digits or more, and every name made of the generator's characters, checked against the secrets.</summary>
    private sealed class Scan(Secrets secrets)
    {
        public int Documents { get; private set; }

        public int Pdfs { get; set; }

        public int Searches { get; set; }

        public List<string> Hits { get; } = [];

        public async Task<string> ReadAsync(HttpClient client, string path)
        {
            var response = await client.GetAsync(path);
            Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Check(path, body);
            return body;
        }

        public void Check(string where, string text)
        {
            Documents++;
            foreach (var found in Number().Matches(text).Select(m => m.Value).Concat(FullName().Matches(text).Select(m => m.Value)))
            {
                if (secrets.All.Contains(found))
                {
                    Hits.Add($"{where}: {found}");
                }
            }
        }
    }

    private sealed record Secrets(HashSet<string> All, List<long> Ids, int Published, long Unpublished);

    /// <summary>The decisions, made through the domain as the operations make them, saved in batches.</summary>
    private static async Task<Secrets> GenerateAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var water = await db.Agencies.Where(a => a.Name == DecisionData.Water).Select(a => a.Id).SingleAsync();
        var matter = await db.Matters.Where(m => m.AgencyId == water && m.Active && m.Category == EnforcementCategory.Penalty).Select(m => m.Id).FirstAsync();
        var calendar = DecisionTestData.Calendar;
        var policy = DecisionTestData.Policy;
        var today = factory.Services.GetRequiredService<Dalian.Enforcement.Web.Infrastructure.Time.LegalClock>().Today;
        var all = new HashSet<string>();
        var ids = new List<long>();
        var batch = new List<Decision>();
        for (var i = 0; i < Count; i++)
        {
            var date = new DateOnly(2025, 1, 2).AddDays(i % 600);
            var idNumber = PersonalNumbers.ResidentId(string.Create(CultureInfo.InvariantCulture, $"211104{1960 + (i % 40)}{1 + (i % 12):00}{1 + (i % 28):00}{i % 1000:000}"));
            var mobile = string.Create(CultureInfo.InvariantCulture, $"139{i:00000000}");
            var card = PersonalNumbers.Card(string.Create(CultureInfo.InvariantCulture, $"622202{i:000000000000}"));
            var name = $"{Surnames[i % 10]}{Given[i / 10 % 10]}{Given[i / 100 % 10]}";
            all.UnionWith([idNumber, mobile, card, name]); // ten surnames × a hundred given names: a thousand names, each on ten records

            var d = new Decision { AgencyId = water, CreatedAtUtc = factory.Time.GetUtcNow().UtcDateTime, CreatedBy = "water.staff", UpdatedBy = "water.staff" };
            var fate = i % 10;
            Check(d.Correct(new DecisionContent
            {
                MatterId = matter,
                Category = EnforcementCategory.Penalty,
                PartyKind = PartyKind.NaturalPerson,
                PartyName = name,
                IdType = IdDocumentType.ResidentId,
                IdNumber = idNumber,
                DocumentName = "行政处罚决定书",
                DocumentNumber = string.Create(CultureInfo.InvariantCulture, $"大洼水罚〔{date.Year}〕扫{i}号"),
                DecisionDate = date,
                ViolationType = "未经批准擅自取水",
                Facts = $"当事人{name}（身份证号码{idNumber}，联系电话{mobile}，银行卡号{card}）于{date:yyyy年M月d日}未经批准擅自取用地下水。",
                LegalBasis = "《中华人民共和国水法》第六十九条第一项",
                PenaltyKinds = PenaltyKinds.Fine,
                Content = "罚款人民币2000元",
                FineAmount = 2000m,
                InvolvesMinor = fate == 8,
                Remarks = fate == 8 ? "当事人违法时未满十八周岁。" : "",
            }, today));
            d.RefreshPublicName(maskNaturalPersons: true);
            if (fate != 6)
            {
                Check(d.Decide(date, policy.PublicationPeriod(EnforcementCategory.Penalty), calendar));
            }

            if (fate is not (6 or 7 or 8 or 9))
            {
                d.MaskPersonalData();
                Check(d.Publish(date, null, calendar));
            }

            if (fate is 8 or 9)
            {
                Check(d.NotDisclose(fate == 8 ? NonDisclosureReason.Minor : NonDisclosureReason.PersonalPrivacy, "李局长", date, "", date));
            }

            batch.Add(d);
            if (batch.Count == 1_000 || i == Count - 1)
            {
                db.Decisions.AddRange(batch);
                await db.SaveChangesAsync();
                ids.AddRange(batch.Select(b => b.Id));
                batch.Clear();
                db.ChangeTracker.Clear();
            }
        }

        // Every tenth of the published ones is withdrawn (revoked): its 410 notice must hold no secret either.
        var withdrawn = await db.Decisions.Where(x => ids.Contains(x.Id) && x.State == DecisionState.Published).OrderBy(x => x.Id)
            .Include(x => x.PublicationDeadline).ToListAsync();
        foreach (var d in withdrawn.Where((_, i) => i % 10 == 0))
        {
            Check(d.Withdraw(WithdrawalReason.Revoked, "复议机关撤销", d.DecisionDate, null, null, d.DecisionDate, policy.Withdrawal, calendar));
        }

        await db.SaveChangesAsync();
        var published = await db.Decisions.CountAsync(x => ids.Contains(x.Id) && x.State == DecisionState.Published);
        var unpublished = ids[6]; // a draft: its facts unmasked
        return new Secrets(all, ids, published, unpublished);
    }

    private static void Check(string? problem) => Assert.Null(problem);

    [GeneratedRegex("\\d{17}X|\\d{11,19}")]
    private static partial Regex Number();

    [GeneratedRegex("[赵钱孙李周吴郑王冯陈][琦琰珺瑾璇璐婕妤瑛瑶]{2}")]
    private static partial Regex FullName();

    [GeneratedRegex("href=\"(/decisions\\?[^\"]*after=[^\"]+)\"")]
    private static partial Regex NextPage();

    [GeneratedRegex("href=\"/decisions/\\d+\"")]
    private static partial Regex DecisionLink();
}
