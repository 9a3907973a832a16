namespace Dalian.Enforcement.Domain.Deadlines;

/// <summary>
/// The portal's legal periods, kept as settings (section "Deadlines") because local rules may differ.
/// The defaults follow the law; see docs/rules.md.
/// </summary>
public sealed class DeadlinePolicy
{
    /// <summary>
    /// Publication after a decision: 行政许可 and 行政处罚 within 7 working days, every other decision within
    /// 20 (国办发〔2018〕118号, 二(三)). Categories missing here take <see cref="DefaultPublication"/>.
    /// </summary>
    public Dictionary<EnforcementCategory, Period> Publication { get; init; } = new()
    {
        [EnforcementCategory.Licensing] = Period.WorkingDays(7),
        [EnforcementCategory.Penalty] = Period.WorkingDays(7),
    };

    public Period DefaultPublication { get; init; } = Period.WorkingDays(20);

    /// <summary>
    /// Withdrawal of a revoked decision: "三日内撤回" (行政处罚法 art. 48), and art. 85 of the same law
    /// counts its 三日 in working days (不含法定节假日).
    /// </summary>
    public Period Withdrawal { get; init; } = Period.WorkingDays(3);

    /// <summary>Legal review of a major decision: 7 working days, extendable once by 3.</summary>
    public Period LegalReview { get; init; } = Period.WorkingDays(7);

    public Period LegalReviewExtension { get; init; } = Period.WorkingDays(3);

    /// <summary>The annual statistics report of year Y is due on this day of year Y+1 (the source plan: 1月10日).</summary>
    public int AnnualReportMonth { get; init; } = 1;

    public int AnnualReportDay { get; init; } = 10;

    /// <summary>The publication period of a decision: the matter's own statutory period when it has one.</summary>
    public Period PublicationPeriod(EnforcementCategory category, StatutoryPeriod? statutory = null) =>
        statutory?.Period ?? (Publication.TryGetValue(category, out var period) ? period : DefaultPublication);

    public DateOnly AnnualReportDue(int reportYear) => new(reportYear + 1, AnnualReportMonth, AnnualReportDay);
}
