using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>Draft → decided → published / not disclosed; published → withdrawn; everything else refused.</summary>
public sealed class DecisionLifecycleTests
{
    private static readonly DateOnly s_later = D("2024-02-20");

    [Fact]
    public void A_decision_dated_after_today_is_not_decided_and_gets_no_deadline()
    {
        var decision = Draft("2024-02-08");

        Assert.Contains("决定日期不能晚于今天", decision.Decide(D("2024-02-07"), Policy.PublicationPeriod(decision.Category), Calendar));
        Assert.Equal(DecisionState.Draft, decision.State);
        Assert.Null(decision.PublicationDeadline);
        Assert.True(decision.IsEditable);
    }

    [Fact]
    public void Deciding_on_the_decision_date_starts_the_publication_clock()
    {
        var decision = Draft("2024-02-08");

        Assert.Null(decision.Decide(D("2024-02-08"), Policy.PublicationPeriod(decision.Category), Calendar));

        Assert.Equal(DecisionState.Decided, decision.State);
        var deadline = decision.PublicationDeadline!;
        Assert.Equal(D("2024-02-08"), deadline.Start);
        Assert.Equal(D("2024-02-23"), deadline.Due);
        Assert.False(deadline.Provisional);
        Assert.Null(deadline.CompletedOn);
        Assert.True(decision.IsEditable);
        Assert.False(decision.IsPublicOn(D("2024-02-08")));
    }

    [Fact]
    public void Publishing_a_decided_decision_makes_it_public()
    {
        var decision = Decided("2024-02-08");

        Assert.Null(decision.Publish(D("2024-02-09"), null, Calendar));

        Assert.Equal(DecisionState.Published, decision.State);
        Assert.Equal(D("2024-02-09"), decision.PublishedOn);
        Assert.Equal(D("2024-02-09"), decision.PublicationDeadline!.CompletedOn);
        Assert.False(decision.IsEditable);
        Assert.True(decision.IsPublicOn(D("2024-02-09")));
    }

    [Fact]
    public void Not_disclosing_records_the_reason_and_approver_and_ends_the_clock()
    {
        var decision = Decided("2024-02-08");

        Assert.Null(decision.NotDisclose(NonDisclosureReason.PersonalPrivacy, "  李局长 ", D("2024-02-08"), " 主要事实涉及个人隐私 ", D("2024-02-09")));

        Assert.Equal(DecisionState.NotDisclosed, decision.State);
        Assert.Equal(NonDisclosureReason.PersonalPrivacy, decision.NonDisclosureReason);
        Assert.Equal("李局长", decision.NonDisclosureApprover);
        Assert.Equal(D("2024-02-08"), decision.NonDisclosureApprovedOn);
        Assert.Equal("主要事实涉及个人隐私", decision.NonDisclosureNote);
        Assert.Equal(D("2024-02-09"), decision.PublicationDeadline!.CompletedOn);
        Assert.Null(decision.PublishedOn);
        Assert.False(decision.IsPublicOn(D("2024-02-09")));
    }

    [Theory]
    [InlineData("", "2024-02-10", "请填写批准不予公开的负责人")]
    [InlineData("   ", "2024-02-10", "请填写批准不予公开的负责人")]
    [InlineData("李局长", "2024-02-07", "批准日期应在决定日期和今天之间")] // before the decision
    [InlineData("李局长", "2024-02-21", "批准日期应在决定日期和今天之间")] // after today
    public void Not_disclosing_needs_an_approver_and_an_approval_between_decision_and_today(string approver, string approvedOn, string message)
    {
        var decision = Decided("2024-02-08");

        Assert.Contains(message, decision.NotDisclose(NonDisclosureReason.StateSecret, approver, D(approvedOn), "", s_later));

        Assert.Equal(DecisionState.Decided, decision.State);
        Assert.Null(decision.NonDisclosureReason);
        Assert.Null(decision.PublicationDeadline!.CompletedOn);
    }

    [Theory]
    [InlineData("2024-02-08")] // approved on the decision date
    [InlineData("2024-02-20")] // approved today
    public void Approval_on_either_boundary_is_accepted(string approvedOn)
    {
        var decision = Decided("2024-02-08");

        Assert.Null(decision.NotDisclose(NonDisclosureReason.StateSecret, "李局长", D(approvedOn), "", s_later));
        Assert.Equal(DecisionState.NotDisclosed, decision.State);
    }

    [Fact]
    public void Withdrawing_a_published_decision_records_the_act_and_the_replacement()
    {
        var decision = Published("2024-02-08").WithId(1);
        var replacement = Published("2024-02-19").WithId(2);

        Assert.Null(decision.Withdraw(WithdrawalReason.OrderedAnew, " 复议机关责令重新作出 ", D("2024-02-19"), replacement, null,
            s_later, Policy.Withdrawal, Calendar));

        Assert.Equal(DecisionState.Withdrawn, decision.State);
        Assert.Equal(WithdrawalReason.OrderedAnew, decision.WithdrawalReason);
        Assert.Equal("复议机关责令重新作出", decision.WithdrawalNote);
        Assert.Equal(D("2024-02-19"), decision.RevokingActDate);
        Assert.Equal(s_later, decision.WithdrawnOn);
        Assert.Equal(2, decision.ReplacementId);
        Assert.False(decision.IsPublicOn(s_later));
    }

    [Theory]
    [InlineData("", "2024-02-19", "请填写撤回的原因说明")]
    [InlineData("  ", "2024-02-19", "请填写撤回的原因说明")]
    [InlineData("复议撤销", "2024-02-07", "撤销（变更）行为的日期应在原决定日期和今天之间")] // before the decision
    [InlineData("复议撤销", "2024-02-21", "撤销（变更）行为的日期应在原决定日期和今天之间")] // after today
    public void Withdrawal_needs_a_note_and_a_revoking_act_between_decision_and_today(string note, string actDate, string message)
    {
        var decision = Published("2024-02-08");

        Assert.Contains(message, decision.Withdraw(WithdrawalReason.Revoked, note, D(actDate), null, "理由", s_later, Policy.Withdrawal, Calendar));
        AssertStillPublished(decision);
    }

    [Theory]
    [InlineData("2024-02-08")] // revoked on the decision date
    [InlineData("2024-02-20")] // revoked today
    public void A_revoking_act_on_either_boundary_is_accepted(string actDate)
    {
        var decision = Published("2024-02-08");

        Assert.Null(decision.Withdraw(WithdrawalReason.Revoked, "复议撤销", D(actDate), null, "理由", s_later, Policy.Withdrawal, Calendar));
        Assert.Equal(DecisionState.Withdrawn, decision.State);
        Assert.Null(decision.ReplacementId);
    }

    [Fact]
    public void A_replacement_must_be_another_decided_decision_of_the_same_agency()
    {
        var decision = Published(agencyId: 1).WithId(10);

        Assert.Contains("替代决定应是本单位另一份已作出的决定", Withdraw(decision, decision));
        Assert.Contains("替代决定应是本单位另一份已作出的决定", Withdraw(decision, Published(agencyId: 1).WithId(10))); // the same record, loaded twice
        Assert.Contains("替代决定应是本单位另一份已作出的决定", Withdraw(decision, Published(agencyId: 2).WithId(11)));
        Assert.Contains("替代决定应是本单位另一份已作出的决定", Withdraw(decision, Draft().WithId(12)));
        AssertStillPublished(decision);

        Assert.Null(Withdraw(decision, Published(agencyId: 1).WithId(11)));
        Assert.Equal(11, decision.ReplacementId);

        static string? Withdraw(Decision decision, Decision replacement) =>
            decision.Withdraw(WithdrawalReason.Changed, "复议变更", D("2024-02-19"), replacement, null, D("2024-02-20"), Policy.Withdrawal, Calendar);
    }

    [Theory]
    [InlineData(DecisionState.Draft, "Publish", "草稿", "不能公开")]
    [InlineData(DecisionState.Draft, "NotDisclose", "草稿", "不能登记不予公开")]
    [InlineData(DecisionState.Draft, "Withdraw", "草稿", "不能撤回")]
    [InlineData(DecisionState.Decided, "Decide", "已作出待公开", "不能作出决定")]
    [InlineData(DecisionState.Decided, "Withdraw", "已作出待公开", "不能撤回")]
    [InlineData(DecisionState.Published, "Decide", "已公开", "不能作出决定")]
    [InlineData(DecisionState.Published, "Publish", "已公开", "不能公开")]
    [InlineData(DecisionState.Published, "NotDisclose", "已公开", "不能登记不予公开")]
    [InlineData(DecisionState.NotDisclosed, "Decide", "不予公开", "不能作出决定")]
    [InlineData(DecisionState.NotDisclosed, "Publish", "不予公开", "不能公开")]
    [InlineData(DecisionState.NotDisclosed, "NotDisclose", "不予公开", "不能登记不予公开")]
    [InlineData(DecisionState.NotDisclosed, "Withdraw", "不予公开", "不能撤回")]
    [InlineData(DecisionState.Withdrawn, "Decide", "已撤回", "不能作出决定")]
    [InlineData(DecisionState.Withdrawn, "Publish", "已撤回", "不能公开")]
    [InlineData(DecisionState.Withdrawn, "NotDisclose", "已撤回", "不能登记不予公开")]
    [InlineData(DecisionState.Withdrawn, "Withdraw", "已撤回", "不能撤回")]
    public void An_illegal_transition_names_the_current_state_and_changes_nothing(DecisionState state, string action, string stateTitle, string refusal)
    {
        var decision = InState(state);
        Assert.Equal(state, decision.State);
        var before = Snapshot(decision);

        // Every other input is valid, so the state alone is the reason for the refusal.
        var message = action switch
        {
            "Decide" => decision.Decide(s_later, Policy.PublicationPeriod(decision.Category), Calendar),
            "Publish" => decision.Publish(s_later, "补录", Calendar),
            "NotDisclose" => decision.NotDisclose(NonDisclosureReason.StateSecret, "李局长", s_later, "", s_later),
            _ => decision.Withdraw(WithdrawalReason.Revoked, "复议撤销", s_later, null, "补录", s_later, Policy.Withdrawal, Calendar),
        };

        Assert.Equal($"当前状态为“{stateTitle}”，{refusal}。", message);
        Assert.Equal(before, Snapshot(decision));
    }

    private static void AssertStillPublished(Decision decision)
    {
        Assert.Equal(DecisionState.Published, decision.State);
        Assert.Null(decision.WithdrawnOn);
        Assert.Null(decision.WithdrawalDeadline);
        Assert.Null(decision.RevokingActDate);
        Assert.Null(decision.ReplacementId);
        Assert.Equal("", decision.WithdrawalNote);
    }

    private static string Snapshot(Decision d) => string.Join(" | ",
        d.State, d.PublishedOn, d.LatenessReason, d.WorkingDaysLate,
        d.NonDisclosureReason, d.NonDisclosureApprover, d.NonDisclosureApprovedOn, d.NonDisclosureNote,
        d.WithdrawalReason, d.WithdrawalNote, d.RevokingActDate, d.WithdrawnOn, d.ReplacementId, d.WithdrawalLatenessReason, d.WithdrawalWorkingDaysLate,
        Describe(d.PublicationDeadline), Describe(d.WithdrawalDeadline));

    private static string Describe(Deadline? deadline) =>
        deadline is null ? "none" : $"{deadline.Kind} {deadline.Start} {deadline.Period} {deadline.Due} {deadline.CompletedOn} {deadline.Overdue}";

    [Fact]
    public void Not_disclosing_after_the_due_date_needs_a_reason_and_counts_as_late()
    {
        var decision = Decided("2024-02-08"); // due 2024-02-23

        Assert.Contains("请填写逾期办理的原因", decision.NotDisclose(NonDisclosureReason.PersonalPrivacy, "王局长", D("2024-02-26"), "", D("2024-02-26")));
        Assert.Equal(DecisionState.Decided, decision.State);
        Assert.Null(decision.NotDisclose(NonDisclosureReason.PersonalPrivacy, "王局长", D("2024-02-26"), "", D("2024-02-26"), "审批延误", Calendar));
        Assert.Equal((DecisionState.NotDisclosed, 1, "审批延误"), (decision.State, decision.WorkingDaysLate, decision.LatenessReason));
        Assert.True(decision.PublicationDeadline!.Overdue);
    }
}
