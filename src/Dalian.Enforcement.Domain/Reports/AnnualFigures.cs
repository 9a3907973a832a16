using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;

namespace Dalian.Enforcement.Domain.Reports;

/// <summary>One line of a report table; <see cref="Key"/> is stable across versions and agencies, so a district summary can add them up.</summary>
public sealed record FigureRow(string Key, string Label, decimal Value, string Unit);

/// <summary>A table of the report. An agency without the power (none in its matter list, no decision of the kind) shows 无此项职权 instead of zeros.</summary>
public sealed record FigureTable(string Key, string Title, bool Held, IReadOnlyList<FigureRow> Rows)
{
    public const string NotHeld = "无此项职权";

    public decimal this[string key] => Rows.First(r => r.Key == key).Value;
}

/// <summary>How the decisions made in the year stand on the portal: the sentence under the tables that ties them to the public list.</summary>
public sealed record Reconciliation(EnforcementCategory Category, int Made, int Published, int NotDisclosed, int Withdrawn, int Pending);

/// <summary>
/// One agency-year's figures, computed from its records by the counting rules below (Guangdong 2018 tables, with the Shandong
/// extensions and the portal's own systems). A published report keeps these as its snapshot. See docs/rules.md.
/// </summary>
public sealed record AnnualFigures(int Year, string AmountUnit, IReadOnlyList<FigureTable> Tables, IReadOnlyList<int> DecisionsPerMonth,
    int PublishedCount, int PublishedOnTime, IReadOnlyList<Reconciliation> Reconciliations)
{
    public FigureTable Table(string key) => Tables.First(t => t.Key == key);

    /// <summary>Share of the year's published decisions published within the legal period, in percent to one decimal; null when none was published.</summary>
    public decimal? OnTimeRate => PublishedCount == 0 ? null : Percent(PublishedOnTime, PublishedCount);

    /// <summary>A decision counts in the year of its decision date once it is made (not a draft), whatever happened to it later (withdrawn ones included).</summary>
    public static bool Made(DecisionFact d, int year) => d.State != DecisionState.Draft && d.DecisionDate.Year == year;

    public static decimal Percent(int part, int whole) => whole == 0 ? 0 : decimal.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    public static AnnualFigures Compute(ReportFacts facts, ReportSettings settings)
    {
        var year = facts.Year;
        var made = facts.Decisions.Where(d => Made(d, year)).ToList();
        List<DecisionFact> Of(EnforcementCategory c) => [.. made.Where(d => d.Category == c)];
        bool Holds(EnforcementCategory c) => facts.Powers.Contains(c) || made.Any(d => d.Category == c);

        var tables = new List<FigureTable>
        {
            Licensing(facts, Of(EnforcementCategory.Licensing), Holds(EnforcementCategory.Licensing)),
            Penalty(Of(EnforcementCategory.Penalty), settings, Holds(EnforcementCategory.Penalty)),
            Coercion(Of(EnforcementCategory.Coercion), Holds(EnforcementCategory.Coercion)),
            Levy("levy", "行政征收", Of(EnforcementCategory.Levy), settings, Holds(EnforcementCategory.Levy)),
            Levy("requisition", "行政征用", Of(EnforcementCategory.Requisition), settings, Holds(EnforcementCategory.Requisition)),
            Inspection(Of(EnforcementCategory.Inspection), Holds(EnforcementCategory.Inspection)),
            Cases(facts, made),
            Reviews(facts.Reviews),
            Officers(facts.Officers),
            Challenges(facts.Challenges, year),
        };
        var months = Enumerable.Range(1, 12).Select(m => made.Count(d => d.DecisionDate.Month == m)).ToList();
        var published = made.Where(d => d.PublishedOn is not null).ToList();
        var reconciliations = EnforcementCategories.All.Where(c => Holds(c)).Select(c => Of(c)).Where(l => l.Count > 0).Select(l => new Reconciliation(
            l[0].Category, l.Count, l.Count(d => d.State == DecisionState.Published), l.Count(d => d.State == DecisionState.NotDisclosed),
            l.Count(d => d.State == DecisionState.Withdrawn), l.Count(d => d.State == DecisionState.Decided))).ToList();
        return new AnnualFigures(year, settings.UnitTitle, tables, months, published.Count, published.Count(d => d.WorkingDaysLate == 0), reconciliations);
    }

    /// <summary>
    /// 行政许可: an application is a licensing case opened in the year (a decision entered without a case stands for its own application and
    /// acceptance); grants are decisions granting, changing or renewing; revocations count in the year of the revoking act.
    /// </summary>
    private static FigureTable Licensing(ReportFacts facts, List<DecisionFact> made, bool held)
    {
        var cases = facts.Cases.Where(c => c.Category == EnforcementCategory.Licensing).ToList();
        var withoutCase = made.Count(d => !d.HasCase);
        var revoked = facts.Decisions.Count(d => d.Category == EnforcementCategory.Licensing && d.WithdrawalReason == WithdrawalReason.Revoked
            && d.RevokingActDate?.Year == facts.Year);
        return Table("licensing", "行政许可", held,
            Row("applications", "申请数量", cases.Count(c => c.OpenedOn.Year == facts.Year) + withoutCase, "件"),
            Row("accepted", "受理数量", cases.Count(c => c.AcceptedOn?.Year == facts.Year) + withoutCase, "件"),
            Row("granted", "许可数量", made.Count(d => (d.LicenceOutcome ?? LicenceOutcome.Granted).Grants()), "件"),
            Row("refused", "不予许可数量", made.Count(d => d.LicenceOutcome == LicenceOutcome.Refused), "件"),
            Row("revoked", "撤销许可数量", revoked, "件"));
    }

    /// <summary>行政处罚: each decision once, under its heaviest kind; 罚没金额 is fines plus confiscations as the documents fix them.</summary>
    private static FigureTable Penalty(List<DecisionFact> made, ReportSettings settings, bool held)
    {
        var heaviest = made.Select(d => settings.Heaviest(d.PenaltyKinds)).ToList();
        var rows = DecisionTerms.AllPenaltyKinds.Select(k => Row($"kind.{k}", k.Title(), heaviest.Count(h => h == k), "宗")).ToList();
        rows.Add(Row("total", "合计", heaviest.Count(h => h != PenaltyKinds.None), "宗"));
        rows.Add(new FigureRow("amount", "罚没金额", settings.InUnit(made.Sum(d => (d.FineAmount ?? 0) + (d.ConfiscatedAmount ?? 0))), settings.UnitTitle));
        rows.Add(Row("not-punished", "不予处罚案件", made.Count(d => d.Discretion == PenaltyDiscretion.NotPunished), "件"));
        rows.Add(Row("mitigated", "减轻处罚案件", made.Count(d => d.Discretion == PenaltyDiscretion.Mitigated), "件"));
        return new FigureTable("penalty", "行政处罚", held, held ? rows : []);
    }

    /// <summary>行政强制: a decision counts once under each measure or way of execution it takes (the "by kind").</summary>
    private static FigureTable Coercion(List<DecisionFact> made, bool held) => Table("coercion", "行政强制", held,
        [
            .. DecisionOutcomes.Measures.Select(k => Row($"measure.{k}", $"强制措施：{k.Title()}", made.Count(d => d.CoercionKinds.HasFlag(k)), "次")),
            .. DecisionOutcomes.Executions.Select(k => Row($"execution.{k}", $"强制执行：{k.Title()}", made.Count(d => d.CoercionKinds.HasFlag(k)), "次")),
            Row("court", "申请人民法院强制执行", made.Count(d => d.CoercionKinds.HasFlag(CoercionKinds.CourtApplication)), "件"),
        ]);

    private static FigureTable Levy(string key, string title, List<DecisionFact> made, ReportSettings settings, bool held) => Table(key, title, held,
        Row("count", "次数", made.Count, "次"),
        new FigureRow("amount", "金额", settings.InUnit(made.Sum(d => d.LevyAmount ?? 0)), settings.UnitTitle));

    /// <summary>
    /// 行政检查: one inspected object with its result recorded is one inspection (an object not found is not); 双随机 results by kind.
    /// </summary>
    private static FigureTable Inspection(List<DecisionFact> made, bool held) => Table("inspection", "行政检查", held,
        [
            Row("inspections", "行政检查次数", made.Count(d => d.InspectionResult != InspectionResult.NotFound), "次"),
            Row("random", "“双随机”抽查次数", made.Count, "次"),
            .. Enum.GetValues<InspectionResult>().Select(r => Row($"result.{r}", $"抽查结果：{r.Title()}", made.Count(d => d.InspectionResult == r), "次")),
        ]);

    /// <summary>
    /// 案件: opened and closed in the year; a recording gap or exception among the cases opened or closed in it; and the decisions of the
    /// year made without a case (无案卷记录), so that cases and decisions can be told apart.
    /// </summary>
    private static FigureTable Cases(ReportFacts facts, List<DecisionFact> made)
    {
        var active = facts.Cases.Where(c => c.OpenedOn.Year == facts.Year || c.ClosedOn?.Year == facts.Year).ToList();
        return Table("cases", "执法全过程记录", true,
            Row("opened", "立案（登记）数量", facts.Cases.Count(c => c.OpenedOn.Year == facts.Year), "件"),
            Row("closed", "结案数量", facts.Cases.Count(c => c.ClosedOn?.Year == facts.Year), "件"),
            Row("av-gap", "应录未录音像的案件", active.Count(c => c.RecordingGap), "件"),
            Row("av-exception", "经批准不录音像的案件", active.Count(c => c.RecordingException), "件"),
            Row("no-case", "无案卷记录的决定", made.Count(d => !d.HasCase), "件"));
    }

    private static FigureTable Reviews(Reviews.ReviewFigures? r) => Table("reviews", "重大执法决定法制审核", true,
        Row("major", "重大执法决定", r?.MajorDecisions ?? 0, "件"),
        Row("rounds", "法制审核", r?.Rounds ?? 0, "次"),
        Row("first-round", "首次审核即同意", r?.AgreedFirstRound ?? 0, "件"),
        Row("returned", "退回修改", r?.Returned ?? 0, "次"),
        Row("not-agreed", "不同意", r?.NotAgreed ?? 0, "次"),
        Row("on-time", "按期完成审核", r?.OnTime ?? 0, "次"));

    /// <summary>持证率: officers holding a certificate valid on 31 December over the agency's officers, in percent to one decimal.</summary>
    private static FigureTable Officers(IReadOnlyList<OfficerFact> officers)
    {
        var certified = officers.Count(o => o.CertifiedOnYearEnd);
        return Table("officers", "行政执法人员", true,
            Row("officers", "执法人员", officers.Count, "人"),
            Row("certified", "12月31日持有效执法证", certified, "人"),
            new FigureRow("rate", "持证率", Percent(certified, officers.Count), "%"));
    }

    /// <summary>复议、诉讼: filed in the year; corrected (纠错) or lost (败诉) by an outcome decided in the year.</summary>
    private static FigureTable Challenges(IReadOnlyList<ChallengeFact> challenges, int year)
    {
        int Filed(ChallengeKind k) => challenges.Count(c => c.Kind == k && c.FiledOn.Year == year);
        int Corrected(ChallengeKind k) => challenges.Count(c => c.Kind == k && c.Outcome.IsCorrective() && c.DecidedOn?.Year == year);
        return Table("challenges", "行政复议和行政诉讼", true,
            Row("reconsidered", "被申请行政复议", Filed(ChallengeKind.Reconsideration), "件"),
            Row("corrected", "被复议纠错", Corrected(ChallengeKind.Reconsideration), "件"),
            Row("sued", "被提起行政诉讼", Filed(ChallengeKind.Litigation), "件"),
            Row("lost", "行政诉讼败诉", Corrected(ChallengeKind.Litigation), "件"));
    }

    /// <summary>
    /// The district summary: every agency's published figures added row by row (a table is held when any agency holds it; the
    /// 持证率 is recomputed from the summed officers, never averaged).
    /// </summary>
    public static AnnualFigures Sum(int year, string unit, IReadOnlyList<AnnualFigures> all)
    {
        var tables = all.SelectMany(f => f.Tables).GroupBy(t => t.Key).Select(g =>
        {
            var rows = g.Where(t => t.Held).SelectMany(t => t.Rows).GroupBy(r => r.Key)
                .Select(r => r.First() with { Value = r.Sum(x => x.Value) }).ToList();
            if (g.Key == "officers" && rows.Count > 0)
            {
                var officers = (int)rows.First(r => r.Key == "officers").Value;
                var certified = (int)rows.First(r => r.Key == "certified").Value;
                rows = [.. rows.Select(r => r.Key == "rate" ? r with { Value = Percent(certified, officers) } : r)];
            }

            return new FigureTable(g.Key, g.First().Title, g.Any(t => t.Held), rows);
        }).ToList();
        var reconciliations = all.SelectMany(f => f.Reconciliations).GroupBy(r => r.Category).Select(g => new Reconciliation(g.Key,
            g.Sum(r => r.Made), g.Sum(r => r.Published), g.Sum(r => r.NotDisclosed), g.Sum(r => r.Withdrawn), g.Sum(r => r.Pending))).ToList();
        return new AnnualFigures(year, unit, tables, [.. Enumerable.Range(0, 12).Select(m => all.Sum(f => f.DecisionsPerMonth[m]))],
            all.Sum(f => f.PublishedCount), all.Sum(f => f.PublishedOnTime), reconciliations);
    }

    private static FigureTable Table(string key, string title, bool held, params FigureRow[] rows) => new(key, title, held, held ? rows : []);

    private static FigureRow Row(string key, string label, int value, string unit) => new(key, label, value, unit);
}
