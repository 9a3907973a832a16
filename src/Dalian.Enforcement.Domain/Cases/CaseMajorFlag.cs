using Dalian.Enforcement.Domain.Reviews;

namespace Dalian.Enforcement.Domain.Cases;

public sealed partial class EnforcementCase
{
    /// <summary>The handler's flag 情况复杂 / 涉及重大公共利益: makes the case's decision major, whatever the catalogue says.</summary>
    public MajorReason? MajorFlag { get; private set; }

    public string MajorFlagReason { get; private set; } = "";

    /// <summary>Marks the case major with its reason. A flag is never removed, nor a catalogue rule's match undone.</summary>
    public List<CaseProblem> FlagMajor(MajorReason? flag, string reason)
    {
        if (IsClosed)
        {
            return [new("", "案件已结案，不能再标记。")];
        }

        if (MajorFlag is not null)
        {
            return [new("MajorFlag", $"本案已标记为重大执法决定（{MajorFlag.Value.Title()}），标记不能更改或取消。")];
        }

        var problems = new List<CaseProblem>();
        if (flag is null)
        {
            problems.Add(new("MajorFlag", "请选择标记为重大执法决定的情形。"));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            problems.Add(new("MajorFlagReason", "请说明标记为重大执法决定的理由。"));
        }

        if (problems.Count == 0)
        {
            (MajorFlag, MajorFlagReason) = (flag, reason.Trim());
        }

        return problems;
    }

    /// <summary>What classification reads of this case and its draft decision.</summary>
    public MajorFacts MajorFactsOf(Decisions.Decision draft) => new(draft.Category, Matter?.Code ?? "", draft.PartyKind, draft.FineAmount,
        draft.ConfiscatedAmount, draft.PenaltyKinds, Entry("hearing") is { Status: StageStatus.Done }, MajorFlag, MajorFlagReason);
}
