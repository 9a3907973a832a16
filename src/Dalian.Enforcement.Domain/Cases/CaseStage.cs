namespace Dalian.Enforcement.Domain.Cases;

public enum StageStatus
{
    Done,
    Skipped,
}

/// <summary>
/// One stage of a case as it happened (or was skipped): the stated time and place, the officers present with
/// their certificate numbers, the document it issued, and an exception where a mandatory recording is missing.
/// The time it was recorded is kept beside the stated time; a backdated entry carries its reason. Never changed.
/// </summary>
public sealed class CaseStage
{
    public long Id { get; private set; }

    public long CaseId { get; private set; }

    /// <summary>The stage's place in its procedure (0, 1, 2, …).</summary>
    public required int Position { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required StageStatus Status { get; init; }

    /// <summary>When it took place, Beijing time, as stated by staff.</summary>
    public required DateTime OccurredAt { get; init; }

    public DateOnly OccurredOn => DateOnly.FromDateTime(OccurredAt);

    public string Place { get; init; } = "";

    /// <summary>在场执法人员 with certificate numbers, e.g. 张三（21060001）、李四（21060002）.</summary>
    public string Officers { get; init; } = "";

    public string DocumentKind { get; init; } = "";

    public string DocumentNumber { get; init; } = "";

    public DateOnly? DocumentDate { get; init; }

    public DateOnly? ServedOn { get; init; }

    public string Note { get; init; } = "";

    /// <summary>Why an optional or conditional stage was skipped.</summary>
    public string SkipReason { get; init; } = "";

    /// <summary>The audio-video requirement in force when the stage was entered: a later change of the list never lowers it.</summary>
    public AvLevel AvLevel { get; init; }

    public AvExceptionReason? AvException { get; init; }

    public string AvExceptionNote { get; init; } = "";

    /// <summary>Who approved the exception (an account of the agency other than the one recording it).</summary>
    public string AvExceptionApprover { get; init; } = "";

    public string BackdateReason { get; init; } = "";

    public required DateTime RecordedAtUtc { get; init; }

    public required string RecordedBy { get; init; }
}
