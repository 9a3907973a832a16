using System.Net;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

/// <summary>Two "new draft" clicks at once on one list make one open draft, and both people land on it.</summary>
public sealed class ListDraftRaceTests
{
    [Fact]
    public async Task Simultaneous_new_drafts_of_one_list_leave_one_open_draft_and_no_500()
    {
        await using var factory = new PortalFactory();
        var clients = new[] { await factory.LoginDemoAsync("water.staff"), await factory.LoginDemoAsync("water.staff"), await factory.LoginDemoAsync("water.staff") };
        var answers = await Task.WhenAll(clients.Select(c => c.PostFormAsync("/admin/lists", "/admin/lists/inspections/new", new Dictionary<string, string>())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers.Select(a => a.Headers.Location!.OriginalString).Distinct()); // everyone opens the same draft
        await using var scope = factory.Services.CreateAsyncScope();
        var water = await TestData.AgencyIdAsync(factory, DecisionData.Water);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ListRevisions
            .CountAsync(r => r.AgencyId == water && r.Kind == ListKind.Inspections && r.State != RevisionState.Approved));
    }
}
