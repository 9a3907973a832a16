namespace Dalian.Enforcement.Domain.Cases;

/// <summary>What an auditor looks for in a case: required stages missing, mandatory recordings missing, exceptions, late clocks.</summary>
public sealed record CaseFindings(
    IReadOnlyList<string> MissingStages, IReadOnlyList<string> MissingRecordings, IReadOnlyList<string> Exceptions, IReadOnlyList<CaseClock> LateClocks)
{
    public bool IsComplete => MissingStages.Count == 0 && MissingRecordings.Count == 0 && LateClocks.Count == 0;
}

public static class CaseCompleteness
{
    /// <summary>
    /// Checks a case against its procedure and the stricter of the audio-video requirement recorded with each stage and
    /// the list in force now (so a later downgrade never hides a gap): a required stage before the
    /// furthest one taken but never entered; a stage whose recording is mandatory with neither a recording nor an
    /// exception (possible when the list changed later, or for an imported case); each exception; each late clock.
    /// </summary>
    public static CaseFindings Check(EnforcementCase c, CaseProcedure procedure, Func<string, AvLevel> level, IReadOnlyList<CaseClock> clocks)
    {
        var furthest = c.Stages.Count == 0 ? -1 : c.Stages.Max(s => procedure.IndexOf(s.Code));
        var missing = procedure.Stages.Take(Math.Max(furthest, 0))
            .Where(s => s.Requirement == StageRequirement.Required && c.Entry(s.Code) is not { Status: StageStatus.Done })
            .Select(s => s.Name).ToList();
        var done = c.Stages.Where(s => s.Status == StageStatus.Done).ToList();
        var recordings = done
            .Where(s => (s.AvLevel == AvLevel.Mandatory || level(s.Code) == AvLevel.Mandatory) && s.AvException is null && !c.RecordsOf(s.Code).Any(r => r.IsAudioVideo))
            .Select(s => s.Name).ToList();
        var exceptions = done.Where(s => s.AvException is not null)
            .Select(s => $"{s.Name}：{AvRule.Title(s.AvException!.Value)}（{s.AvExceptionNote}；审批人 {s.AvExceptionApprover}）").ToList();
        return new CaseFindings(missing, recordings, exceptions, [.. clocks.Where(k => k.IsLate)]);
    }
}
