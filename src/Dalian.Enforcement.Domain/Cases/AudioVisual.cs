namespace Dalian.Enforcement.Domain.Cases;

/// <summary>Whether a stage must be recorded on audio or video (音像记录事项清单).</summary>
public enum AvLevel
{
    /// <summary>无需: the written record covers the act.</summary>
    NotNeeded,

    /// <summary>根据需要: the officers decide.</summary>
    AsNeeded,

    /// <summary>必须全程音像记录: the stage cannot be completed without a recording or a recorded exception.</summary>
    Mandatory,
}

/// <summary>Why a mandatory recording could not be made (可以不进行音像记录的情形).</summary>
public enum AvExceptionReason
{
    /// <summary>涉及国家秘密、商业秘密或者个人隐私.</summary>
    Secret,

    /// <summary>紧急情况.</summary>
    Emergency,

    /// <summary>客观原因无法记录 (device failure, no signal …).</summary>
    Impossible,
}

/// <summary>
/// One row of an agency's audio-video list: for a matter (or every matter when <see cref="MatterId"/> is null)
/// and a stage, how it must be recorded. The most specific row wins; without one, the policy's default.
/// </summary>
public sealed class AvRule
{
    public int Id { get; private set; }

    public required int AgencyId { get; init; }

    public int? MatterId { get; init; }

    public required string StageCode { get; init; }

    public AvLevel Level { get; set; }

    /// <summary>记录内容 or the reason for the rule, e.g. 扣押采砂船舶须全程录像.</summary>
    public string Note { get; set; } = "";

    public static AvLevel LevelFor(IEnumerable<AvRule> agencyRules, int matterId, string stageCode, CasePolicy policy)
    {
        var rules = agencyRules.Where(r => r.StageCode == stageCode).ToList();
        return rules.FirstOrDefault(r => r.MatterId == matterId)?.Level
            ?? rules.FirstOrDefault(r => r.MatterId is null)?.Level
            ?? policy.AvDefault(stageCode);
    }

    public static string Title(AvLevel level) => level switch
    {
        AvLevel.Mandatory => "必须全程音像记录",
        AvLevel.AsNeeded => "根据需要音像记录",
        _ => "无需音像记录",
    };

    public static string Title(AvExceptionReason reason) => reason switch
    {
        AvExceptionReason.Secret => "涉及国家秘密、商业秘密或者个人隐私",
        AvExceptionReason.Emergency => "紧急情况",
        _ => "客观原因无法记录",
    };
}
