using Dalian.Enforcement.Domain.Privacy;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class PersonalDataScannerTests
{
    [Theory]
    [InlineData("当事人身份证号11010519491231002X，住址不详", "当事人身份证号110***************，住址不详")]
    [InlineData("联系电话 13912345678。", "联系电话 139********。")]
    [InlineData("电话 139 1234 5678", "电话 139********")]
    public void Masks_id_and_mobile_numbers(string text, string expected)
    {
        Assert.True(PersonalDataScanner.ContainsPersonalData(text));
        Assert.Equal(expected, PersonalDataScanner.Mask(text));
    }

    [Theory]
    [InlineData("罚款人民币20000元")]
    [InlineData("文号 大洼水罚〔2026〕12号")]
    [InlineData("110105194912310021")] // 18 digits that fail the checksum are not an ID number
    [InlineData("订单号 239123456789012")] // longer digit runs are not a mobile number
    public void Leaves_other_text_alone(string text)
    {
        Assert.False(PersonalDataScanner.ContainsPersonalData(text));
        Assert.Equal(text, PersonalDataScanner.Mask(text));
    }
}
