using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Domain.Cases;

/// <summary>Whether a stage must be taken.</summary>
public enum StageRequirement
{
    /// <summary>必经: never skipped.</summary>
    Required,

    /// <summary>可选: may be skipped with a reason (e.g. the party waives its statement).</summary>
    Optional,

    /// <summary>依条件: taken when its condition holds (a hearing was requested, the decision is major); skipped with a reason otherwise.</summary>
    Conditional,
}

/// <summary>One stage (办案环节) of a category's procedure, as configured.</summary>
public sealed class StageDefinition
{
    /// <summary>A stable key, e.g. filing; the audio-video list and the clocks refer to it.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public StageRequirement Requirement { get; set; }

    /// <summary>For a conditional stage: when it applies, in words.</summary>
    public string Condition { get; set; } = "";

    /// <summary>Officers who must be present (行政处罚法 art. 42: on-site acts by at least two).</summary>
    public int MinOfficers { get; set; } = 1;

    /// <summary>The document this stage issues (文书); its number and date are required when set.</summary>
    public string Document { get; set; } = "";

    /// <summary>The stage at which the case's decision is made: it needs the decision confirmed first.</summary>
    public bool Decides { get; set; }

    /// <summary>The stage cannot be entered without at least one record (a 笔录 or a recording), e.g. 调查取证.</summary>
    public bool RecordRequired { get; set; }

    /// <summary>
    /// The stage of the legal review of major decisions (法制审核): entered from the review round that agreed, never by hand;
    /// skipped (with a reason) only when the draft decision is not major.
    /// </summary>
    public bool Reviews { get; set; }
}

/// <summary>The ordered stages of one category, with the mark its case numbers carry (立, 许受, 检, 强).</summary>
public sealed class CaseProcedure
{
    public string NumberMark { get; set; } = "";

    public List<StageDefinition> Stages { get; set; } = [];

    public StageDefinition? Stage(string code) => Stages.FirstOrDefault(s => s.Code == code);

    public int IndexOf(string code) => Stages.FindIndex(s => s.Code == code);
}

/// <summary>A clock of the case: from one stage (or the day of discovery) to another, on the official calendar.</summary>
public sealed class CaseClockRule
{
    public const string Discovery = "discovery";

    public string Name { get; set; } = "";

    public EnforcementCategory Category { get; set; }

    /// <summary>The stage whose date starts the period, or <see cref="Discovery"/>.</summary>
    public string From { get; set; } = "";

    /// <summary>The stage whose date meets it.</summary>
    public string To { get; set; } = "";

    public int Days { get; set; }

    public PeriodUnit Unit { get; set; }

    public string LegalBasis { get; set; } = "";

    /// <summary>How much the period may be extended with approval (same unit), in total; 0 when it cannot be.</summary>
    public int MaxExtension { get; set; }

    public string ExtensionBasis { get; set; } = "";

    public Period Period => new(Days, Unit);
}
