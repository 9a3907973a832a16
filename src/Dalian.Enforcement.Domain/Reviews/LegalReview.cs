using System.Text.Json;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Domain.Reviews;

public enum ReviewState
{
    /// <summary>已送审: waiting for a reviewer; the clock runs from the day the materials were complete.</summary>
    Submitted,

    /// <summary>审核中.</summary>
    InReview,

    /// <summary>补充材料: the clock stops until the materials arrive, then runs again from that day.</summary>
    MaterialsRequested,

    /// <summary>同意.</summary>
    Agreed,

    /// <summary>不同意.</summary>
    Disagreed,

    /// <summary>建议修改后再次提交 (退回).</summary>
    Returned,
}

/// <summary>
/// One round of the legal review of a major decision (重大执法决定法制审核). The materials (送审材料) and the reviewed content of
/// the draft decision are frozen by their SHA-256 when submitted (and again when supplemented); the reviewer answers the
/// checklist and gives the opinion. A round is never reopened: a returned case is submitted again as a new round.
/// The clock: 7 working days from complete materials (辽宁省重大行政执法决定法制审核办法), counted again from the last
/// supplement, extendable once by 3 with the reason and an approver. See docs/rules.md.
/// </summary>
public sealed class LegalReview
{
    public long Id { get; private set; }

    public int Stamp { get; set; }

    public long CaseId { get; private set; }

    public Cases.EnforcementCase? Case { get; private set; }

    public required int AgencyId { get; init; }

    public required int Round { get; init; }

    public required long DecisionId { get; init; }

    public ReviewState State { get; private set; } = ReviewState.Submitted;

    /// <summary>Why the decision is major, in words, as classified at submission.</summary>
    public required string MajorBasis { get; init; }

    public int? CatalogueVersion { get; init; }

    /// <summary>The materials as frozen (JSON), byte for byte.</summary>
    public byte[] Materials { get; private set; } = [];

    public string MaterialsSha256 { get; private set; } = "";

    /// <summary>SHA-256 of the decision content reviewed (<see cref="ReviewedContent"/>): the gate compares it with the content decided.</summary>
    public string ContentSha256 { get; private set; } = "";

    public required DateOnly SubmittedOn { get; init; }

    public required DateTime SubmittedAtUtc { get; init; }

    public required string SubmittedBy { get; init; }

    public long? DeadlineId { get; private set; }

    public Deadline? Deadline { get; private set; }

    public string ReviewerUserName { get; private set; } = "";

    public string ReviewerName { get; private set; } = "";

    /// <summary>法律职业资格证书编号 of the reviewer, as recorded when the review was taken.</summary>
    public string ReviewerQualification { get; private set; } = "";

    public DateTime? AssignedAtUtc { get; private set; }

    public string MaterialsRequest { get; private set; } = "";

    public DateOnly? MaterialsRequestedOn { get; private set; }

    public DateOnly? MaterialsSuppliedOn { get; private set; }

    public DateOnly? ExtendedOn { get; private set; }

    public string ExtensionReason { get; private set; } = "";

    public string ExtensionApprover { get; private set; } = "";

    public string ChecklistJson { get; private set; } = "[]";

    public ReviewOpinion? Opinion { get; private set; }

    public string Reasons { get; private set; } = "";

    /// <summary>法制审核意见书文号, e.g. 大洼水法审〔2026〕3号.</summary>
    public string OpinionNumber { get; private set; } = "";

    public int? OpinionYear { get; private set; }

    public int? OpinionSequence { get; private set; }

    public DateOnly? ConcludedOn { get; private set; }

    public DateTime? ConcludedAtUtc { get; private set; }

    public bool IsOpen => State is ReviewState.Submitted or ReviewState.InReview or ReviewState.MaterialsRequested;

    /// <summary>Past its due date while the clock runs (a round waiting for materials is not overdue).</summary>
    public bool IsOverdueOn(DateOnly today) => State is ReviewState.Submitted or ReviewState.InReview && Deadline is { } d && today > d.Due;

    /// <summary>Concluded within its clock.</summary>
    public bool OnTime => ConcludedOn is { } on && Deadline is { } d && on <= d.Due;

    public IReadOnlyList<CheckAnswer> Checklist() => JsonSerializer.Deserialize<List<CheckAnswer>>(ChecklistJson, ListJson.Options) ?? [];

    /// <summary>A new round: the materials are complete on <paramref name="today"/> and the clock starts.</summary>
    public static LegalReview Submit(Cases.EnforcementCase c, int round, long decisionId, MajorClassification major, byte[] materials, string contentSha256,
        DateOnly today, DateTime atUtc, string by, Period period, WorkingDayCalendar calendar)
    {
        var review = new LegalReview
        {
            CaseId = c.Id,
            Case = c,
            AgencyId = c.AgencyId,
            Round = round,
            DecisionId = decisionId,
            MajorBasis = major.Basis(),
            CatalogueVersion = major.CatalogueVersion,
            SubmittedOn = today,
            SubmittedAtUtc = atUtc,
            SubmittedBy = by,
            Deadline = Deadline.Create(DeadlineKind.LegalReview, today, period, calendar),
        };
        review.Freeze(materials, contentSha256);
        return review;
    }

    /// <summary>A reviewer takes the round; who may is decided by <see cref="LegalReviewers.Problems"/> before this is called.</summary>
    public string? Assign(string userName, string name, string qualification, DateTime atUtc)
    {
        if (State != ReviewState.Submitted)
        {
            return State == ReviewState.InReview ? $"本轮审核已由{ReviewerName}承办。" : "本轮审核已结束，不能再领取。";
        }

        (ReviewerUserName, ReviewerName, ReviewerQualification, AssignedAtUtc, State) = (userName, name, qualification, atUtc, ReviewState.InReview);
        return null;
    }

    public string? RequestMaterials(string note, DateOnly today)
    {
        if (State != ReviewState.InReview)
        {
            return "只有审核中的案件可以要求补充材料。";
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return "请写明需要补充的材料。";
        }

        (MaterialsRequest, MaterialsRequestedOn, State) = (note.Trim(), today, ReviewState.MaterialsRequested);
        return null;
    }

    /// <summary>The handler supplies the materials: they are frozen again and the clock runs afresh from today (from the last supplement).</summary>
    public string? Supply(byte[] materials, string contentSha256, DateOnly today, Period period, WorkingDayCalendar calendar)
    {
        if (State != ReviewState.MaterialsRequested)
        {
            return "审核人员没有要求补充材料。";
        }

        Freeze(materials, contentSha256);
        (MaterialsSuppliedOn, State) = (today, ReviewState.InReview);
        Deadline!.Restart(today, Extended(period), calendar);
        return null;
    }

    /// <summary>One extension, before the clock runs out, with its reason and an approver other than the reviewer.</summary>
    public (string Field, string Message)? Extend(string reason, string approver, DateOnly today, Period period, Period extension, WorkingDayCalendar calendar)
    {
        if (!IsOpen)
        {
            return ("", "本轮审核已结束，不能延长。");
        }

        if (ExtendedOn is not null)
        {
            return ("", $"审核期限已于 {ExtendedOn:yyyy-MM-dd} 延长过一次，不能再次延长。");
        }

        if (today > Deadline!.Due)
        {
            return ("", $"审核期限已于 {Deadline.Due:yyyy-MM-dd} 届满，不能再延长。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ("ExtensionReason", "请填写延长审核期限的理由。");
        }

        if (string.IsNullOrWhiteSpace(approver))
        {
            return ("ExtensionApprover", "请选择批准延长的负责人。");
        }

        (ExtendedOn, ExtensionReason, ExtensionApprover) = (today, reason.Trim(), approver.Trim());
        Deadline.Restart(Deadline.Start, new Period(period.Days + extension.Days, period.Unit), calendar);
        return null;
    }

    /// <summary>The reviewer's checklist and opinion; every point answered, 同意 only when every point conforms.</summary>
    public List<(string Field, string Message)> Conclude(IReadOnlyDictionary<string, CheckAnswer> answers, ReviewOpinion? opinion, string reasons,
        string userName, DateOnly today, DateTime atUtc, string numberPrefix, int sequence)
    {
        if (State != ReviewState.InReview || userName != ReviewerUserName)
        {
            return [("", State == ReviewState.InReview ? "只有承办本轮审核的审核人员可以出具审核意见。" : "本轮审核不在审核中，不能出具审核意见。")];
        }

        var problems = ReviewChecklist.Problems(answers, opinion, reasons);
        if (problems.Count > 0)
        {
            return problems;
        }

        ChecklistJson = JsonSerializer.Serialize(ReviewChecklist.Items.Select(i => answers[i.Code] with { Note = answers[i.Code].Note.Trim() }), ListJson.Options);
        (Opinion, Reasons, ConcludedOn, ConcludedAtUtc) = (opinion, reasons.Trim(), today, atUtc);
        (OpinionYear, OpinionSequence, OpinionNumber) = (today.Year, sequence, $"{numberPrefix}法审〔{today.Year}〕{sequence}号");
        State = opinion switch
        {
            ReviewOpinion.Agree => ReviewState.Agreed,
            ReviewOpinion.Disagree => ReviewState.Disagreed,
            _ => ReviewState.Returned,
        };
        Deadline!.Complete(today);
        return [];
    }

    public static string Title(ReviewState state) => state switch
    {
        ReviewState.Submitted => "已送审，待领取",
        ReviewState.InReview => "审核中",
        ReviewState.MaterialsRequested => "待补充材料（期限暂停）",
        ReviewState.Agreed => "同意",
        ReviewState.Disagreed => "不同意",
        _ => "退回修改",
    };

    private Period Extended(Period period) => ExtendedOn is null ? period : Deadline!.Period;

    private void Freeze(byte[] materials, string contentSha256) =>
        (Materials, MaterialsSha256, ContentSha256) = (materials, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(materials)), contentSha256);
}
