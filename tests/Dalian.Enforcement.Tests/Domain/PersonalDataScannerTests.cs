using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class PersonalDataScannerTests
{
    [Theory]
    [InlineData("当事人身份证号11010519491231002X，住址不详", "当事人身份证号110***************，住址不详")]
    [InlineData("联系电话 13912345678。", "联系电话 139********。")]
    [InlineData("电话 139 1234 5678", "电话 139********")]
    [InlineData("电话１３９１２３４５６７８，２０２６年", "电话139********，2026年")] // full-width digits, as input methods type them
    [InlineData("证号 110105 19491231 002X 已核实", "证号 110*************** 已核实")] // an ID number written in 6-8-4 groups
    [InlineData("证号 110105-19491231-002X", "证号 110***************")]
    [InlineData("证号 1101 0519 4912 3100 2X 已核实", "证号 110*************** 已核实")] // grouped in fours, as on a photocopy
    [InlineData("证号 110.105.1949.1231.002X", "证号 110***************")]
    [InlineData("电话 139.1234.5678", "电话 139********")]
    [InlineData("身份证号110105194912310021（校验位有误）", "身份证号110***************（校验位有误）")] // a mistyped ID number is still one
    [InlineData("证号 21021119850315000X", "证号 210***************")]
    public void Masks_id_and_mobile_numbers(string text, string expected)
    {
        Assert.True(PersonalDataScanner.ContainsPersonalData(text));
        Assert.Equal(expected, PersonalDataScanner.Mask(text));
    }

    [Theory]
    [InlineData("11010519491231002X", true)] // valid
    [InlineData("110105194912310021", true)] // wrong check digit, real birth date: still shaped like one
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194913310021", false)] // month 13
    [InlineData("110105189912310021", false)] // born before 1900
    [InlineData("990105194912310021", false)] // no such province
    [InlineData("10010519491231002X", false)]
    [InlineData("11010519491231002A", false)]
    [InlineData("1101051949123100", false)]
    public void An_id_number_is_recognised_by_its_shape(string value, bool shaped) =>
        Assert.Equal(shaped, ResidentIdNumber.IsShaped(value));

    [Fact]
    public void A_masked_id_number_keeps_its_first_three_and_last_four_characters() =>
        Assert.Equal("110***********002X", ResidentIdNumber.Masked("11010519491231002X"));

    [Theory]
    [InlineData("罚款人民币20000元")]
    [InlineData("２０２６年罚款")] // full-width digits that are nothing personal
    [InlineData("文号 大洼水罚〔2026〕12号")]
    [InlineData("110105194913310021")] // 18 digits without a real birth date (month 13) are not an ID number
    [InlineData("210211198502300000")] // nor with 30 February
    [InlineData("990211198503150000")] // nor without a province code (11–82)
    [InlineData("订单号 239123456789012")] // longer digit runs are not a mobile number
    public void Leaves_other_text_alone(string text)
    {
        Assert.False(PersonalDataScanner.ContainsPersonalData(text));
        Assert.Equal(text, PersonalDataScanner.Mask(text));
    }

    [Theory]
    [InlineData("4111111111111111", true)] // the well-known Visa test number
    [InlineData("79927398713", true)] // the textbook Luhn example
    [InlineData("79927398710", false)]
    [InlineData("6222021234567890128", true)]
    [InlineData("6222021234567890127", false)]
    [InlineData("", false)]
    [InlineData("62220212345678901a", false)]
    public void Luhn_check(string digits, bool valid)
    {
        Assert.Equal(valid, PersonalDataScanner.IsLuhnValid(digits));
        if (digits.All(char.IsAsciiDigit) && digits.Length > 0)
        {
            Assert.Equal(valid, PersonalNumbers.IsLuhnValid(digits)); // the test's own reading agrees
        }
    }

    [Theory]
    [InlineData("622202123456789", "卡号{0}。", "卡号6222********7894。")] // 16 digits
    [InlineData("622202123456789012", "卡号{0}。", "卡号6222***********0128。")] // 19 digits
    [InlineData("622202123456789012", "卡号 6222 0212 3456 7890 128。", "卡号 6222***********0128。")] // grouped by spaces
    [InlineData("622202123456789012", "卡号6222-0212-3456-7890-128", "卡号6222***********0128")] // grouped by hyphens
    public void Masks_luhn_valid_bank_card_numbers(string withoutCheckDigit, string format, string expected)
    {
        var card = PersonalNumbers.Card(withoutCheckDigit);
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, card);

        var finding = Assert.Single(PersonalDataScanner.Find(text));
        Assert.Equal(PersonalDataKind.BankCard, finding.Kind);
        Assert.Equal("银行卡号", finding.Title);
        Assert.Equal(expected, PersonalDataScanner.Mask(text));
        Assert.Contains(finding.Masked, expected);
    }

    [Theory]
    [InlineData("6222021234567890")] // 16 digits failing the Luhn check
    [InlineData("6222 0212 3456 7890")]
    [InlineData("912102000139624590")] // a valid 统一社会信用代码 of digits only, which also passes Luhn
    [InlineData("210211198513150000")] // 18 digits failing the Luhn check, with no real birth date (not an ID number either)
    [InlineData("411111111111111")] // 15 digits: too short for a card
    [InlineData("41111111111111111115")] // 20 digits: too long for a card
    [InlineData("票据号A6222021234567890128")] // glued to a letter: part of another code
    public void Leaves_numbers_that_are_not_cards_alone(string text)
    {
        Assert.Empty(PersonalDataScanner.Find(text));
        Assert.Equal(text, PersonalDataScanner.Mask(text));
    }

    [Fact]
    public void The_examples_are_what_they_claim()
    {
        Assert.True(UnifiedSocialCreditCode.IsValid("912102000139624590"));
        Assert.True(PersonalNumbers.IsLuhnValid("912102000139624590"));
        Assert.False(PersonalNumbers.IsLuhnValid("210211198503150000"));
        Assert.True(PersonalNumbers.IsLuhnValid("41111111111111111115")); // so only its length keeps it out
        Assert.Equal("210211198503151237", PersonalNumbers.ResidentId("21021119850315123"));
        Assert.True(ResidentIdNumber.IsValid(PersonalNumbers.ResidentId("21021119850315123")));
        Assert.Equal("11010519491231002X", PersonalNumbers.ResidentId("11010519491231002")); // GB 11643-1999's example
    }

    [Fact]
    public void Find_reports_each_kind_masked_and_never_the_raw_number()
    {
        var id = PersonalNumbers.ResidentId("21021119850315123");
        var card = PersonalNumbers.Card("622202123456789012");
        var text = $"身份证号{id}，手机13912345678，银行卡{card}";

        var findings = PersonalDataScanner.Find(text);

        Assert.Equal(
            [(PersonalDataKind.BankCard, "6222***********0128"), (PersonalDataKind.Mobile, "139********"), (PersonalDataKind.ResidentId, "210***************")],
            findings.Select(f => (f.Kind, f.Masked)).OrderBy(f => f.Kind.ToString(), StringComparer.Ordinal));
        Assert.DoesNotContain(findings, f => f.Masked.Contains(id, StringComparison.Ordinal) || f.Masked.Contains(card, StringComparison.Ordinal)
            || f.Masked.Contains("13912345678", StringComparison.Ordinal));
    }

    [Fact]
    public void An_id_number_that_also_passes_luhn_is_found_once_as_an_id_number()
    {
        var id = PersonalNumbers.ResidentId("21021119850315000");
        Assert.True(PersonalNumbers.IsLuhnValid(id));

        var finding = Assert.Single(PersonalDataScanner.Find($"身份证{id}"));
        Assert.Equal(PersonalDataKind.ResidentId, finding.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Nothing_is_found_in_no_text(string? text) => Assert.Empty(PersonalDataScanner.Find(text));
}
