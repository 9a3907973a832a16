using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>The published projections of the party (its public name and representative) are masked with their sources and indexed masked.</summary>
public sealed class PublicProjectionPrivacyTests
{
    [Fact]
    public void A_mobile_in_an_organisations_name_blocks_publication_until_masked_and_then_is_masked_everywhere_it_is_shown()
    {
        const string mobile = "13912345678";
        var decision = DecisionTestData.Draft().Changed(c => (c.PartyName, c.LegalRepresentative) = ($"大连某某水产有限公司（联系电话{mobile}）", $"王五{mobile}"));
        decision.RefreshPublicName(maskNaturalPersons: true);
        Assert.Contains(mobile, decision.PublicPartyName, StringComparison.Ordinal);
        Assert.Contains(decision.PrivacyProblems(), p => p.Field == nameof(Decision.PartyName));
        Assert.Contains(decision.PrivacyProblems(), p => p.Field == nameof(Decision.LegalRepresentative));

        Assert.True(decision.MaskPersonalData() >= 2);

        Assert.DoesNotContain(mobile, decision.PublicPartyName, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile, decision.PublicLegalRepresentative, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile, decision.IndexedText, StringComparison.Ordinal);
        Assert.Empty(decision.PrivacyProblems());
    }

    [Fact]
    public void A_public_projection_that_still_holds_a_number_is_a_problem_even_when_its_source_is_clean()
    {
        var decision = DecisionTestData.Draft();
        decision.RefreshPublicName(maskNaturalPersons: true);
        Assert.Empty(decision.PrivacyProblems());
        typeof(Decision).GetProperty(nameof(Decision.PublicPartyName))!.SetValue(decision, "大连某某水产有限公司13912345678"); // a row an older version wrote
        Assert.Contains(decision.PrivacyProblems(), p => p.Field == nameof(Decision.PartyName));
    }
}
