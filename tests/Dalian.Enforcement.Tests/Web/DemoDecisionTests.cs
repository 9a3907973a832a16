using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Data.Seed;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class DemoDecisionTests
{
    [Fact]
    public async Task The_demo_has_about_300_valid_decisions_in_every_state_and_seeding_again_adds_none()
    {
        await using var factory = new PortalFactory(demo: true);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<LegalClock>().Today;
        var decisions = await db.Decisions.AsNoTracking().Include(d => d.Officers).Include(d => d.PublicationDeadline).ToListAsync();
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id);
        var certificates = (await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History).ToListAsync())
            .SelectMany(o => o.Certificates.Select(c => (o.Id, Certificate: c))).ToDictionary(x => x.Certificate.Number);

        Assert.InRange(decisions.Count, 280, 320);
        Assert.Contains(decisions, d => d.DecisionDate.Year == 2019); // the demo spans 2019 to today
        Assert.All(Enum.GetValues<DecisionState>(), state => Assert.Contains(decisions, d => d.State == state));
        Assert.Contains(decisions, d => d.State == DecisionState.Published && d.WorkingDaysLate > 0 && d.LatenessReason.Length > 0);
        Assert.Contains(decisions, d => d.State == DecisionState.Decided && d.PublicationDeadline!.IsOverdueOn(today));
        Assert.Contains(decisions, d => d.State == DecisionState.Decided && !d.PublicationDeadline!.IsOverdueOn(today));
        Assert.Contains(decisions, d => d.InvolvesMinor && d.State == DecisionState.NotDisclosed && d.NonDisclosureReason == NonDisclosureReason.Minor);
        Assert.Contains(decisions, d => d.Category == EnforcementCategory.Inspection && d.InspectionResult is not null);

        var withdrawn = decisions.Where(d => d.State == DecisionState.Withdrawn && d.ReplacementId is not null).ToList();
        Assert.NotEmpty(withdrawn);
        Assert.All(withdrawn, d =>
        {
            var replacement = decisions.Single(r => r.Id == d.ReplacementId);
            Assert.Equal((DecisionState.Published, d.AgencyId), (replacement.State, replacement.AgencyId));
            Assert.True(replacement.DecisionDate >= d.RevokingActDate, d.DocumentNumber);
        });

        var people = decisions.Where(d => d.PartyKind == PartyKind.NaturalPerson).ToList();
        Assert.NotEmpty(people);
        Assert.All(people, d =>
        {
            Assert.True(ResidentIdNumber.IsValid(d.IdNumber) && d.IdNumber!.StartsWith("211104", StringComparison.Ordinal), d.DocumentNumber);
            Assert.EndsWith("**", d.PublicPartyName);
        });
        Assert.All(decisions.Where(d => d.CreditCode is not null), d => Assert.True(UnifiedSocialCreditCode.IsValid(d.CreditCode), d.CreditCode));

        Assert.All(decisions, d =>
        {
            Assert.True(d.Officers.Count >= 2, d.DocumentNumber);
            Assert.All(d.Officers, o =>
            {
                var (officerId, certificate) = certificates[o.CertificateNumber];
                Assert.True(officerId == o.OfficerId && certificate.IsValidOn(d.DecisionDate), $"{d.DocumentNumber} {o.OfficerName}");
            });
            Assert.True(d.DecisionDate > agencies[d.AgencyId].EstablishedOn, d.DocumentNumber);
            Assert.Empty(d.PrivacyProblems());
            Assert.DoesNotContain(d.PublishedTexts(), t => d.IdNumber is { } id && t.Value.Contains(id, StringComparison.Ordinal));
        });

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        Assert.Equal(decisions.Count, await db.Decisions.CountAsync());
    }
}
