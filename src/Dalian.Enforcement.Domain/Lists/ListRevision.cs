using System.Text.Json;

namespace Dalian.Enforcement.Domain.Lists;

/// <summary>The two pre-disclosure lists that are reviewed before publication.</summary>
public enum ListKind
{
    /// <summary>行政执法事项清单: reviewed by the justice bureau (司法局).</summary>
    Matters,

    /// <summary>随机抽查事项清单: reviewed by the market-supervision department.</summary>
    Inspections,

    /// <summary>重大执法决定法制审核目录清单: reviewed by the justice bureau; the version in force on a decision date classifies it.</summary>
    ReviewCatalogue,
}

public enum RevisionState
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>
/// One revision of an agency's list. Staff edit a draft, submit it, and the reviewer approves it —
/// it then becomes the next public version — or returns it with an opinion. Approved versions are
/// never changed again, so everyone can see how the list was adjusted over time (动态调整).
/// </summary>
public sealed class ListRevision
{
    public int Id { get; private set; }

    public required int AgencyId { get; init; }

    public required ListKind Kind { get; init; }

    public RevisionState State { get; private set; } = RevisionState.Draft;

    /// <summary>The public version number, given on approval.</summary>
    public int? Version { get; private set; }

    public string ItemsJson { get; private set; } = "[]";

    public required DateTime CreatedAtUtc { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>The reviewer's opinion: required when returning, optional when approving.</summary>
    public string? Opinion { get; private set; }

    /// <summary>
    /// Counts the changes to this revision: the optimistic-concurrency token, so that a save based on
    /// an older state (a colleague saved in between) is refused instead of silently overwriting it.
    /// </summary>
    public int Stamp { get; private set; }

    public bool IsEditable => State is RevisionState.Draft or RevisionState.Returned;

    public IReadOnlyList<MatterContent> Matters() => Items<MatterContent>(ListKind.Matters);

    public IReadOnlyList<InspectionItemContent> Inspections() => Items<InspectionItemContent>(ListKind.Inspections);

    public IReadOnlyList<Reviews.MajorRule> Rules() => Items<Reviews.MajorRule>(ListKind.ReviewCatalogue);

    public string? SetRules(IReadOnlyList<Reviews.MajorRule> rules) => SetItems(ListKind.ReviewCatalogue, rules);

    public string? SetMatters(IReadOnlyList<MatterContent> matters) => SetItems(ListKind.Matters, matters);

    public string? SetInspections(IReadOnlyList<InspectionItemContent> items) => SetItems(ListKind.Inspections, items);

    /// <summary>Sends the draft to the reviewer; refused when the list has problems or is not editable.</summary>
    public IReadOnlyList<string> Submit(DateTime atUtc, string by)
    {
        if (!IsEditable)
        {
            return ["只有草稿或被退回的清单可以提交审核。"];
        }

        var problems = Kind switch
        {
            ListKind.Matters => Matters().SelectMany(m => m.Problems()).ToList(),
            ListKind.Inspections => Inspections().SelectMany(i => i.Problems()).ToList(),
            _ => Rules().SelectMany(r => r.Problems()).ToList(),
        };
        if (Count() == 0)
        {
            problems.Insert(0, "清单中没有任何事项。");
        }

        if (problems.Count == 0)
        {
            (State, SubmittedAtUtc, SubmittedBy) = (RevisionState.Submitted, atUtc, by);
            Stamp++;
        }

        return problems;
    }

    public string? Approve(int version, DateTime atUtc, string by, string? opinion)
    {
        if (State != RevisionState.Submitted)
        {
            return "只有已提交审核的清单可以审核通过。";
        }

        (State, Version, ReviewedAtUtc, ReviewedBy, Opinion) = (RevisionState.Approved, version, atUtc, by, Clean(opinion));
        Stamp++;
        return null;
    }

    public string? Return(string? opinion, DateTime atUtc, string by)
    {
        if (State != RevisionState.Submitted)
        {
            return "只有已提交审核的清单可以退回。";
        }

        if (Clean(opinion) is not { } text)
        {
            return "退回时须填写审核意见，说明需要修改的问题。";
        }

        (State, ReviewedAtUtc, ReviewedBy, Opinion) = (RevisionState.Returned, atUtc, by, text);
        Stamp++;
        return null;
    }

    public int Count() => Kind switch
    {
        ListKind.Matters => Matters().Count,
        ListKind.Inspections => Inspections().Count,
        _ => Rules().Count,
    };

    public static string KindTitle(ListKind kind) => kind switch
    {
        ListKind.Matters => "行政执法事项清单",
        ListKind.Inspections => "随机抽查事项清单",
        _ => "重大执法决定法制审核目录清单",
    };

    /// <summary>The route segment of a kind: matters, inspections, major.</summary>
    public static string Segment(ListKind kind) => kind switch
    {
        ListKind.Matters => "matters",
        ListKind.Inspections => "inspections",
        _ => "major",
    };

    public static ListKind? ParseSegment(string? segment) => segment switch
    {
        "matters" => ListKind.Matters,
        "inspections" => ListKind.Inspections,
        "major" => ListKind.ReviewCatalogue,
        _ => null,
    };

    private List<T> Items<T>(ListKind kind) =>
        Kind == kind ? JsonSerializer.Deserialize<List<T>>(ItemsJson, ListJson.Options) ?? [] : [];

    private string? SetItems<T>(ListKind kind, IReadOnlyList<T> items)
    {
        if (Kind != kind || !IsEditable)
        {
            return "只有草稿或被退回的清单可以修改。";
        }

        ItemsJson = JsonSerializer.Serialize(items, ListJson.Options);
        Stamp++;
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
