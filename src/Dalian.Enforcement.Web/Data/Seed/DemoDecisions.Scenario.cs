using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Officers;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>The scenario: how many decisions end in which state, and why the exceptional ones are exceptional.</summary>
internal sealed partial class DemoDecisions
{
    private const string Approver = "孟庆林（局长）";

    /// <summary>How many decisions of an agency end in each state; the rest are published on time.</summary>
    private static readonly (Outcome Outcome, int Count)[] s_counts = [(Outcome.Draft, 2), (Outcome.Pending, 6), (Outcome.Overdue, 4), (Outcome.Late, 16)];

    /// <summary>The share of each category among the ordinary decisions.</summary>
    private static readonly (EnforcementCategory Category, int Weight)[] s_mix =
        [(EnforcementCategory.Penalty, 42), (EnforcementCategory.Licensing, 36), (EnforcementCategory.Inspection, 16), (EnforcementCategory.Coercion, 4), (EnforcementCategory.Levy, 2)];

    private static readonly string[] s_latenessReasons =
        ["承办人员调整，公示延误", "文书送达后方录入系统，公示延误", "公示系统升级维护期间未能及时公示", "节假日前后案件集中，录入延误", "经办人病假，工作交接不及时"];

    /// <summary>Not disclosed: the reason, the matter it fits best (any of the category when the agency lacks it) and the note.</summary>
    private static readonly (NonDisclosureReason Reason, EnforcementCategory Category, string Code, string Note)[] s_hidden =
    [
        (NonDisclosureReason.Minor, EnforcementCategory.Penalty, "DWSL-CF-002", "当事人系未成年人，依据《中华人民共和国未成年人保护法》不予公开。"),
        (NonDisclosureReason.PersonalPrivacy, EnforcementCategory.Penalty, "DWSL-CF-003", "违法事实涉及当事人的个人健康信息，公开后可能对其造成不当影响。"),
        (NonDisclosureReason.CommercialSecret, EnforcementCategory.Licensing, "DWSL-XK-001", "许可内容涉及申请人的生产工艺和用水定额等商业秘密，申请人书面申请不予公开，经审查同意。"),
        (NonDisclosureReason.StateSecret, EnforcementCategory.Licensing, "DWSL-XK-002", "该建设项目涉及国防设施，按照保密规定不予公开。"),
        (NonDisclosureReason.PersonalPrivacy, EnforcementCategory.Penalty, "DWSL-CF-002", "案件主要事实涉及当事人家庭成员的个人隐私。"),
    ];

    /// <summary>Withdrawn after publication: the act that revoked or changed the decision, and whether a new one replaced it.</summary>
    private static readonly (EnforcementCategory Category, WithdrawalReason Reason, bool Replaced, string Note)[] s_withdrawals =
    [
        (EnforcementCategory.Penalty, WithdrawalReason.Changed, true, "盘锦市大洼区人民政府行政复议决定变更原处罚决定的罚款数额，原决定撤回，变更后的决定另行公开。"),
        (EnforcementCategory.Penalty, WithdrawalReason.OrderedAnew, true, "盘锦市大洼区人民法院判决撤销原处罚决定并责令重新作出，原决定撤回，重新作出的决定另行公开。"),
        (EnforcementCategory.Penalty, WithdrawalReason.Revoked, true, "本机关发现原处罚决定适用法律依据错误，依法自行撤销并重新作出决定。"),
        (EnforcementCategory.Penalty, WithdrawalReason.ConfirmedIllegal, false, "盘锦市大洼区人民法院判决确认原处罚决定程序违法。"),
        (EnforcementCategory.Penalty, WithdrawalReason.ConfirmedVoid, false, "盘锦市大洼区人民政府行政复议决定确认原处罚决定无效（处罚没有法定依据）。"),
        (EnforcementCategory.Licensing, WithdrawalReason.Revoked, false, "被许可人以欺骗手段取得行政许可，依据《中华人民共和国行政许可法》第六十九条第二款撤销该许可。"),
    ];

    private enum Outcome
    {
        OnTime,
        Late,
        Pending,
        Overdue,
        Draft,
        NotDisclosed,
        Withdrawn,
        Replacement,
    }

    private sealed record Subject(Agency Agency, string Prefix, IReadOnlyList<Matter> Matters, IReadOnlyList<Officer> Pool);

    private sealed record Withdrawal(WithdrawalReason Reason, string Note, DateOnly RevokingAct, DateOnly On, Case? Replacement);

    private sealed class Case
    {
        public required Subject Subject { get; init; }
        public required Outcome Outcome { get; init; }
        public required Matter Matter { get; init; }
        public required DateOnly Date { get; init; }
        public required IReadOnlyList<DecisionOfficer> Officers { get; init; }

        /// <summary>The day of publication, or of the approval not to disclose.</summary>
        public DateOnly? PublishOn { get; init; }
        public NonDisclosureReason? Hidden { get; init; }
        public string HiddenNote { get; init; } = "";
        public Case? Original { get; init; }
        public Withdrawal? Withdrawal { get; set; }
        public Decision? Decision { get; set; }
    }
}
