using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Domain.Privacy;

namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>A published free-text item of a decision: its field name, its Chinese label and its value.</summary>
public sealed record DecisionText(string Field, string Label, string Value);

/// <summary>Personal data found in one published item, shown masked.</summary>
public sealed record PrivacyProblem(string Field, string Label, PersonalDataFinding Finding)
{
    public string Message => $"“{Label}”中含有疑似{Finding.Title}（{Finding.Masked}），请遮盖后再公开。";
}

public sealed partial class Decision
{
    private static readonly (string Field, string Label, Func<Decision, string> Get, Action<Decision, string> Set)[] s_texts =
    [
        (nameof(PartyName), "当事人名称", d => d.PartyName, (d, v) => d.PartyName = v),
        (nameof(LegalRepresentative), "法定代表人", d => d.LegalRepresentative, (d, v) => d.LegalRepresentative = v),
        (nameof(DocumentName), "决定文书名称", d => d.DocumentName, (d, v) => d.DocumentName = v),
        (nameof(DocumentNumber), "决定文书号", d => d.DocumentNumber, (d, v) => d.DocumentNumber = v),
        (nameof(ViolationType), "违法行为类型", d => d.ViolationType, (d, v) => d.ViolationType = v),
        (nameof(Facts), "违法事实", d => d.Facts, (d, v) => d.Facts = v),
        (nameof(LegalBasis), "依据", d => d.LegalBasis, (d, v) => d.LegalBasis = v),
        (nameof(Content), "决定内容", d => d.Content, (d, v) => d.Content = v),
        (nameof(LicenceAffected), "暂扣或吊销的证照", d => d.LicenceAffected, (d, v) => d.LicenceAffected = v),
        (nameof(CertificateName), "许可证书名称", d => d.CertificateName, (d, v) => d.CertificateName = v),
        (nameof(CertificateNumber), "许可编号", d => d.CertificateNumber, (d, v) => d.CertificateNumber = v),
        (nameof(InspectionTask), "抽查任务", d => d.InspectionTask, (d, v) => d.InspectionTask = v),
        (nameof(Findings), "检查发现的问题", d => d.Findings, (d, v) => d.Findings = v),
        (nameof(FollowUp), "后续处理", d => d.FollowUp, (d, v) => d.FollowUp = v),
        (nameof(Remarks), "备注", d => d.Remarks, (d, v) => d.Remarks = v),
    ];

    /// <summary>The free-text items that a publication shows.</summary>
    public IEnumerable<DecisionText> PublishedTexts() =>
        s_texts.Select(t => new DecisionText(t.Field, t.Label, t.Get(this))).Where(t => t.Value.Length > 0);

    /// <summary>ID, mobile and bank-card numbers in any published item: publishing is blocked until they are masked.</summary>
    public IReadOnlyList<PrivacyProblem> PrivacyProblems() =>
        [
            .. PublishedTexts().SelectMany(t => Find(t.Value, t.Field).Select(f => new PrivacyProblem(t.Field, t.Label, f))),
            .. new[] { (nameof(PartyName), "当事人名称", PublicPartyName), (nameof(LegalRepresentative), "法定代表人", PublicLegalRepresentative) }
                .Where(p => !PublishedTexts().Any(t => t.Field == p.Item1 && PersonalDataScanner.Find(t.Value).Any()))
                .SelectMany(p => PersonalDataScanner.Find(p.Item3).Select(f => new PrivacyProblem(p.Item1, p.Item2, f))),
        ];

    /// <summary>
    /// Personal numbers in a text, and the full name of a person whose name is published masked (the party,
    /// an individual business's operator) in any free text. The party and operator fields themselves are
    /// published through their masked projections, and an individual business's registered name is public.
    /// </summary>
    private IEnumerable<PersonalDataFinding> Find(string text, string? field = null) =>
        PersonalDataScanner.Find(text).Concat(field is nameof(PartyName) or nameof(LegalRepresentative)
            ? []
            : HiddenNames().Where(n => Squeezed(text).Contains(n.Name, StringComparison.Ordinal))
                .Select(n => new PersonalDataFinding(PersonalDataKind.PersonName, n.Shown)));

    /// <summary>The text without spaces and invisible characters, so that 杨 丽 华 or 杨丽&#x200B;华 is still the name.</summary>
    private static string Squeezed(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format));

    private IEnumerable<(string Name, string Shown)> HiddenNames()
    {
        if (PartyName.Trim() is { Length: >= 2 } name && PublicPartyName != name)
        {
            yield return (name, PublicPartyName);
        }

        if (LegalRepresentative.Trim() is { Length: >= 2 } operatorName && PublicLegalRepresentative != operatorName)
        {
            yield return (operatorName, PublicLegalRepresentative);
        }
    }

    /// <summary>A message when a reason or note that will be published holds personal data; null when clean.</summary>
    private string? PersonalDataIn(string? text, string label) =>
        Find(text ?? "").FirstOrDefault() is { } finding
            ? $"{label}中含有疑似{finding.Title}（{finding.Masked}），请删除后再提交。"
            : null;

    /// <summary>Masks every personal number found in the published items; returns how many were masked.</summary>
    public int MaskPersonalData()
    {
        var count = 0;
        var names = HiddenNames().ToList();
        foreach (var (field, _, get, set) in s_texts)
        {
            var found = Find(get(this), field).Count();
            if (found > 0)
            {
                set(this, (field is nameof(PartyName) or nameof(LegalRepresentative) ? [] : names).Aggregate(PersonalDataScanner.Mask(get(this)),
                    (text, n) => text.Replace(n.Name, n.Shown, StringComparison.Ordinal)));
                count += found;
            }
        }

        // The published projections of the party and its representative follow their masked sources.
        (PublicPartyName, PublicLegalRepresentative) = (PersonalDataScanner.Mask(PublicPartyName), PersonalDataScanner.Mask(PublicLegalRepresentative));
        RefreshIndexedText();
        return count;
    }

    /// <summary>
    /// 持证上岗 and the two-officer rule: at least two handling officers, each with a certificate valid on
    /// the decision date. Returns the messages, naming each officer who may not act.
    /// </summary>
    public static IReadOnlyList<string> OfficerProblems(IReadOnlyCollection<Officer> officers, DateOnly decisionDate)
    {
        // One person listed twice is still one officer: a saved officer by its key, an unsaved one by reference.
        var distinct = officers.DistinctBy(o => o.Id == 0 ? (object)o : o.Id).ToList();
        var problems = distinct
            .Where(o => !o.MayEnforceOn(decisionDate))
            .Select(o => $"执法人员{o.Name}在决定日期 {decisionDate:yyyy-MM-dd} 没有有效的执法证，不能作为承办人员。")
            .ToList();
        if (distinct.Count < 2)
        {
            problems.Insert(0, "执法决定至少需要两名持有有效执法证的执法人员承办。");
        }

        return problems;
    }

    /// <summary>Draft → decided: the publication clock starts the day after the decision date.</summary>
    public string? Decide(DateOnly today, Period publicationPeriod, WorkingDayCalendar calendar)
    {
        if (State != DecisionState.Draft)
        {
            return Refused("作出决定");
        }

        if (DecisionDate > today)
        {
            return "决定日期不能晚于今天。";
        }

        PublicationDeadline = Deadline.Create(DeadlineKind.Publication, DecisionDate, publicationPeriod, calendar);
        State = DecisionState.Decided;
        return null;
    }

    /// <summary>A correction before publication: the clock restarts from a changed decision date or period.</summary>
    public void Corrected(Period publicationPeriod, WorkingDayCalendar calendar)
    {
        if (State == DecisionState.Decided && PublicationDeadline is { } deadline
            && (deadline.Start != DecisionDate || deadline.Period != publicationPeriod))
        {
            deadline.Restart(DecisionDate, publicationPeriod, calendar);
        }
    }

    /// <summary>Decided → published. Late publication needs a reason and stays marked late.</summary>
    public string? Publish(DateOnly today, string? latenessReason, WorkingDayCalendar calendar)
    {
        if (State != DecisionState.Decided)
        {
            return Refused("公开");
        }

        if (InvolvesMinor)
        {
            return "涉及未成年人的决定不得公开，请登记为不予公开。";
        }

        if (PrivacyProblems() is [var first, ..])
        {
            return first.Message;
        }

        var deadline = PublicationDeadline ?? throw new InvalidOperationException("A decided decision has its publication deadline.");
        var late = today > deadline.Due;
        if (late && string.IsNullOrWhiteSpace(latenessReason))
        {
            return $"已超过公开期限（{deadline.Due:yyyy-MM-dd}），请填写逾期公开的原因。";
        }

        if (late && PersonalDataIn(latenessReason, "逾期公开的原因") is { } privateReason)
        {
            return privateReason; // the reason is published with the timeliness line
        }

        deadline.Complete(today);
        (State, PublishedOn) = (DecisionState.Published, today);
        (LatenessReason, WorkingDaysLate) = late ? (latenessReason!.Trim(), WorkingDaysLateOn(deadline.Due, today, calendar)) : ("", 0);
        return null;
    }

    /// <summary>Decided → not disclosed, with the reason and who approved it; the record still counts in statistics.</summary>
    public string? NotDisclose(NonDisclosureReason reason, string approver, DateOnly approvedOn, string note, DateOnly today,
        string? latenessReason = null, WorkingDayCalendar? calendar = null)
    {
        if (State != DecisionState.Decided)
        {
            return Refused("登记不予公开");
        }

        if (string.IsNullOrWhiteSpace(approver))
        {
            return "请填写批准不予公开的负责人。";
        }

        if (approvedOn > today || approvedOn < DecisionDate)
        {
            return "批准日期应在决定日期和今天之间。";
        }

        if (PublicationDeadline is { } deadline && today > deadline.Due)
        {
            if (string.IsNullOrWhiteSpace(latenessReason) || calendar is null)
            {
                return $"已超过公开期限（{deadline.Due:yyyy-MM-dd}），请填写逾期办理的原因。";
            }

            (LatenessReason, WorkingDaysLate) = (latenessReason.Trim(), WorkingDaysLateOn(deadline.Due, today, calendar));
        }

        PublicationDeadline?.Complete(today);
        (State, NonDisclosureReason, NonDisclosureApprover, NonDisclosureApprovedOn, NonDisclosureNote) =
            (DecisionState.NotDisclosed, reason, approver.Trim(), approvedOn, note.Trim());
        return null;
    }

    /// <summary>
    /// Published → withdrawn. The withdrawal has its own clock from the date of the revoking act
    /// (行政处罚法 art. 48: 三日内撤回); a late withdrawal needs a reason and stays marked late.
    /// </summary>
    public string? Withdraw(WithdrawalReason reason, string note, DateOnly revokingActDate, Decision? replacement,
        string? latenessReason, DateOnly today, Period withdrawalPeriod, WorkingDayCalendar calendar)
    {
        if (State != DecisionState.Published)
        {
            return Refused("撤回");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return "请填写撤回的原因说明，它将与撤回公告一同公开。";
        }

        if ((PersonalDataIn(note, "撤回说明") ?? PersonalDataIn(latenessReason, "逾期撤回的原因")) is { } privateNote)
        {
            return privateNote; // the note is published with the withdrawal notice
        }

        if (revokingActDate > today || revokingActDate < DecisionDate)
        {
            return "撤销（变更）行为的日期应在原决定日期和今天之间。";
        }

        if (replacement is not null && (replacement.Id == Id || replacement.AgencyId != AgencyId
            || replacement.State is not (DecisionState.Decided or DecisionState.Published)))
        {
            return "替代决定应是本单位另一份已作出的决定。";
        }

        var deadline = Deadline.Create(DeadlineKind.Withdrawal, revokingActDate, withdrawalPeriod, calendar);
        var late = today > deadline.Due;
        if (late && string.IsNullOrWhiteSpace(latenessReason))
        {
            return $"已超过撤回期限（{deadline.Due:yyyy-MM-dd}），请填写逾期撤回的原因。";
        }

        deadline.Complete(today);
        WithdrawalDeadline = deadline;
        (State, WithdrawalReason, WithdrawalNote, RevokingActDate, WithdrawnOn, ReplacementId) =
            (DecisionState.Withdrawn, reason, note.Trim(), revokingActDate, today, replacement?.Id);
        (WithdrawalLatenessReason, WithdrawalWorkingDaysLate) = late
            ? (latenessReason!.Trim(), WorkingDaysLateOn(deadline.Due, today, calendar))
            : ("", 0);
        return null;
    }

    /// <summary>
    /// Working days past the due date. Acting on a day off after the due date is still late: it counts as
    /// one day, the working day it took the place of.
    /// </summary>
    private static int WorkingDaysLateOn(DateOnly due, DateOnly on, WorkingDayCalendar calendar) =>
        Math.Max(1, calendar.WorkingDaysBetween(due, on));

    private string Refused(string action) => $"当前状态为“{State.Title()}”，不能{action}。";
}
