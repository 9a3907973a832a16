namespace Dalian.Enforcement.Verify;

// The portal's public JSON contract. `required` makes System.Text.Json refuse an answer that lacks a field.

public sealed record EntriesResponse
{
    public required long Start { get; init; }
    public required long End { get; init; }
    public required IReadOnlyList<LogEntry> Entries { get; init; }
}

public sealed record LogEntry
{
    public required long Index { get; init; }
    public required byte[] Entry { get; init; }
    public required byte[] LeafHash { get; init; }
}

public sealed record InclusionProof
{
    public required long Index { get; init; }
    public required long TreeSize { get; init; }
    public required byte[] LeafHash { get; init; }
    public required IReadOnlyList<byte[]> Path { get; init; }
}

public sealed record ConsistencyProof
{
    public required long First { get; init; }
    public required long Second { get; init; }
    public required IReadOnlyList<byte[]> Path { get; init; }
}

/// <summary>Only the part of a decision the verifier needs; other members are ignored.</summary>
public sealed record DecisionSummary
{
    public DecisionTransparency? Transparency { get; init; }

    /// <summary>The items the decision's page shows now (absent on a withdrawal notice).</summary>
    public IReadOnlyList<DecisionItem>? Items { get; init; }
}

public sealed record DecisionItem
{
    public required string Label { get; init; }

    public required string Value { get; init; }
}

public sealed record DecisionTransparency
{
    public required long Index { get; init; }
    public required string EntrySha256 { get; init; }
}

/// <summary>What the portal's answer could not give: an HTTP failure or a body that breaks the contract.</summary>
public sealed class PortalException(string message, Exception? inner = null) : Exception(message, inner);
