using Dalian.Enforcement.Domain.Decisions;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>A natural person is published as surname + **; organisations and individual businesses by their registered name.</summary>
public sealed class PartyNamesTests
{
    [Theory]
    [InlineData("张三", "张**")] // a two-character name
    [InlineData("王小明", "王**")]
    [InlineData("欧阳修", "欧阳**")] // compound surname
    [InlineData("司马光", "司马**")]
    [InlineData("诸葛孔明", "诸葛**")]
    [InlineData("东方", "东**")] // two characters: surname 东, given name 方, not the compound 东方
    [InlineData("  李四 ", "李**")]
    [InlineData("𠮷田", "𠮷**")] // a surname outside the BMP is one character, never half of one
    [InlineData("Smith", "S**")] // a non-Chinese name keeps its first letter
    [InlineData("买买提·艾力", "买**")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void A_natural_persons_name_keeps_only_the_surname(string name, string masked) =>
        Assert.Equal(masked, PartyNames.MaskPerson(name));

    [Theory]
    [InlineData(PartyKind.NaturalPerson, "张三", true, "张**")]
    [InlineData(PartyKind.NaturalPerson, "欧阳修", true, "欧阳**")]
    [InlineData(PartyKind.NaturalPerson, " 张三 ", false, "张三")] // masking turned off by a local rule
    [InlineData(PartyKind.Organisation, "大连某某水产有限公司", true, "大连某某水产有限公司")]
    [InlineData(PartyKind.Organisation, "欧阳修纪念馆", true, "欧阳修纪念馆")]
    [InlineData(PartyKind.IndividualBusiness, "大连市甘井子区张三海鲜饭店", true, "大连市甘井子区张三海鲜饭店")]
    public void The_public_name_masks_only_natural_persons(PartyKind kind, string name, bool mask, string published) =>
        Assert.Equal(published, PartyNames.Public(kind, name, mask));

    [Fact]
    public void An_individual_business_keeps_its_name_but_its_operator_is_masked()
    {
        var decision = Draft();
        decision.Changed(c => (c.PartyKind, c.PartyName, c.LegalRepresentative) = (PartyKind.IndividualBusiness, "大连市甘井子区张三海鲜饭店", "张三"));

        decision.RefreshPublicName(maskNaturalPersons: true);

        Assert.Equal("大连市甘井子区张三海鲜饭店", decision.PublicPartyName);
        Assert.Equal("张**", decision.PublicLegalRepresentative);
        Assert.Equal("张三", decision.LegalRepresentative);
    }

    [Fact]
    public void An_organisations_legal_representative_is_published_in_full()
    {
        var decision = Draft();
        decision.Changed(c => (c.PartyKind, c.PartyName, c.LegalRepresentative) = (PartyKind.Organisation, "大连某某水产有限公司", " 欧阳修 "));

        decision.RefreshPublicName(maskNaturalPersons: true);

        Assert.Equal("大连某某水产有限公司", decision.PublicPartyName);
        Assert.Equal("欧阳修", decision.PublicLegalRepresentative);
    }

    [Fact]
    public void A_natural_person_is_masked_and_masking_off_shows_the_full_names()
    {
        var decision = Draft();
        decision.Changed(c => (c.PartyKind, c.PartyName, c.LegalRepresentative) = (PartyKind.NaturalPerson, "欧阳修", ""));

        decision.RefreshPublicName(maskNaturalPersons: true);
        Assert.Equal("欧阳**", decision.PublicPartyName);
        Assert.Equal("", decision.PublicLegalRepresentative);

        decision.Changed(c => (c.PartyKind, c.PartyName, c.LegalRepresentative) = (PartyKind.IndividualBusiness, "大连市甘井子区张三海鲜饭店", "张三"));
        decision.RefreshPublicName(maskNaturalPersons: false);
        Assert.Equal("大连市甘井子区张三海鲜饭店", decision.PublicPartyName);
        Assert.Equal("张三", decision.PublicLegalRepresentative);
    }
}
