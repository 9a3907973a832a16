namespace Dalian.Enforcement.Domain.Officers;

/// <summary>The status of an enforcement certificate (执法证状态).</summary>
public enum CertificateStatus
{
    /// <summary>有效</summary>
    Valid,

    /// <summary>暂扣: suspended, may be restored.</summary>
    Suspended,

    /// <summary>注销: cancelled for good.</summary>
    Revoked,

    /// <summary>过期: past its valid-until date (derived, never recorded).</summary>
    Expired,

    /// <summary>未生效: the date is before the certificate was issued (derived).</summary>
    NotYetIssued,
}

/// <summary>One dated change of a certificate's status, kept for ever.</summary>
public sealed class CertificateStatusChange
{
    public long Id { get; private set; }

    public int CertificateId { get; private set; }

    public required CertificateStatus Status { get; init; }

    /// <summary>The first day the status applies.</summary>
    public required DateOnly EffectiveOn { get; init; }

    public required string Reason { get; init; }

    public required DateTime RecordedAtUtc { get; init; }

    public required string RecordedBy { get; init; }
}

/// <summary>
/// An enforcement certificate (行政执法证). Its status on any date follows from its validity period and
/// its dated status history, so an auditor can ask whether it was valid on the day of a decision.
/// </summary>
public sealed class Certificate
{
    private readonly List<CertificateStatusChange> _history = [];

    public int Id { get; private set; }

    public int OfficerId { get; private set; }

    /// <summary>执法证号, unique across the portal.</summary>
    public required string Number { get; set; }

    /// <summary>执法类别, e.g. 水利.</summary>
    public required string Category { get; set; }

    /// <summary>执法区域, e.g. 盘锦市大洼区.</summary>
    public required string Region { get; set; }

    public required DateOnly IssuedOn { get; set; }

    public required DateOnly ValidUntil { get; set; }

    public IReadOnlyList<CertificateStatusChange> History => _history;

    /// <summary>The status on a date: before issue, after expiry, or the last change effective by then.</summary>
    public CertificateStatus StatusOn(DateOnly date)
    {
        if (date < IssuedOn)
        {
            return CertificateStatus.NotYetIssued;
        }

        var recorded = DecidingChange(date)?.Status ?? CertificateStatus.Valid;
        return recorded != CertificateStatus.Revoked && date > ValidUntil ? CertificateStatus.Expired : recorded;
    }

    /// <summary>持证上岗: only a certificate valid on the day allows its holder to enforce that day.</summary>
    public bool IsValidOn(DateOnly date) => StatusOn(date) == CertificateStatus.Valid;

    /// <summary>The change that decides the status on a date, if any (for the auditors' answer).</summary>
    public CertificateStatusChange? DecidingChange(DateOnly date) =>
        _history.Where(c => c.EffectiveOn <= date).OrderBy(c => c.EffectiveOn).ThenBy(c => c.RecordedAtUtc).LastOrDefault();

    /// <summary>Records a status change; refuses what the law does not allow.</summary>
    public string? ChangeStatus(CertificateStatus status, DateOnly effectiveOn, string reason, DateTime atUtc, string by)
    {
        if (status is CertificateStatus.Expired or CertificateStatus.NotYetIssued)
        {
            return "过期和未生效由有效期决定，不能手工设置。";
        }

        if (effectiveOn < IssuedOn || effectiveOn > ValidUntil)
        {
            return $"生效日期须在证件有效期内（{IssuedOn:yyyy-MM-dd} 至 {ValidUntil:yyyy-MM-dd}）。";
        }

        if (_history.Any(c => c.Status == CertificateStatus.Revoked))
        {
            return "证件已注销，不能再变更状态。";
        }

        if (_history.Any(c => c.EffectiveOn > effectiveOn))
        {
            return "已有更晚生效的状态变更，不能在其之前插入新的变更。";
        }

        if (StatusOn(effectiveOn) == status)
        {
            return $"证件在该日已是“{Title(status)}”状态。";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "请填写变更原因。";
        }

        _history.Add(new CertificateStatusChange { Status = status, EffectiveOn = effectiveOn, Reason = reason.Trim(), RecordedAtUtc = atUtc, RecordedBy = by });
        return null;
    }

    public bool Overlaps(DateOnly issuedOn, DateOnly validUntil) => issuedOn <= ValidUntil && IssuedOn <= validUntil;

    public static string Title(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.Suspended => "暂扣",
        CertificateStatus.Revoked => "注销",
        CertificateStatus.Expired => "过期",
        _ => "未生效",
    };
}
