namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>
/// What the next save adds to the trail beyond the changes it makes: the name of the act, events that
/// no tracked entity carries (a log-in, a set-based update), and public acts for the transparency log.
/// Each context has one; a save consumes it.
/// </summary>
public sealed class AuditScope
{
    private readonly List<ExplicitEvent> _events = [];
    private readonly List<PendingLeaf> _log = [];

    /// <summary>The act the changes belong to, e.g. decision.publish; null names them by entity and verb.</summary>
    public string? Action { get; set; }

    public IReadOnlyList<ExplicitEvent> Events => _events;

    public IReadOnlyList<PendingLeaf> LogEntries => _log;

    public bool IsEmpty => _events.Count == 0 && _log.Count == 0;

    /// <summary>Names the act of the changes about to be saved.</summary>
    public AuditScope Act(string action, string? summary = null)
    {
        (Action, Summary) = (action, summary);
        return this;
    }

    /// <summary>The act in a sentence for people; masked before it is written.</summary>
    public string? Summary { get; set; }

    /// <summary>An event that no tracked entity carries.</summary>
    public void Record(string action, string entityType, string entityId, string summary, IEnumerable<FieldChange> change) =>
        _events.Add(new ExplicitEvent(action, entityType, entityId, summary, AuditChanges.Json(change), null, null));

    /// <summary>An event carried over from an older record, with its own time and actor name.</summary>
    public void Import(string action, string entityType, string entityId, string summary, DateTime atUtc, string actorName) =>
        _events.Add(new ExplicitEvent(action, entityType, entityId, summary, "{}", atUtc, actorName));

    /// <summary>A public act for the transparency log; its bytes are made at save time with the save's instant.</summary>
    public void Log(string act, long? decisionId, Func<LeafContext, byte[]> bytes, byte[]? content = null) => _log.Add(new PendingLeaf(act, decisionId, bytes, content));

    public void Clear()
    {
        (Action, Summary) = (null, null);
        _events.Clear();
        _log.Clear();
    }

    public sealed record PendingLeaf(string Act, long? DecisionId, Func<LeafContext, byte[]> Bytes, byte[]? Content);

    /// <summary>The save's instant and legal date, and the audit chain's head once the save's events are in.</summary>
    public sealed record LeafContext(DateTime AtUtc, DateOnly Date, long Sequence, byte[] ChainHash);

    public sealed record ExplicitEvent(string Action, string EntityType, string EntityId, string Summary, string Change, DateTime? AtUtc, string? ActorName);
}
