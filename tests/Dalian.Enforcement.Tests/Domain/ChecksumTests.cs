using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class ChecksumTests
{
    [Theory]
    [InlineData("11010519491231002X", true)] // GB 11643-1999's own example
    [InlineData("11010519491231002x", true)] // a lower-case check character is the same number
    [InlineData("110105194912310021", false)] // wrong check digit
    [InlineData("11010519491331002X", false)] // month 13
    [InlineData("1101051949123100", false)] // too short
    [InlineData("A1010519491231002X", false)]
    public void Resident_id_number_check_digit(string value, bool valid) =>
        Assert.Equal(valid, ResidentIdNumber.IsValid(value));

    [Theory]
    [InlineData("91350100M000100Y43", true)] // a published example
    [InlineData("11211104001203480Q", true)] // the demo water bureau
    [InlineData("91350100M000100Y44", false)] // wrong check character
    [InlineData("91350100M000100I43", false)] // I is not in the alphabet
    [InlineData("91350100M000100Y4", false)]
    public void Unified_social_credit_code_check_character(string value, bool valid) =>
        Assert.Equal(valid, UnifiedSocialCreditCode.IsValid(value));
}
