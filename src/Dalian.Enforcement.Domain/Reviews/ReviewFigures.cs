using Dalian.Enforcement.Domain.Calendar;

namespace Dalian.Enforcement.Domain.Reviews;

/// <summary>
/// One agency's legal-review figures for a year, counted from its rounds: a round counts in the year it was concluded (an open round
/// in the year it was submitted). Cases reviewed are those with a round concluded in the year; agreed at the first round, those
/// whose round 1 agreed; review days are working days from complete materials to the opinion. See docs/rules.md.
/// </summary>
public sealed record ReviewFigures(int AgencyId, int Year, int MajorDecisions, int CasesReviewed, int Rounds, int AgreedFirstRound, int Returned,
    int NotAgreed, int Agreed, int OnTime, int Open, int Overdue, double? MedianDays)
{
    public static IReadOnlyList<ReviewFigures> Of(IEnumerable<LegalReview> rounds, IReadOnlyDictionary<int, int> majorDecisions, int year,
        WorkingDayCalendar calendar, DateOnly today)
    {
        return [.. rounds.GroupBy(r => r.AgencyId).Select(g =>
        {
            var concluded = g.Where(r => r.ConcludedOn?.Year == year).ToList();
            var open = g.Where(r => r.IsOpen && r.SubmittedOn.Year == year).ToList();
            var days = concluded.Select(r => (double)calendar.WorkingDaysBetween(r.Deadline!.Start, r.ConcludedOn!.Value)).Order().ToList();
            return new ReviewFigures(g.Key, year, majorDecisions.GetValueOrDefault(g.Key), concluded.Select(r => r.CaseId).Distinct().Count(), concluded.Count,
                concluded.Count(r => r.Round == 1 && r.State == ReviewState.Agreed), concluded.Count(r => r.State == ReviewState.Returned),
                concluded.Count(r => r.State == ReviewState.Disagreed), concluded.Count(r => r.State == ReviewState.Agreed), concluded.Count(r => r.OnTime),
                open.Count, open.Count(r => r.IsOverdueOn(today)), Median(days));
        })];
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
