using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Tests.Cases;
using Dalian.Enforcement.Tests.Support;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>重大执法决定法制审核: classification by the catalogue in force, the gate, the clock, the checklist and who may review.</summary>
public sealed class LegalReviewTests
{
    // A fixed instant for acts whose time these tests do not examine (the dates that matter are passed in).
    private static readonly DateTime s_at = new(2026, 5, 6, 2, 0, 0, DateTimeKind.Utc);

    private static readonly MajorRule s_personFine = new() { Code = "F1", Kind = MajorRuleKind.Fine, Title = "对公民罚款一万元以上", Parties = [PartyKind.NaturalPerson, PartyKind.IndividualBusiness], Amount = 10_000m };
    private static readonly MajorRule s_companyFineExclusive = new() { Code = "F2", Kind = MajorRuleKind.Fine, Title = "对组织罚款超过十万元", Parties = [PartyKind.Organisation], Amount = 100_000m, Inclusive = false };

    private static MajorFacts Fine(PartyKind party, decimal amount, PenaltyKinds kinds = PenaltyKinds.Fine) =>
        new(EnforcementCategory.Penalty, "DWSL-CF-001", party, amount, null, kinds, false);

    [Theory]
    [InlineData(PartyKind.NaturalPerson, "9999.99", false)]
    [InlineData(PartyKind.NaturalPerson, "10000", true)] // 含本数
    [InlineData(PartyKind.IndividualBusiness, "10000", true)]
    [InlineData(PartyKind.Organisation, "10000", false)]
    [InlineData(PartyKind.Organisation, "100000", false)] // 不含本数
    [InlineData(PartyKind.Organisation, "100000.01", true)]
    public void Fine_thresholds_apply_to_their_parties_with_their_inclusive_or_exclusive_bound(PartyKind party, string amount, bool major)
    {
        var versions = new[] { new CatalogueVersion(1, D("2025-01-06"), [s_personFine, s_companyFineExclusive]) };
        var result = MajorClassification.Of(versions, D("2026-05-01"), Fine(party, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(major, result.IsMajor);
        Assert.Equal(major, result.Basis().StartsWith("目录第 1 版", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_of_rule_matches_only_its_own_case()
    {
        MajorRule[] rules =
        [
            new() { Code = "P1", Kind = MajorRuleKind.Penalty, Title = "吊销许可证件", Penalties = PenaltyKinds.LicenceRevocation },
            new() { Code = "C1", Kind = MajorRuleKind.Confiscation, Title = "没收五万元以上", Amount = 50_000m },
            new() { Code = "H1", Kind = MajorRuleKind.Hearing, Title = "听证后作出" },
            new() { Code = "M1", Kind = MajorRuleKind.Matter, Title = "河道采砂", MatterCode = "DWSL-CF-002" },
            new() { Code = "K1", Kind = MajorRuleKind.Category, Title = "行政强制", Category = EnforcementCategory.Coercion },
        ];
        var versions = new[] { new CatalogueVersion(3, D("2025-01-06"), rules) };
        string[] Codes(MajorFacts f) => [.. MajorClassification.Of(versions, D("2026-01-05"), f).Matched.Select(r => r.Code)];

        var plain = Fine(PartyKind.Organisation, 5_000m);
        Assert.Empty(Codes(plain));
        Assert.Equal(["P1"], Codes(plain with { Penalties = PenaltyKinds.Fine | PenaltyKinds.LicenceRevocation }));
        Assert.Empty(Codes(plain with { Penalties = PenaltyKinds.LicenceSuspension })); // 暂扣 is not 吊销
        Assert.Equal(["C1"], Codes(plain with { Confiscated = 50_000m }));
        Assert.Empty(Codes(plain with { Confiscated = 49_999.99m }));
        Assert.Equal(["H1"], Codes(plain with { HearingHeld = true }));
        Assert.Equal(["M1"], Codes(plain with { MatterCode = "DWSL-CF-002" }));
        Assert.Equal(["K1"], Codes(plain with { Category = EnforcementCategory.Coercion }));
    }

    [Fact]
    public void The_decision_date_picks_the_catalogue_version_in_force()
    {
        var strict = new MajorRule { Code = "F1", Kind = MajorRuleKind.Fine, Title = "五万元以上", Amount = 50_000m };
        var versions = new[] { new CatalogueVersion(1, D("2025-01-06"), [strict]), new CatalogueVersion(2, D("2026-03-16"), [s_personFine]) };
        var facts = Fine(PartyKind.NaturalPerson, 20_000m);
        Assert.Null(MajorClassification.Of(versions, D("2025-01-05"), facts).CatalogueVersion); // before any catalogue
        Assert.False(MajorClassification.Of(versions, D("2026-03-15"), facts).IsMajor); // version 1: below ¥50,000
        var after = MajorClassification.Of(versions, D("2026-03-16"), facts);
        Assert.True(after.IsMajor);
        Assert.Equal(2, after.CatalogueVersion);
    }

    [Fact]
    public void A_handler_may_mark_a_case_major_with_a_reason_but_never_unmark_or_change_it()
    {
        var c = CaseTestData.New();
        Assert.Contains(c.FlagMajor(MajorReason.PublicInterest, " "), p => p.Field == "MajorFlagReason");
        Assert.Contains(c.FlagMajor(null, "理由"), p => p.Field == "MajorFlag");
        Assert.Empty(c.FlagMajor(MajorReason.PublicInterest, "涉及饮用水水源地"));
        Assert.NotEmpty(c.FlagMajor(MajorReason.Complex, "另一理由"));
        Assert.Equal(MajorReason.PublicInterest, c.MajorFlag);
        var major = MajorClassification.Of([], D("2026-05-01"), Fine(PartyKind.Organisation, 1m) with { Flag = c.MajorFlag, FlagReason = c.MajorFlagReason });
        Assert.True(major.IsMajor);
        Assert.Contains("涉及饮用水水源地", major.Basis());
    }

    [Fact]
    public void The_gate_lets_a_major_decision_through_only_after_an_agreeing_round_on_the_same_content()
    {
        var draft = Draft("2026-05-06").Changed(x => (x.FineAmount, x.Content) = (150_000m, "罚款人民币150000元"));
        var major = MajorClassification.Of([new CatalogueVersion(1, D("2025-01-06"), [new() { Code = "F2", Kind = MajorRuleKind.Fine, Title = "十万元以上", Amount = 100_000m }])],
            draft.DecisionDate, Fine(PartyKind.Organisation, 150_000m));
        var hash = ReviewedContent.Of(draft).Sha256();
        Assert.Contains("须经法制审核同意", ReviewGate.Refusal(major, null, hash));
        var round = Submitted("2026-05-06", hash);
        Assert.Contains("尚未出具意见", ReviewGate.Refusal(major, round, hash));
        Assert.Null(round.Assign("reviewer", "王建国", "A2018", s_at));
        Assert.Empty(round.Conclude(AllConform(), ReviewOpinion.Revise, "补充裁量说明", "reviewer", D("2026-05-07"), s_at, "大洼水", 1));
        Assert.Contains("建议修改后再次提交", ReviewGate.Refusal(major, round, hash));

        var agreed = Submitted("2026-05-08", hash, round: 2);
        Assert.Null(agreed.Assign("reviewer", "王建国", "A2018", s_at));
        Assert.Empty(agreed.Conclude(AllConform(), ReviewOpinion.Agree, "", "reviewer", D("2026-05-11"), s_at, "大洼水", 2));
        Assert.Null(ReviewGate.Refusal(major, agreed, hash));
        Assert.Equal("大洼水法审〔2026〕2号", agreed.OpinionNumber);

        var changed = draft.Changed(x => x.FineAmount = 160_000m);
        Assert.Contains("有改动", ReviewGate.Refusal(major, agreed, ReviewedContent.Of(changed).Sha256()));
        var renumbered = draft.Changed(x => (x.FineAmount, x.DocumentNumber) = (150_000m, "大洼水罚〔2026〕99号")); // the number is given at decision
        Assert.Null(ReviewGate.Refusal(major, agreed, ReviewedContent.Of(renumbered).Sha256()));
        var rescaled = draft.Changed(x => x.FineAmount = 150_000.00m); // the same amount read back with another scale
        Assert.Null(ReviewGate.Refusal(major, agreed, ReviewedContent.Of(rescaled).Sha256()));
        Assert.Null(ReviewGate.Refusal(new MajorClassification(1, [], null, ""), null, hash)); // not major: no review needed
    }

    [Fact]
    public void The_clock_runs_seven_working_days_stops_for_materials_restarts_from_the_supplement_and_extends_once_by_three()
    {
        var r = Submitted("2026-09-28", "x"); // before the National Day holiday (10-01 to 10-08 off in 2026)
        Assert.Equal(OfficialCalendarOracle.AddWorkingDays(D("2026-09-28"), 7), r.Deadline!.Due);
        Assert.Null(r.Assign("reviewer", "王建国", "A2018", s_at));
        Assert.Equal("请写明需要补充的材料。", r.RequestMaterials(" ", D("2026-09-29")));
        Assert.Null(r.RequestMaterials("听证笔录", D("2026-09-29")));
        Assert.False(r.IsOverdueOn(D("2026-12-01"))); // stopped while waiting
        Assert.Null(r.Supply([1, 2, 3], "y", D("2026-10-12"), Period.WorkingDays(7), Calendar));
        Assert.Equal(OfficialCalendarOracle.AddWorkingDays(D("2026-10-12"), 7), r.Deadline.Due);
        Assert.Equal("y", r.ContentSha256);

        Assert.Equal("ExtensionReason", r.Extend("", "局长", D("2026-10-13"), Period.WorkingDays(7), Period.WorkingDays(3), Calendar)?.Field);
        Assert.Null(r.Extend("案情复杂，需咨询专家", "局长", D("2026-10-13"), Period.WorkingDays(7), Period.WorkingDays(3), Calendar));
        Assert.Equal(OfficialCalendarOracle.AddWorkingDays(D("2026-10-12"), 10), r.Deadline.Due);
        Assert.Contains("延长过一次", r.Extend("再延", "局长", D("2026-10-14"), Period.WorkingDays(7), Period.WorkingDays(3), Calendar)?.Message);

        var late = Submitted("2026-11-02", "x");
        Assert.Contains("届满", late.Extend("晚了", "局长", D("2026-11-30"), Period.WorkingDays(7), Period.WorkingDays(3), Calendar)?.Message);
        Assert.True(late.IsOverdueOn(D("2026-11-30")));
    }

    [Fact]
    public void An_opinion_answers_every_point_and_agrees_only_when_every_point_conforms()
    {
        var r = Submitted("2026-11-02", "x");
        Assert.Null(r.Assign("reviewer", "王建国", "A2018", s_at));
        Assert.Contains(r.Conclude(AllConform(), ReviewOpinion.Agree, "", "someone.else", D("2026-11-03"), s_at, "大洼水", 1), p => p.Message.Contains("承办本轮", StringComparison.Ordinal));
        var partial = AllConform();
        partial.Remove("crime");
        Assert.Contains(r.Conclude(partial, ReviewOpinion.Agree, "", "reviewer", D("2026-11-03"), s_at, "大洼水", 1), p => p.Field == "check-crime");
        var problem = AllConform();
        problem["law"] = new CheckAnswer("law", CheckVerdict.Problem, "");
        Assert.Contains(r.Conclude(problem, ReviewOpinion.Revise, "x", "reviewer", D("2026-11-03"), s_at, "大洼水", 1), p => p.Field == "note-law");
        problem["law"] = problem["law"] with { Note = "裁量过重" };
        Assert.Contains(r.Conclude(problem, ReviewOpinion.Agree, "", "reviewer", D("2026-11-03"), s_at, "大洼水", 1), p => p.Field == "Opinion");
        Assert.Contains(r.Conclude(problem, ReviewOpinion.Disagree, " ", "reviewer", D("2026-11-03"), s_at, "大洼水", 1), p => p.Field == "Reasons");
        Assert.Equal(ReviewState.InReview, r.State); // every refusal left it as it was
        Assert.Empty(r.Conclude(problem, ReviewOpinion.Disagree, "违法事实不清", "reviewer", D("2026-11-03"), s_at, "大洼水", 1));
        Assert.Equal(ReviewState.Disagreed, r.State);
        Assert.True(r.OnTime);
        Assert.NotEmpty(r.Conclude(AllConform(), ReviewOpinion.Agree, "", "reviewer", D("2026-11-04"), s_at, "大洼水", 2)); // never reopened
    }

    [Theory]
    [InlineData(true, 7, false, "A2018", "2019-01-01", null, false, false, true)]
    [InlineData(false, 7, false, "A2018", "2019-01-01", null, false, false, false)] // not a reviewer
    [InlineData(true, 9, false, "A2018", "2019-01-01", null, false, false, false)] // another agency
    [InlineData(true, 7, true, "A2018", "2019-01-01", null, false, false, false)] // same unit excluded by setting
    [InlineData(true, 7, false, "A2018", "2019-01-01", null, true, false, false)] // a handling officer
    [InlineData(true, 7, false, "A2018", "2019-01-01", null, false, true, false)] // the submitter
    [InlineData(true, 7, false, "", null, "2022-01-01", false, false, false)] // first reviewed after 2021-07-15 without qualification
    [InlineData(true, 7, false, "A2018", "2027-01-01", null, false, false, false)] // qualification not yet obtained
    [InlineData(true, 7, false, "", null, "2019-06-01", false, false, true)] // reviewing before art. 58 took effect
    [InlineData(true, 3, true, "A2018", "2019-01-01", null, false, false, true)] // the agency above, with the same-unit setting
    public void Who_may_review(bool isReviewer, int agency, bool excludeSameUnit, string number, string? qualifiedOn, string? since, bool handler, bool submitter,
        bool allowed)
    {
        var facts = new ReviewerFacts(isReviewer, agency, [7, 3], excludeSameUnit, number, qualifiedOn is null ? null : D(qualifiedOn),
            since is null ? null : D(since), handler, submitter, D("2026-12-02"));
        Assert.Equal(allowed, LegalReviewers.Problems(facts).Count == 0);
    }

    [Fact]
    public void The_review_stage_is_never_skipped_for_a_major_case_and_never_entered_by_hand()
    {
        var c = CaseTestData.Through(CaseTestData.New(), "legal-review", "2025-07-02");
        var skip = new StageInput { Code = "legal-review", Skip = true, SkipReason = "不属于重大执法决定" };
        var major = new MajorClassification(1, [s_personFine], null, "");
        Assert.Contains(c.Take(CaseTestData.Penalty, skip, CaseTestData.On("2025-07-02", major: major)), p => p.Message.Contains("不能跳过", StringComparison.Ordinal));
        Assert.Contains(c.Take(CaseTestData.Penalty, skip, CaseTestData.On("2025-07-02") with { Major = null }), p => p.Message.Contains("请先起草决定书", StringComparison.Ordinal));
        Assert.Contains(c.Take(CaseTestData.Penalty, CaseTestData.Done("legal-review", "2025-07-02"), CaseTestData.On("2025-07-02")),
            p => p.Message.Contains("自动记入", StringComparison.Ordinal));
        Assert.Null(c.Entry("legal-review"));
        Assert.Empty(c.Take(CaseTestData.Penalty, skip, CaseTestData.On("2025-07-02")));
        Assert.Equal(StageStatus.Skipped, c.Entry("legal-review")!.Status);
    }

    private static Dictionary<string, CheckAnswer> AllConform() =>
        ReviewChecklist.Items.ToDictionary(i => i.Code, i => new CheckAnswer(i.Code, CheckVerdict.Conforms, ""));

    private static LegalReview Submitted(string on, string contentHash, int round = 1) =>
        LegalReview.Submit(CaseTestData.New(), round, 1, new MajorClassification(1, [], MajorReason.Complex, "测试"), [1], contentHash, D(on),
            s_at, "water.staff", Period.WorkingDays(7), Calendar);
}
