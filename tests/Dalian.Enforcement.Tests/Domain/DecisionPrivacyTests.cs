using System.Text.RegularExpressions;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;
using Dalian.Enforcement.Tests.Support;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>Minors and personal numbers keep a decision off the portal until it is safe to publish.</summary>
public sealed class DecisionPrivacyTests
{
    private static readonly string s_idNumber = PersonalNumbers.ResidentId("21021119850315123");
    private static readonly string s_card = PersonalNumbers.Card("622202123456789012");

    [Fact]
    public void The_test_numbers_are_what_they_claim()
    {
        Assert.True(ResidentIdNumber.IsValid(s_idNumber));
        Assert.Equal("6222021234567890128", s_card); // the grouped example "6222 0212 3456 7890 128"
        Assert.True(PersonalNumbers.IsLuhnValid(s_card));

        Assert.False(ResidentIdNumber.IsValid("210211198503150000"));
        Assert.False(PersonalNumbers.IsLuhnValid("210211198503150000"));
        Assert.False(PersonalNumbers.IsLuhnValid("6222021234567890"));
        Assert.True(UnifiedSocialCreditCode.IsValid("912102000139624590"));
        Assert.True(PersonalNumbers.IsLuhnValid("912102000139624590"));
        Assert.False(ResidentIdNumber.IsValid("912102000139624590"));
    }

    [Fact]
    public void A_decision_involving_a_minor_is_never_published()
    {
        var decision = Decided();
        decision.Changed(c => c.InvolvesMinor = true);

        Assert.Contains("涉及未成年人的决定不得公开", decision.Publish(D("2024-02-09"), null, Calendar));
        Assert.Equal(DecisionState.Decided, decision.State);
        Assert.Null(decision.PublicationDeadline!.CompletedOn);

        Assert.Null(decision.NotDisclose(NonDisclosureReason.Minor, "李局长", D("2024-02-09"), "", D("2024-02-09")));
        Assert.Equal(DecisionState.NotDisclosed, decision.State);
    }

    [Fact]
    public void A_published_decision_cannot_be_edited_to_involve_a_minor_it_is_withdrawn_instead()
    {
        var decision = Published();
        Assert.Contains("撤回", decision.Correct(decision.Recorded with { InvolvesMinor = true }, DecisionTestData.Today));
        Assert.False(decision.InvolvesMinor);
    }

    [Fact]
    public void Clean_text_has_no_privacy_problems_and_publishes()
    {
        var decision = Decided();
        decision.Changed(c => c.Remarks = "统一社会信用代码912102000139624590，罚款已于2024年2月20日缴纳，票据号0000123456。");

        Assert.Empty(decision.PrivacyProblems());
        Assert.Equal(0, decision.MaskPersonalData());
        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));
    }

    [Fact]
    public void The_party_id_number_is_kept_for_matching_and_is_not_a_published_item()
    {
        var decision = Decided();
        decision.Changed(c => (c.PartyKind, c.PartyName, c.IdType, c.IdNumber) = (PartyKind.NaturalPerson, "张三", IdDocumentType.ResidentId, s_idNumber));

        Assert.Empty(decision.PrivacyProblems());
        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));
        Assert.Equal(s_idNumber, decision.IdNumber);
    }

    public static TheoryData<string, string, PersonalDataKind, string> Numbers => new()
    {
        { "身份证号" + s_idNumber + "。", s_idNumber, PersonalDataKind.ResidentId, "210***************" },
        { "联系电话13912345678。", "13912345678", PersonalDataKind.Mobile, "139********" },
        { "退款账户" + s_card + "。", s_card, PersonalDataKind.BankCard, "6222***********0128" },
        { "退款账户 6222 0212 3456 7890 128。", "6222 0212 3456 7890 128", PersonalDataKind.BankCard, "6222***********0128" },
        { "退款账户 6222-0212-3456-7890-128。", "6222-0212-3456-7890-128", PersonalDataKind.BankCard, "6222***********0128" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Personal_data_blocks_publishing_with_a_message_showing_only_the_masked_form(string text, string raw, PersonalDataKind kind, string masked)
    {
        var decision = Decided();
        decision.Changed(c => c.Facts += text);

        var problem = Assert.Single(decision.PrivacyProblems());
        Assert.Equal((nameof(Decision.Facts), "违法事实", kind, masked), (problem.Field, problem.Label, problem.Finding.Kind, problem.Finding.Masked));

        var message = decision.Publish(D("2024-02-09"), null, Calendar);
        Assert.NotNull(message);
        Assert.Contains(masked, message);
        Assert.Contains("违法事实", message);
        Assert.DoesNotContain(raw, message);
        Assert.DoesNotContain(new string([.. raw.Where(char.IsAsciiDigit)]), message);
        Assert.DoesNotMatch(new Regex(@"\d{5}"), message); // no more than the kept prefix and suffix
        Assert.Equal(DecisionState.Decided, decision.State);
        Assert.Null(decision.PublishedOn);
    }

    [Theory]
    [InlineData(nameof(Decision.PartyName))]
    [InlineData(nameof(Decision.LegalRepresentative))]
    [InlineData(nameof(Decision.DocumentName))]
    [InlineData(nameof(Decision.DocumentNumber))]
    [InlineData(nameof(Decision.ViolationType))]
    [InlineData(nameof(Decision.Facts))]
    [InlineData(nameof(Decision.LegalBasis))]
    [InlineData(nameof(Decision.Content))]
    [InlineData(nameof(Decision.LicenceAffected))]
    [InlineData(nameof(Decision.CertificateName))]
    [InlineData(nameof(Decision.CertificateNumber))]
    [InlineData(nameof(Decision.InspectionTask))]
    [InlineData(nameof(Decision.Findings))]
    [InlineData(nameof(Decision.FollowUp))]
    [InlineData(nameof(Decision.Remarks))]
    public void Every_published_item_is_scanned_and_masked(string field)
    {
        var decision = Decided();
        var property = typeof(Decision).GetProperty(field)!;
        property.SetValue(decision, $"{property.GetValue(decision)} 电话13912345678 卡号{s_card} 身份证{s_idNumber}");

        Assert.Equal([field, field, field], decision.PrivacyProblems().Select(p => p.Field));
        Assert.NotNull(decision.Publish(D("2024-02-09"), null, Calendar));

        Assert.Equal(3, decision.MaskPersonalData());

        var masked = (string)property.GetValue(decision)!;
        Assert.Contains("电话139********", masked);
        Assert.Contains("卡号6222***********0128", masked);
        Assert.Contains("身份证210***************", masked);
        Assert.Empty(decision.PrivacyProblems());
        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));
    }

    [Fact]
    public void Masking_covers_every_item_and_counts_every_number()
    {
        var decision = Decided();
        decision.Changed(c => c.Facts += $"当事人张三（身份证号{s_idNumber}，电话+86 139 1234 5678）");
        decision.Changed(c => c.Remarks = "罚款退款至6222 0212 3456 7890 128，联系人手机13800001111。");

        Assert.Equal(4, decision.PrivacyProblems().Count);
        Assert.Equal(4, decision.MaskPersonalData());

        Assert.DoesNotContain(s_idNumber, decision.Facts);
        Assert.DoesNotContain("1234 5678", decision.Facts);
        Assert.DoesNotContain("7890 128", decision.Remarks);
        Assert.DoesNotContain("00001111", decision.Remarks);
        Assert.StartsWith("当事人于2024年1月5日", decision.Facts); // the rest of the text is kept
        Assert.Equal(0, decision.MaskPersonalData());
        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));
    }

    [Theory]
    [InlineData("210211198513150000")] // 18 digits with no real birth date in them (and not Luhn-valid either)
    [InlineData("6222021234567890")] // 16 digits failing the Luhn check
    [InlineData("912102000139624590")] // a 统一社会信用代码 of digits only that happens to pass Luhn
    public void Numbers_that_are_not_personal_data_do_not_block_publishing(string number)
    {
        var decision = Decided();
        decision.Changed(c => c.Remarks = $"编号{number}");

        Assert.Empty(decision.PrivacyProblems());
        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));
        Assert.Equal($"编号{number}", decision.Remarks);
    }

    [Fact]
    public void An_id_number_with_a_wrong_check_digit_still_blocks_publishing()
    {
        var decision = Decided();
        decision.Changed(c => c.Remarks = "当事人身份证号210211198503150000");

        Assert.Contains(decision.PrivacyProblems(), p => p.Message.Contains("210***************", StringComparison.Ordinal));
        Assert.NotNull(decision.Publish(D("2024-02-09"), null, Calendar));
        Assert.Equal(1, decision.MaskPersonalData());
        Assert.Equal("当事人身份证号210***************", decision.Remarks);
    }

    private static Decision WithMinor(Decision decision)
    {
        decision.Changed(c => c.InvolvesMinor = true);
        return decision;
    }

    [Fact]
    public void A_natural_persons_full_name_in_a_published_text_blocks_publishing_and_masking_replaces_it()
    {
        var decision = Decided();
        decision.Changed(c => (c.PartyKind, c.PartyName) = (PartyKind.NaturalPerson, "司马相如"));
        decision.RefreshPublicName(maskNaturalPersons: true);
        decision.Changed(c => c.Facts = "当事人司马相如未经批准取水。");

        Assert.Contains("“违法事实”中含有疑似自然人姓名（司马**）", decision.Publish(D("2024-02-09"), null, Calendar));
        Assert.Equal(1, decision.MaskPersonalData());
        Assert.Equal("当事人司马**未经批准取水。", decision.Facts);
        Assert.Equal("司马相如", decision.PartyName); // its own field keeps the name, which is published masked
        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));
    }

    [Fact]
    public void Full_width_digits_are_personal_data_too()
    {
        var decision = Decided();
        decision.Changed(c => c.Content = "罚款，联系电话１３９１２３４５６７８。");

        Assert.Contains("手机号码（139********）", decision.Publish(D("2024-02-09"), null, Calendar));
        decision.MaskPersonalData();
        Assert.Equal("罚款，联系电话139********。", decision.Content);
    }

    [Fact]
    public void A_lateness_reason_with_personal_data_is_refused_because_it_is_published()
    {
        var decision = Decided("2024-02-08"); // due 2024-02-23

        Assert.Contains("逾期公开的原因中含有疑似手机号码", decision.Publish(D("2024-02-26"), "请联系13912345678", Calendar));
        Assert.Equal(DecisionState.Decided, decision.State);
        Assert.Null(decision.Publish(D("2024-02-26"), "承办人员调整", Calendar));
    }

    [Fact]
    public void An_individual_business_keeps_its_registered_name_but_its_operator_is_masked_in_free_text()
    {
        var decision = Decided();
        decision.Changed(c => (c.PartyKind, c.PartyName, c.LegalRepresentative) = (PartyKind.IndividualBusiness, "大洼区张三水产店", "张三"));
        decision.RefreshPublicName(maskNaturalPersons: true);
        decision.Changed(c => c.Content = "责令经营者张三改正。");

        Assert.Equal(["Content"], decision.PrivacyProblems().Select(p => p.Field));
        decision.MaskPersonalData();
        Assert.Equal(("大洼区张三水产店", "张三", "责令经营者张**改正。"), (decision.PartyName, decision.LegalRepresentative, decision.Content));
        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));
    }

    [Theory]
    [InlineData("当事人杨 丽 华当场签收。")]
    [InlineData("当事人杨丽\u200b华当场签收。")]
    public void A_name_split_by_spaces_or_invisible_characters_is_still_found(string content)
    {
        var decision = Decided();
        decision.Changed(c => (c.PartyKind, c.PartyName) = (PartyKind.NaturalPerson, "杨丽华"));
        decision.RefreshPublicName(maskNaturalPersons: true);
        decision.Changed(c => c.Content = content);

        Assert.Contains("自然人姓名（杨**）", decision.Publish(D("2024-02-09"), null, Calendar));
    }
}
