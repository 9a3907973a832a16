using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("大洼水罚〔2024〕12号")]
    [InlineData("大洼水罚（2024）12号")]
    [InlineData("大洼水罚(2024)12号")]
    [InlineData("大洼水罚[2024]12号")]
    [InlineData("大洼水罚【2024】12号")]
    [InlineData("大洼水罚［２０２４］１２号")]
    [InlineData("大洼水罚〖2024〗12号")]
    [InlineData("大洼水罚﹝2024﹞12号")]
    public void A_document_number_is_one_text_whatever_brackets_and_digit_width_it_is_typed_with(string typed) =>
        Assert.Equal("大洼水罚〔2024〕12号", SearchText.Normalize(typed));

    [Theory]
    [InlineData("ＡＢＣ商贸", "abc商贸")]
    [InlineData("912102000139624590", "912102000139624590")]
    [InlineData("９１２１０２ＭＡ０", "912102ma0")]
    [InlineData("《中华人民共和国水法》", "《中华人民共和国水法》")] // book-title marks are not brackets
    [InlineData("", "")]
    public void Width_and_case_fold_and_other_text_stays(string typed, string normal) => Assert.Equal(normal, SearchText.Normalize(typed));

    [Fact]
    public void A_decisions_indexed_text_follows_each_change_of_its_published_text()
    {
        var decision = DecisionTestData.Draft();
        Assert.Equal(SearchText.Of(decision), decision.IndexedText);
        Assert.Contains("大洼水罚〔2024〕12号", decision.IndexedText, StringComparison.Ordinal);
        decision.Changed(c => c.DocumentNumber = "大洼水罚（２０２４）13号");
        Assert.Contains("大洼水罚〔2024〕13号", decision.IndexedText, StringComparison.Ordinal);
        Assert.DoesNotContain("12号", decision.IndexedText, StringComparison.Ordinal);
    }
}
