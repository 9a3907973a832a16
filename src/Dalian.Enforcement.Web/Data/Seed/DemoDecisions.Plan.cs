using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>The plan: which decisions the demo has, in which state, on which days, with which officers.</summary>
internal sealed partial class DemoDecisions
{
    private void Plan(Subject s, int count)
    {
        var start = _cases.Count;
        foreach (var (outcome, times) in s_counts)
        {
            for (var i = 0; i < times; i++)
            {
                PlanOrdinary(s, outcome);
            }
        }

        foreach (var (reason, category, code, note) in s_hidden)
        {
            PlanHidden(s, reason, s.Matters.FirstOrDefault(m => m.Code == code) ?? PickMatter(s, category, persons: category == EnforcementCategory.Penalty), note);
        }

        foreach (var (category, reason, replaced, note) in s_withdrawals)
        {
            PlanWithdrawn(s, category, reason, replaced, note);
        }

        while (_cases.Count - start < count)
        {
            PlanOrdinary(s, Outcome.OnTime);
        }
    }

    private void PlanOrdinary(Subject s, Outcome outcome)
    {
        var (from, to) = outcome switch
        {
            Outcome.Draft => (WorkingDaysAgo(2), _today),
            Outcome.Pending => (WorkingDaysAgo(4), WorkingDaysAgo(1)),
            Outcome.Overdue => (WorkingDaysAgo(45), WorkingDaysAgo(25)),
            Outcome.Late => (s_firstDay, _today.AddDays(-60)),
            _ => (s_firstDay, _today.AddDays(-7)),
        };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (PickMatter(s, null, false) is not { } matter || Draw(s, matter, from, to) is not { } drawn)
            {
                continue;
            }

            var due = PeriodOf(matter).EndsAfter(drawn.Day, _calendar).Due;
            DateOnly? publishOn = outcome switch
            {
                Outcome.OnTime => Min(_calendar.AddWorkingDays(drawn.Day, 1 + _random.Next(5)).Due, due),
                Outcome.Late => _calendar.AddWorkingDays(due, 1 + _random.Next(12)).Due,
                _ => null,
            };
            if (publishOn <= _today || publishOn is null)
            {
                _cases.Add(new Case { Subject = s, Outcome = outcome, Matter = matter, Date = drawn.Day, Officers = drawn.Officers, PublishOn = publishOn });
                return;
            }
        }

        throw new InvalidOperationException($"No demo date for a {outcome} decision of {s.Agency.Name}.");
    }

    private void PlanHidden(Subject s, NonDisclosureReason reason, Matter? matter, string note)
    {
        if (matter is not null && Draw(s, matter, s_firstDay, _today.AddDays(-30)) is { } drawn)
        {
            var approvedOn = _calendar.AddWorkingDays(drawn.Day, 1 + _random.Next(3)).Due;
            _cases.Add(new Case { Subject = s, Outcome = Outcome.NotDisclosed, Matter = matter, Date = drawn.Day, Officers = drawn.Officers, PublishOn = approvedOn, Hidden = reason, HiddenNote = note });
        }
    }

    /// <summary>Published on time, revoked one to four months later, withdrawn within the 3 working days; a replacement is made on the day of the revoking act.</summary>
    private void PlanWithdrawn(Subject s, EnforcementCategory category, WithdrawalReason reason, bool replaced, string note)
    {
        for (var attempt = 0; attempt < 100 && PickMatter(s, category, false) is { } matter; attempt++)
        {
            if (Draw(s, matter, s_firstDay, _today.AddDays(-150)) is not { } drawn)
            {
                continue;
            }

            var publishOn = Min(_calendar.AddWorkingDays(drawn.Day, 1 + _random.Next(5)).Due, PeriodOf(matter).EndsAfter(drawn.Day, _calendar).Due);
            if (Draw(s, matter, publishOn.AddDays(20), Min(publishOn.AddDays(120), _today.AddDays(-10))) is not { } act)
            {
                continue;
            }

            var withdrawnOn = _calendar.AddWorkingDays(act.Day, 1 + _random.Next(3)).Due;
            var original = new Case { Subject = s, Outcome = Outcome.Withdrawn, Matter = matter, Date = drawn.Day, Officers = drawn.Officers, PublishOn = publishOn };
            var replacement = replaced
                ? new Case { Subject = s, Outcome = Outcome.Replacement, Matter = matter, Date = act.Day, Officers = act.Officers, PublishOn = withdrawnOn, Original = original }
                : null;
            original.Withdrawal = new Withdrawal(reason, note, act.Day, withdrawnOn, replacement);
            _cases.AddRange(replacement is null ? [original] : [original, replacement]);
            return;
        }
    }

    /// <summary>A matter of the category (or of the weighted mix), for a natural person if asked.</summary>
    private Matter? PickMatter(Subject s, EnforcementCategory? category, bool persons)
    {
        category ??= Weighted([.. s_mix.Where(x => s.Matters.Any(m => m.Category == x.Category))], x => x.Weight).Category;
        var candidates = s.Matters.Where(m => m.Category == category && (!persons || DemoDecisionContent.AcceptsPersons(m.Code))).ToList();
        return candidates.Count == 0 ? null : Weighted(candidates, m => DemoDecisionContent.Weight(m.Code));
    }

    private T Weighted<T>(List<T> items, Func<T, int> weight)
    {
        var roll = _random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        throw new InvalidOperationException("A weighted choice needs positive weights.");
    }

    /// <summary>A working day in [from, to] after the agency was established, with two officers valid that day.</summary>
    private (DateOnly Day, IReadOnlyList<DecisionOfficer> Officers)? Draw(Subject s, Matter matter, DateOnly from, DateOnly to)
    {
        from = new[] { from, s_firstDay, DemoDecisionContent.FirstUse(matter.Code), s.Agency.EstablishedOn?.AddDays(1) ?? from }.Max();
        for (var attempt = 0; attempt < 200 && from <= to; attempt++)
        {
            var day = from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));
            if (_calendar.IsWorkingDay(day) && OfficersOn(s, matter, day) is { } officers)
            {
                return (day, officers);
            }
        }

        return null;
    }

    /// <summary>持证上岗 and the two-officer rule: two officers with a certificate valid on the day, from the handling unit when it has two.</summary>
    private DecisionOfficer[]? OfficersOn(Subject s, Matter matter, DateOnly day)
    {
        var valid = s.Pool.Where(o => o.MayEnforceOn(day)).ToList();
        var unit = DemoDecisionContent.HandlingUnit(matter.Code) is { } name && _agencyIds.TryGetValue(name, out var id)
            ? valid.Where(o => o.AgencyId == id).ToList()
            : [];
        var team = unit.Count >= 2 ? unit : valid;
        if (team.Count < 2)
        {
            return null;
        }

        var first = _random.Next(team.Count);
        var second = (first + 1 + _random.Next(team.Count - 1)) % team.Count;
        return [.. new[] { team[first], team[second] }.Select(o => new DecisionOfficer
        {
            OfficerId = o.Id,
            OfficerName = o.Name,
            CertificateNumber = o.Certificates.First(c => c.IsValidOn(day)).Number,
        })];
    }

    private Period PeriodOf(Matter matter)
    {
        if (!_periods.TryGetValue(matter.Id, out var period))
        {
            _periods[matter.Id] = period = _policy.PublicationPeriod(matter.Category, matter.Content().StatutoryPeriod);
        }

        return period;
    }

    private DateOnly WorkingDaysAgo(int days) => _calendar.AddWorkingDays(_today, -days).Due;

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
