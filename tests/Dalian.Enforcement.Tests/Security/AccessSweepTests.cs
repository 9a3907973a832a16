using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Tests.Support;
using Xunit.Abstractions;

namespace Dalian.Enforcement.Tests.Security;

/// <summary>
/// Every back-office endpoint the router knows, tried anonymously, by every demo account whose role it does not admit, and by staff
/// of another agency on every id the demo holds, GET and POST alike (POSTs carry the account's own valid antiforgery token, so only
/// authorization and scope stand in the way): no attempt may succeed, and none may leave an act in the audit trail.
/// </summary>
public sealed class AccessSweepTests(ITestOutputHelper output)
{
    [Fact]
    public async Task No_back_office_endpoint_answers_anyone_anonymous_or_of_a_role_it_does_not_admit()
    {
        await using var factory = new PortalFactory();
        var endpoints = Sweep.Endpoints(factory.Services).Where(e => e.IsProtected).ToList();
        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} protected endpoints found: the sweep is not seeing the controllers");
        var actsBefore = await Sweep.ActsAsync(factory);

        var attempts = 0;
        var successes = new List<string>();
        foreach (var (userName, role) in Sweep.Accounts.Select(a => ((string?)a.UserName, (string?)a.Role)).Prepend((null, null)))
        {
            var client = await Sweep.ClientAsync(factory, userName);
            var token = await Sweep.TokenAsync(client, Sweep.TokenPage(userName));
            foreach (var endpoint in endpoints.Where(e => !e.Admits(role)))
            {
                attempts++;
                if (Sweep.Answered(await SendAsync(client, endpoint.Method, Sweep.Fill(endpoint.Template), token)))
                {
                    successes.Add($"{userName ?? "anonymous"} {endpoint}");
                }
            }
        }

        var acts = await Sweep.ActsAsync(factory) - actsBefore;
        output.WriteLine($"access sweep: {endpoints.Count} protected endpoints, {attempts} attempts (anonymous and every role not admitted), {successes.Count} successes, {acts} acts recorded");
        Assert.Empty(successes);
        Assert.Equal(0, acts);
    }

    [Fact]
    public async Task No_staff_member_reaches_a_record_of_another_agency_on_any_id_the_demo_holds()
    {
        await using var factory = new PortalFactory();
        var staff = Sweep.Accounts.Where(a => a.Role == PortalRoles.Staff).Select(a => a.UserName).ToList();
        Assert.True(staff.Count >= 2, "the sweep needs staff of two agencies");
        foreach (var userName in staff)
        {
            // An open draft of each agency's list, so that the draft editors are swept on a live record too.
            var client = await factory.LoginDemoAsync(userName);
            await client.PostFormAsync("/admin/lists", "/admin/lists/matters/new", new Dictionary<string, string>());
        }

        var world = await DemoWorld.LoadAsync(factory);
        var endpoints = Sweep.Endpoints(factory.Services).Where(e => e.IsProtected && e.Admits(PortalRoles.Staff)).ToList();
        var withIds = endpoints.Where(e => Sweep.Parameters(e.Template).Any(p => p != "kind")).ToList();
        var unmapped = withIds.Where(e => DemoWorld.PrefixOf(e.Template) is null).Select(e => e.ToString()).ToList();
        Assert.True(unmapped.Count == 0, $"endpoints taking ids the sweep does not know how to fill (add them to DemoWorld): {string.Join(", ", unmapped)}");
        var actsBefore = await Sweep.ActsAsync(factory);

        var attempts = 0;
        var successes = new List<string>();
        foreach (var userName in staff)
        {
            var agency = (await Sweep.AgencyOfAsync(factory, userName))!.Value;
            var client = await factory.LoginDemoAsync(userName);
            var token = await Sweep.TokenAsync(client, Sweep.TokenPage(userName));
            foreach (var endpoint in withIds)
            {
                foreach (var record in world.Owned[DemoWorld.PrefixOf(endpoint.Template)!].Where(o => !world.InScope(agency, o.AgencyId)))
                {
                    if (Sweep.Fill(endpoint.Template, record.Route) is not { } path)
                    {
                        continue;
                    }

                    attempts++;
                    if (Sweep.Answered(await SendAsync(client, endpoint.Method, path, token)))
                    {
                        successes.Add($"{userName} {endpoint.Method} {path}");
                    }
                }
            }
        }

        var acts = await Sweep.ActsAsync(factory) - actsBefore;

        // The control: each GET route answers a staff member on some record of their own agency (the fills reach real records;
        // some routes answer only in one state, such as a draft's edit form).
        var answering = new HashSet<string>();
        foreach (var userName in staff)
        {
            var agency = (await Sweep.AgencyOfAsync(factory, userName))!.Value;
            var client = await factory.LoginDemoAsync(userName);
            foreach (var endpoint in withIds.Where(e => e.Method == "GET" && !answering.Contains(e.Template)))
            {
                foreach (var path in world.Owned[DemoWorld.PrefixOf(endpoint.Template)!].Where(o => world.InScope(agency, o.AgencyId))
                    .Select(o => Sweep.Fill(endpoint.Template, o.Route)).OfType<string>().Distinct())
                {
                    if (Sweep.Answered(await client.GetAsync(path)))
                    {
                        answering.Add(endpoint.Template);
                        break;
                    }
                }
            }
        }

        var silent = withIds.Where(e => e.Method == "GET" && !answering.Contains(e.Template)).Select(e => e.Template).ToList();
        output.WriteLine($"cross-agency sweep: {withIds.Count} staff endpoints taking ids, {staff.Count} staff accounts, {attempts} attempts on other agencies' records, {successes.Count} successes, {acts} acts recorded; control: {withIds.Count(e => e.Method == "GET") - silent.Count} GET routes of {withIds.Count(e => e.Method == "GET")} answered on a record of the staff's own agency (not: {string.Join(", ", silent)})");
        Assert.True(silent.Count <= 2, $"GET routes that answered no staff member on any own record (do the fills reach real records?): {string.Join(", ", silent)}");
        Assert.True(attempts > 1000, $"only {attempts} cross-agency attempts: the sweep is not reaching the demo's records");
        Assert.Empty(successes);
        Assert.Equal(0, acts);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        }

        return client.SendAsync(request);
    }
}
