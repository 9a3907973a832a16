namespace Dalian.Enforcement.Web.Data;

/// <summary>A change to the public registers (subjects, officers, certificates), kept for the audit trail.</summary>
public sealed class RegisterChange
{
    public long Id { get; private set; }

    public required DateTime AtUtc { get; init; }

    public required string By { get; init; }

    public required int AgencyId { get; init; }

    /// <summary>What was changed, e.g. 执法主体, 执法人员, 执法证.</summary>
    public required string Subject { get; init; }

    public required int SubjectId { get; init; }

    public required string Action { get; init; }

    public required string Details { get; init; }
}
