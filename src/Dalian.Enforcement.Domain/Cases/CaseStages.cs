using Dalian.Enforcement.Domain.Officers;

namespace Dalian.Enforcement.Domain.Cases;

/// <summary>What staff state about a stage they enter or skip.</summary>
public sealed record StageInput
{
    public required string Code { get; init; }

    public bool Skip { get; init; }

    /// <summary>Beijing time, as stated.</summary>
    public DateTime? OccurredAt { get; init; }

    public string Place { get; init; } = "";

    public IReadOnlyList<Officer> Present { get; init; } = [];

    public string DocumentNumber { get; init; } = "";

    public DateOnly? DocumentDate { get; init; }

    public DateOnly? ServedOn { get; init; }

    public string Note { get; init; } = "";

    public string SkipReason { get; init; } = "";

    public AvExceptionReason? AvException { get; init; }

    public string AvExceptionNote { get; init; } = "";

    public string AvExceptionApprover { get; init; } = "";

    public string BackdateReason { get; init; } = "";
}

/// <summary>What the rules of a stage need to know beyond the case: the time, the recording rule and the case's decision.</summary>
/// <remarks><paramref name="Major"/>: the classification of the case's draft decision, null while there is no draft.</remarks>
public sealed record StageContext(DateTime NowLocal, DateTime NowUtc, string By, AvLevel Av, int BackdateGraceDays, DateOnly? DecidedOn, string DecisionNumber,
    Reviews.MajorClassification? Major = null);

public sealed partial class EnforcementCase
{
    /// <summary>
    /// Enters (or skips) the current stage, or says what is wrong, each problem beside its field. Stages go in
    /// order; a required one is never skipped; a mandatory recording needs a record or an approved exception;
    /// the deciding stage needs the decision confirmed. The last stage closes the case.
    /// </summary>
    public List<CaseProblem> Take(CaseProcedure procedure, StageInput input, StageContext context)
    {
        var problems = new List<CaseProblem>();
        var current = CurrentStage(procedure);
        if (current is null)
        {
            return [new("", "案件已结案，不能再添加环节。")];
        }

        if (input.Code != current.Code)
        {
            var asked = procedure.Stage(input.Code);
            return [new("Code", asked is not null && Entry(asked.Code) is null
                ? $"环节须按顺序办理：请先办理“{current.Name}”环节，再办理“{asked.Name}”。"
                : $"当前应办理的环节是“{current.Name}”。")];
        }

        if (current.Reviews)
        {
            problems.AddRange(ReviewStageProblems(current, input, context));
        }
        else if (input.Skip)
        {
            if (current.Requirement == StageRequirement.Required)
            {
                problems.Add(new("Code", $"“{current.Name}”是必经环节，不能跳过。"));
            }

            if (string.IsNullOrWhiteSpace(input.SkipReason))
            {
                problems.Add(new("SkipReason", "请填写跳过本环节的原因。"));
            }
        }
        else
        {
            problems.AddRange(DoneProblems(current, input, context));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var occurred = input.Skip ? context.NowLocal : input.OccurredAt!.Value;
        var issues = !input.Skip && current.Document.Length > 0;
        _stages.Add(new CaseStage
        {
            Position = procedure.IndexOf(current.Code),
            Code = current.Code,
            Name = current.Name,
            Status = input.Skip ? StageStatus.Skipped : StageStatus.Done,
            OccurredAt = occurred,
            Place = input.Skip ? "" : input.Place.Trim(),
            Officers = input.Skip ? "" : string.Join("、", input.Present.Select(o => $"{o.Name}（{o.Certificates.First(c => c.IsValidOn(DateOnly.FromDateTime(occurred))).Number}）")),
            DocumentKind = issues ? current.Document : "",
            DocumentNumber = !issues ? "" : current.Decides ? context.DecisionNumber : input.DocumentNumber.Trim(),
            DocumentDate = issues ? input.DocumentDate : null,
            ServedOn = input.Skip ? null : input.ServedOn,
            Note = input.Note.Trim(),
            SkipReason = input.Skip ? input.SkipReason.Trim() : "",
            AvLevel = input.Skip ? AvLevel.NotNeeded : context.Av,
            AvException = input.Skip ? null : input.AvException,
            AvExceptionNote = input.Skip || input.AvException is null ? "" : input.AvExceptionNote.Trim(),
            AvExceptionApprover = input.Skip || input.AvException is null ? "" : input.AvExceptionApprover.Trim(),
            BackdateReason = input.BackdateReason.Trim(),
            RecordedAtUtc = context.NowUtc,
            RecordedBy = context.By,
        });
        if (CurrentStage(procedure) is null)
        {
            ClosedOn = DateOnly.FromDateTime(occurred);
        }

        return [];
    }

    /// <summary>The review stage: skipped only for a decision that is not major; entered only from an agreeing round (<see cref="EnterReview"/>).</summary>
    private static IEnumerable<CaseProblem> ReviewStageProblems(StageDefinition stage, StageInput input, StageContext context)
    {
        if (!input.Skip)
        {
            yield return new("Code", $"“{stage.Name}”环节在法制审核意见为“同意”时自动记入：请在案件页提交法制审核。");
        }
        else if (context.Major is not { } major)
        {
            yield return new("Code", $"请先起草决定书：是否须经{stage.Name}，取决于决定内容和本机关的重大执法决定法制审核目录。");
        }
        else if (major.IsMajor)
        {
            yield return new("Code", $"本案属于重大执法决定（{major.Basis()}），{stage.Name}不能跳过：请提交法制审核。");
        }
        else if (string.IsNullOrWhiteSpace(input.SkipReason))
        {
            yield return new("SkipReason", "请填写跳过本环节的原因。");
        }
    }

    /// <summary>
    /// Enters the review stage from the round that agreed, when it is the current stage: the opinion's number and date, the reviewer
    /// and the dates of the round. Nothing happens when the stage was already entered (a later round re-agreed changed content).
    /// </summary>
    public void EnterReview(CaseProcedure procedure, Reviews.LegalReview review, DateTime nowLocal, DateTime nowUtc, string by)
    {
        if (CurrentStage(procedure) is not { Reviews: true } stage || review.State != Reviews.ReviewState.Agreed)
        {
            return;
        }

        _stages.Add(new CaseStage
        {
            Position = procedure.IndexOf(stage.Code),
            Code = stage.Code,
            Name = stage.Name,
            Status = StageStatus.Done,
            OccurredAt = nowLocal,
            Officers = $"{review.ReviewerName}（法律职业资格 {(review.ReviewerQualification.Length > 0 ? review.ReviewerQualification : "2021年7月15日前已从事法制审核")}）",
            DocumentKind = stage.Document,
            DocumentNumber = review.OpinionNumber,
            DocumentDate = review.ConcludedOn,
            Note = $"第 {review.Round} 轮：{review.SubmittedOn:yyyy-MM-dd} 送审，{review.ConcludedOn:yyyy-MM-dd} 审核同意。{review.MajorBasis}",
            RecordedAtUtc = nowUtc,
            RecordedBy = by,
        });
    }

    private IEnumerable<CaseProblem> DoneProblems(StageDefinition stage, StageInput input, StageContext context)
    {
        if (input.OccurredAt is not { } at)
        {
            yield return new("OccurredAt", "请填写本环节的日期和时间。");
            yield break;
        }

        var on = DateOnly.FromDateTime(at);
        var previous = _stages.Where(s => s.Status == StageStatus.Done).OrderBy(s => s.OccurredAt).ThenBy(s => s.Position).LastOrDefault();
        if (at > context.NowLocal)
        {
            yield return new("OccurredAt", "环节时间不能晚于现在。");
        }
        else if (previous is not null && at < previous.OccurredAt)
        {
            yield return new("OccurredAt", $"不能早于上一环节“{previous.Name}”的时间（{previous.OccurredAt:yyyy-MM-dd HH:mm}）。");
        }
        else if (on < DiscoveredOn)
        {
            yield return new("OccurredAt", $"不能早于案件的发现（收到申请）日期 {DiscoveredOn:yyyy-MM-dd}。");
        }

        var late = DateOnly.FromDateTime(context.NowLocal).DayNumber - on.DayNumber;
        if (late > context.BackdateGraceDays && string.IsNullOrWhiteSpace(input.BackdateReason))
        {
            yield return new("BackdateReason", $"环节时间比录入时间早 {late} 天，属于补录，请填写补录原因。");
        }

        foreach (var problem in OfficerProblems(input.Present, on, Math.Max(1, stage.MinOfficers), "OfficerIds"))
        {
            yield return stage.MinOfficers >= 2 && problem.Message.StartsWith("须至少", StringComparison.Ordinal)
                ? problem with { Message = $"本环节须至少 {stage.MinOfficers} 名持有有效执法证的执法人员在场（《中华人民共和国行政处罚法》第四十二条）。" }
                : problem;
        }

        if (stage.MinOfficers >= 2 && string.IsNullOrWhiteSpace(input.Place))
        {
            yield return new("Place", "请填写本环节的地点。");
        }

        if (stage.Decides)
        {
            if (context.DecidedOn is not { } decided)
            {
                yield return new("Code", $"请先起草决定书并确认作出决定，再完成“{stage.Name}”环节。");
            }
            else if (decided != on)
            {
                yield return new("OccurredAt", $"“{stage.Name}”环节的日期应为决定日期 {decided:yyyy-MM-dd}。");
            }
        }
        else if (stage.Document.Length > 0)
        {
            if (string.IsNullOrWhiteSpace(input.DocumentNumber))
            {
                yield return new("DocumentNumber", $"请填写{stage.Document}的文书编号。");
            }

            if (input.DocumentDate is null)
            {
                yield return new("DocumentDate", $"请填写{stage.Document}的日期。");
            }
        }

        if (input.ServedOn is { } served && input.DocumentDate is { } issued && served < issued)
        {
            yield return new("ServedOn", "送达日期不能早于文书日期。");
        }

        if (stage.RecordRequired && !RecordsOf(stage.Code).Any())
        {
            yield return new("Code", $"“{stage.Name}”须至少有一份笔录或音像记录：请先添加记录，再办理本环节。");
        }

        foreach (var problem in AvProblems(stage, input, context.Av))
        {
            yield return problem;
        }
    }

    /// <summary>国办发〔2018〕118号: a stage that must be recorded on audio-video needs a recording, or an exception with its reason and approver.</summary>
    private IEnumerable<CaseProblem> AvProblems(StageDefinition stage, StageInput input, AvLevel level)
    {
        if (level != AvLevel.Mandatory || RecordsOf(stage.Code).Any(r => r.IsAudioVideo))
        {
            yield break;
        }

        if (input.AvException is null)
        {
            yield return new("AvException", $"“{stage.Name}”须全程音像记录：请先添加录像或录音记录，或登记不能记录的例外情形（原因和审批人）。");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(input.AvExceptionNote))
        {
            yield return new("AvExceptionNote", "请说明不能音像记录的具体情况。");
        }

        if (string.IsNullOrWhiteSpace(input.AvExceptionApprover))
        {
            yield return new("AvExceptionApprover", "请选择批准该例外情形的审批人。");
        }
    }
}
