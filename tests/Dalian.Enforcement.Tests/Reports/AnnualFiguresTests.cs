using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reports;
using Dalian.Enforcement.Tests.Support;

namespace Dalian.Enforcement.Tests.Reports;

/// <summary>The annual report's counting rules, each against records written out here.</summary>
public sealed class AnnualFiguresTests
{
    private static readonly ReportSettings s_settings = new();

    private static DecisionFact D(EnforcementCategory category, string date, DecisionState state = DecisionState.Published, PenaltyKinds kinds = PenaltyKinds.None,
        decimal? fine = null, decimal? confiscated = null, PenaltyDiscretion discretion = PenaltyDiscretion.Ordinary, LicenceOutcome? outcome = null,
        CoercionKinds coercion = CoercionKinds.None, decimal? levy = null, InspectionResult? result = null, bool hasCase = true, int late = 0,
        WithdrawalReason? withdrawal = null, string? revokedOn = null) =>
        new(1, category, state, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kinds, discretion, fine, confiscated, outcome, coercion, levy, result, hasCase,
            state is DecisionState.Published or DecisionState.Withdrawn ? DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).AddDays(3) : null, late, withdrawal,
            revokedOn is null ? null : DateOnly.Parse(revokedOn, System.Globalization.CultureInfo.InvariantCulture));

    private static AnnualFigures Compute(IReadOnlyList<DecisionFact> decisions, IReadOnlySet<EnforcementCategory>? powers = null,
        IReadOnlyList<CaseFact>? cases = null, IReadOnlyList<OfficerFact>? officers = null, IReadOnlyList<ChallengeFact>? challenges = null,
        ReportSettings? settings = null) =>
        AnnualFigures.Compute(new ReportFacts(2025, powers ?? new HashSet<EnforcementCategory>(), decisions, cases ?? [], officers ?? [], challenges ?? [], null),
            settings ?? s_settings);

    public static TheoryData<PenaltyKinds, PenaltyKinds> Pairs()
    {
        var data = new TheoryData<PenaltyKinds, PenaltyKinds>();
        foreach (var a in DecisionTerms.AllPenaltyKinds)
        {
            foreach (var b in DecisionTerms.AllPenaltyKinds.Where(b => b != a))
            {
                data.Add(a, b);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_decision_with_two_kinds_counts_once_under_the_heavier_in_the_order(PenaltyKinds a, PenaltyKinds b)
    {
        var order = ReportSettings.DefaultOrder.ToList();
        var heavier = order.IndexOf(a) > order.IndexOf(b) ? a : b;
        var f = Compute([D(EnforcementCategory.Penalty, "2025-03-01", kinds: a | b)]).Table("penalty");

        Assert.Equal(1, f[$"kind.{heavier}"]);
        Assert.Equal(1, f["total"]);
        Assert.Equal(1, f.Rows.Where(r => r.Key.StartsWith("kind.", StringComparison.Ordinal)).Sum(r => r.Value));
    }

    [Fact]
    public void The_order_is_a_setting_and_other_counts_under_a_named_kind_beside_it()
    {
        Assert.Equal(PenaltyKinds.Fine, s_settings.Heaviest(PenaltyKinds.Other | PenaltyKinds.Fine));
        Assert.Equal(PenaltyKinds.LicenceRevocation, s_settings.Heaviest(PenaltyKinds.LicenceRevocation | PenaltyKinds.PracticeRestriction));

        var reversed = new ReportSettings { PenaltyOrder = [.. ReportSettings.DefaultOrder.Reverse()] };
        Assert.Null(reversed.OrderProblem());
        Assert.Equal(PenaltyKinds.Warning, reversed.Heaviest(PenaltyKinds.Warning | PenaltyKinds.Fine));
        Assert.Contains("lacks", new ReportSettings { PenaltyOrder = [PenaltyKinds.Fine] }.OrderProblem());
        Assert.NotNull(new ReportSettings { PenaltyOrder = [.. ReportSettings.DefaultOrder, PenaltyKinds.Fine] }.OrderProblem());
    }

    [Fact]
    public void Amounts_are_fines_plus_confiscations_rounded_once_to_two_decimals_of_ten_thousand_yuan_half_away_from_zero()
    {
        List<DecisionFact> decisions =
        [
            D(EnforcementCategory.Penalty, "2025-01-02", kinds: PenaltyKinds.Fine, fine: 12_345m),
            D(EnforcementCategory.Penalty, "2025-02-02", kinds: PenaltyKinds.Fine | PenaltyKinds.Confiscation, fine: 10_000m, confiscated: 5_005m),
        ];
        Assert.Equal(2.74m, Compute(decisions).Table("penalty")["amount"]); // 27,350 yuan = 2.735 万元 → 2.74
        Assert.Equal("万元", Compute(decisions).Table("penalty").Rows.Single(r => r.Key == "amount").Unit);
        var yuan = new ReportSettings { AmountUnit = AmountUnit.Yuan };
        Assert.Equal(27_350m, Compute(decisions, settings: yuan).Table("penalty")["amount"]);
        Assert.Equal("元", Compute(decisions, settings: yuan).AmountUnit);
        Assert.Equal(0.01m, s_settings.InUnit(50m));
        Assert.Equal(0.00m, s_settings.InUnit(49.99m));
    }

    [Fact]
    public void A_held_power_unused_shows_zeros_and_a_power_not_held_says_so()
    {
        var f = Compute([], powers: new HashSet<EnforcementCategory> { EnforcementCategory.Penalty });

        Assert.True(f.Table("penalty").Held);
        Assert.All(f.Table("penalty").Rows, r => Assert.Equal(0, r.Value));
        Assert.False(f.Table("licensing").Held);
        Assert.Empty(f.Table("licensing").Rows);
        Assert.Contains(f.Tables, t => t.Key == "officers" && t.Held); // the portal's own systems apply to every agency

        // A decision of a kind the matter list no longer holds still shows the power.
        Assert.True(Compute([D(EnforcementCategory.Levy, "2025-05-05", levy: 8_000m)]).Table("levy").Held);
    }

    [Fact]
    public void Decisions_count_in_the_year_they_were_made_withdrawn_and_not_disclosed_included_drafts_and_other_years_not()
    {
        List<DecisionFact> decisions =
        [
            D(EnforcementCategory.Penalty, "2025-01-01", kinds: PenaltyKinds.Warning),
            D(EnforcementCategory.Penalty, "2025-06-01", DecisionState.Withdrawn, PenaltyKinds.Fine, fine: 100m, withdrawal: WithdrawalReason.Revoked, revokedOn: "2026-02-01"),
            D(EnforcementCategory.Penalty, "2025-12-31", DecisionState.NotDisclosed, PenaltyKinds.Fine, fine: 100m),
            D(EnforcementCategory.Penalty, "2025-12-30", DecisionState.Decided, PenaltyKinds.Fine, fine: 100m),
            D(EnforcementCategory.Penalty, "2025-07-01", DecisionState.Draft, PenaltyKinds.Fine, fine: 100m),
            D(EnforcementCategory.Penalty, "2024-12-31", kinds: PenaltyKinds.Fine, fine: 100m),
        ];
        var f = Compute(decisions);

        Assert.Equal(4, f.Table("penalty")["total"]);
        Assert.Equal(new Reconciliation(EnforcementCategory.Penalty, 4, 1, 1, 1, 1), Assert.Single(f.Reconciliations));
        Assert.Equal([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 2], f.DecisionsPerMonth);
    }

    [Fact]
    public void Licensing_counts_applications_acceptances_grants_refusals_and_revocations_in_the_year_of_the_revoking_act()
    {
        List<CaseFact> cases =
        [
            new(EnforcementCategory.Licensing, new(2024, 12, 20), new(2025, 1, 3), new(2025, 2, 1), false, false),
            new(EnforcementCategory.Licensing, new(2025, 3, 1), new(2025, 3, 2), null, false, false),
            new(EnforcementCategory.Licensing, new(2025, 12, 28), null, null, false, false),
            new(EnforcementCategory.Penalty, new(2025, 3, 1), null, null, false, false),
        ];
        List<DecisionFact> decisions =
        [
            D(EnforcementCategory.Licensing, "2025-01-20", outcome: LicenceOutcome.Granted),
            D(EnforcementCategory.Licensing, "2025-03-20", outcome: LicenceOutcome.Renewed),
            D(EnforcementCategory.Licensing, "2025-04-20", outcome: LicenceOutcome.Changed, hasCase: false),
            D(EnforcementCategory.Licensing, "2025-05-20", outcome: LicenceOutcome.Refused),
            D(EnforcementCategory.Licensing, "2023-05-20", DecisionState.Withdrawn, withdrawal: WithdrawalReason.Revoked, revokedOn: "2025-08-01"),
            D(EnforcementCategory.Licensing, "2025-06-20", DecisionState.Withdrawn, withdrawal: WithdrawalReason.Changed, revokedOn: "2025-08-01"),
        ];
        var t = Compute(decisions, cases: cases).Table("licensing");

        Assert.Equal(3, t["applications"]); // two cases opened in 2025, one decision without a case
        Assert.Equal(3, t["accepted"]);
        Assert.Equal(4, t["granted"]); // granted, renewed, changed, and the changed-then-withdrawn one
        Assert.Equal(1, t["refused"]);
        Assert.Equal(1, t["revoked"]);
    }

    [Fact]
    public void Certificate_share_is_officers_valid_on_31_december_over_all_officers_to_one_decimal()
    {
        var t = Compute([], officers: [new(1, true), new(2, true), new(3, false)]).Table("officers");

        Assert.Equal(3, t["officers"]);
        Assert.Equal(2, t["certified"]);
        Assert.Equal(66.7m, t["rate"]);
        Assert.Equal(0, Compute([]).Table("officers")["rate"]);
    }

    [Fact]
    public void Mitigated_not_punished_coercion_levy_inspections_cases_and_challenges_each_count_by_their_rule()
    {
        List<DecisionFact> decisions =
        [
            D(EnforcementCategory.Penalty, "2025-01-01", discretion: PenaltyDiscretion.NotPunished),
            D(EnforcementCategory.Penalty, "2025-01-02", kinds: PenaltyKinds.Fine, fine: 500m, discretion: PenaltyDiscretion.Mitigated),
            D(EnforcementCategory.Coercion, "2025-02-01", coercion: CoercionKinds.Sealing | CoercionKinds.Seizure),
            D(EnforcementCategory.Coercion, "2025-02-02", coercion: CoercionKinds.Substitution | CoercionKinds.CourtApplication),
            D(EnforcementCategory.Requisition, "2025-03-01", levy: 25_000m),
            D(EnforcementCategory.Inspection, "2025-04-01", result: InspectionResult.NoProblem),
            D(EnforcementCategory.Inspection, "2025-04-02", result: InspectionResult.NotFound),
        ];
        var f = Compute(decisions,
            cases: [new(EnforcementCategory.Penalty, new(2025, 1, 1), null, new(2025, 3, 1), true, false), new(EnforcementCategory.Penalty, new(2024, 5, 1), null, new(2024, 9, 1), true, true)],
            challenges: [new(ChallengeKind.Reconsideration, new(2025, 2, 1), ChallengeOutcome.Revoked, new(2025, 4, 1)),
                new(ChallengeKind.Reconsideration, new(2024, 12, 1), ChallengeOutcome.Upheld, new(2025, 1, 5)),
                new(ChallengeKind.Litigation, new(2024, 6, 1), ChallengeOutcome.ConfirmedIllegal, new(2025, 6, 1))]);

        var penalty = f.Table("penalty");
        Assert.Equal((1m, 1m, 1m), (penalty["not-punished"], penalty["mitigated"], penalty["total"])); // 不予处罚 imposes no kind
        var coercion = f.Table("coercion");
        Assert.Equal((1m, 1m, 0m, 1m, 1m), (coercion[$"measure.{CoercionKinds.Sealing}"], coercion[$"measure.{CoercionKinds.Seizure}"],
            coercion[$"measure.{CoercionKinds.Freezing}"], coercion[$"execution.{CoercionKinds.Substitution}"], coercion["court"]));
        Assert.Equal((1m, 2.5m), (f.Table("requisition")["count"], f.Table("requisition")["amount"]));
        Assert.Equal((1m, 2m), (f.Table("inspection")["inspections"], f.Table("inspection")["random"]));
        Assert.Equal((1m, 1m, 1m, 0m), (f.Table("cases")["opened"], f.Table("cases")["closed"], f.Table("cases")["av-gap"], f.Table("cases")["av-exception"]));
        var challenges = f.Table("challenges");
        Assert.Equal((1m, 1m, 0m, 1m), (challenges["reconsidered"], challenges["corrected"], challenges["sued"], challenges["lost"]));
    }

    [Fact]
    public void The_district_sum_adds_rows_and_recomputes_the_certificate_share()
    {
        var a = Compute([D(EnforcementCategory.Penalty, "2025-01-01", kinds: PenaltyKinds.Fine, fine: 10_000m)], officers: [new(1, true)]);
        var b = Compute([D(EnforcementCategory.Licensing, "2025-01-01")], officers: [new(2, false), new(3, false), new(4, true)]);
        var sum = AnnualFigures.Sum(2025, "万元", [a, b]);

        Assert.Equal(1, sum.Table("penalty")["total"]);
        Assert.True(sum.Table("licensing").Held);
        Assert.Equal(1, sum.Table("licensing")["granted"]);
        Assert.Equal(50.0m, sum.Table("officers")["rate"]);
        Assert.Equal(2, sum.DecisionsPerMonth[0]);
    }

    [Fact]
    public void The_report_is_due_on_10_january_rolled_to_the_next_working_day()
    {
        var policy = new DeadlinePolicy();
        Assert.Equal(new DateOnly(2026, 1, 12), AnnualReport.Due(2025, policy, DecisionTestData.Calendar)); // 10 January 2026 is a Saturday
        Assert.Equal(new DateOnly(2025, 1, 10), AnnualReport.Due(2024, policy, DecisionTestData.Calendar));
    }
}
