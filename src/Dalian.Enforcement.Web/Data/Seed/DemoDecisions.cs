using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Transparency;
using Dalian.Enforcement.Web.Features.Calendar;
using Dalian.Enforcement.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>
/// About 300 demo decisions, from 2019 to today, of the demo agencies that have published matters, in every
/// state. The dates are drawn first (a working day after the agency was established, with two officers whose
/// certificates are valid that day), then every record goes through the real lifecycle on the official
/// calendar, so deadlines and lateness are what the portal computes. Deterministic for a given today.
/// </summary>
internal sealed partial class DemoDecisions
{
    public const int Target = 300;

    private static readonly DateOnly s_firstDay = new(2019, 1, 1);

    private readonly Random _random = new(20190101);
    private readonly List<Case> _cases = [];
    private readonly Dictionary<int, Period> _periods = [];
    private readonly WorkingDayCalendar _calendar;
    private readonly DeadlinePolicy _policy;
    private readonly DateOnly _today;
    private readonly DateTime _nowUtc;
    private readonly IReadOnlyDictionary<string, int> _agencyIds;

    private DemoDecisions(WorkingDayCalendar calendar, DeadlinePolicy policy, DateOnly today, DateTime nowUtc, IReadOnlyDictionary<string, int> agencyIds) =>
        (_calendar, _policy, _today, _nowUtc, _agencyIds) = (calendar, policy, today, nowUtc, agencyIds);

    /// <summary>Seeds the decisions unless the demo agencies have some already; returns how many were added.</summary>
    public static async Task<int> SeedAsync(PortalDbContext db, DeadlinePolicy policy, DateOnly today, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var names = DemoRegisters.Subjects.Select(s => s.Subject.Name).ToList();
        var agencies = await db.Agencies.AsNoTracking().Where(a => names.Contains(a.Name)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var ids = agencies.Select(a => a.Id).ToList();
        if (await db.Decisions.AnyAsync(d => ids.Contains(d.AgencyId), cancellationToken))
        {
            return 0;
        }

        var matters = (await db.Matters.AsNoTracking().Where(m => m.Active && ids.Contains(m.AgencyId)).OrderBy(m => m.Code).ToListAsync(cancellationToken))
            .Where(m => DemoDecisionContent.Knows(m.Code)).ToList();
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => ids.Contains(o.AgencyId)).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var seeder = new DemoDecisions(await CalendarCache.LoadAsync(db, cancellationToken), policy, today, nowUtc, agencies.ToDictionary(a => a.Name, a => a.Id));

        var deciding = agencies.Where(a => matters.Any(m => m.AgencyId == a.Id)).ToList();
        foreach (var agency in deciding)
        {
            // The agency's own officers and those of its parent and units (an entrusted unit acts in the agency's name).
            var related = agencies.Where(a => a.Id == agency.Id || a.Id == agency.ParentId || a.ParentId == agency.Id).Select(a => a.Id).ToHashSet();
            var subject = new Subject(agency, Prefix(agency.Name), [.. matters.Where(m => m.AgencyId == agency.Id)],
                [.. officers.Where(o => related.Contains(o.AgencyId))]);
            seeder.Plan(subject, Target / deciding.Count);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decisions = seeder.Build();
        foreach (var batch in decisions.Chunk(100))
        {
            db.Decisions.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }

        // A withdrawal names its replacement by id, so it follows the first save.
        seeder.Withdraw();
        await db.SaveChangesAsync(cancellationToken);
        await seeder.LogAsync(db, [.. decisions.Select(d => d.Id)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return decisions.Count;
    }

    private static string Prefix(string agency) => agency switch
    {
        DemoRegisters.Water => "大洼水",
        DemoRegisters.Market => "大洼市监",
        _ => "大洼",
    };

    private static string Kind(EnforcementCategory category) => category switch
    {
        EnforcementCategory.Penalty => "罚",
        EnforcementCategory.Licensing => "许",
        EnforcementCategory.Inspection => "检",
        EnforcementCategory.Coercion => "强",
        EnforcementCategory.Levy => "征",
        _ => "决",
    };

    /// <summary>Numbers the cases per agency, kind and year in date order, and takes each through its lifecycle.</summary>
    private List<Decision> Build()
    {
        var counters = new Dictionary<(int, string, int), int>();
        var ordered = _cases.Select((c, i) => (Case: c, Index: i)).OrderBy(x => x.Case.Date).ThenBy(x => x.Index).Select(x => x.Case).ToList();
        foreach (var c in ordered)
        {
            var kind = Kind(c.Matter.Category);
            var key = (c.Subject.Agency.Id, kind, c.Date.Year);
            var serial = counters[key] = counters.GetValueOrDefault(key) + 1;
            c.Decision = Create(c, $"{c.Subject.Prefix}{kind}〔{c.Date.Year}〕{serial}号", serial);
        }

        return [.. ordered.Select(c => c.Decision!)];
    }

    private Decision Create(Case c, string number, int serial)
    {
        var d = new Decision
        {
            AgencyId = c.Subject.Agency.Id,
            CreatedAtUtc = At(c.Date),
            CreatedBy = DemoSeeder.SeedUser,
            UpdatedBy = DemoSeeder.SeedUser,
        };
        var content = new DecisionContent { MatterId = c.Matter.Id, Category = c.Matter.Category, DecisionDate = c.Date, DocumentNumber = number };
        if (c.Original?.Decision is { } original)
        {
            DemoDecisionContent.Replace(content, original, c.Original.Withdrawal!.Reason);
        }
        else
        {
            var party = c.Hidden switch
            {
                NonDisclosureReason.Minor => DemoParties.Minor(c.Date, _random),
                NonDisclosureReason.PersonalPrivacy => DemoParties.Person(_random),
                _ => DemoDecisionContent.PartyFor(c.Matter.Code, _random),
            };
            DemoDecisionContent.Fill(content, c.Matter.Code, c.Matter.Content().LegalBasis, party, serial, _random);
        }

        if (c.Hidden == NonDisclosureReason.Minor)
        {
            content.InvolvesMinor = true;
            content.Remarks = "当事人违法时已满十四周岁不满十八周岁，依法从轻处罚（《中华人民共和国行政处罚法》第三十条）。";
        }

        Check(d, d.Correct(content, _today));
        d.SetOfficers(c.Officers);
        d.RefreshPublicName(maskNaturalPersons: true);
        Lifecycle(c, d);
        d.UpdatedAtUtc = At(c.PublishOn ?? c.Date);
        return d;
    }

    private void Lifecycle(Case c, Decision d)
    {
        if (c.Outcome != Outcome.Draft)
        {
            Check(d, d.Decide(c.Date, PeriodOf(c.Matter), _calendar));
        }

        switch (c.Outcome)
        {
            case Outcome.OnTime or Outcome.Late or Outcome.Withdrawn or Outcome.Replacement:
                Check(d, d.Publish(c.PublishOn!.Value, c.Outcome == Outcome.Late ? Pick(s_latenessReasons) : null, _calendar));
                break;
            case Outcome.NotDisclosed:
                Check(d, d.NotDisclose(c.Hidden!.Value, Approver, c.PublishOn!.Value, c.HiddenNote, c.PublishOn.Value));
                break;
            case Outcome.Overdue:
                d.PublicationDeadline!.Overdue = d.PublicationDeadline.IsOverdueOn(_today);
                break;
        }

        var expected = c.Outcome switch
        {
            Outcome.Draft => d.State == DecisionState.Draft,
            Outcome.Pending => d.State == DecisionState.Decided && !d.PublicationDeadline!.IsOverdueOn(_today),
            Outcome.Overdue => d.State == DecisionState.Decided && d.PublicationDeadline!.Overdue,
            Outcome.Late => d.State == DecisionState.Published && d.WorkingDaysLate > 0,
            Outcome.NotDisclosed => d.State == DecisionState.NotDisclosed,
            _ => d.State == DecisionState.Published && d.WorkingDaysLate == 0,
        };
        Check(d, expected ? null : $"planned as {c.Outcome} but ended {d.State}");
    }

    private void Withdraw()
    {
        foreach (var c in _cases.Where(c => c.Withdrawal is not null))
        {
            var (d, w) = (c.Decision!, c.Withdrawal!);
            Check(d, d.Withdraw(w.Reason, w.Note, w.RevokingAct, w.Replacement?.Decision, null, w.On, _policy.Withdrawal, _calendar));
            d.UpdatedAtUtc = At(w.On);
        }
    }

    /// <summary>
    /// The demo's history enters the transparency log as the real acts would have, in date order: each
    /// publication with the content it showed, each withdrawal with its notice, each non-disclosure.
    /// </summary>
    private async Task LogAsync(PortalDbContext db, List<long> ids, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var decisions = await DecisionSearch.ForDisclosure(db.Decisions.AsNoTracking())
            .Where(d => ids.Contains(d.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        var acts = decisions.SelectMany(d => new (DateOnly? On, string Act, byte[]? Content, Decision D)[]
            {
                (d.PublishedOn, LogActs.Published, DecisionDisclosure.ContentBytes(d), d),
                (d.WithdrawnOn, LogActs.Withdrawn, DecisionDisclosure.WithdrawalBytes(d), d),
                (d.State == DecisionState.NotDisclosed ? d.NonDisclosureApprovedOn : null, LogActs.NotDisclosed, null, d),
            })
            .Where(a => a.On is not null).OrderBy(a => a.On).ThenBy(a => a.D.Id).ToList();
        foreach (var (on, act, content, d) in acts)
        {
            DecisionActs.LogPublicAct(db, d, act, content, (At(on!.Value), on.Value));
        }

        db.Audit.Act("demo.seed", $"演示数据：{acts.Count}项公开行为记入透明日志");
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Check(Decision d, string? refusal)
    {
        if (refusal is not null)
        {
            throw new InvalidOperationException($"Demo decision {d.DocumentNumber} is invalid: {refusal}");
        }
    }

    /// <summary>Office hours in Asia/Shanghai (09:00–17:00 is 01:00–09:00 UTC), never after now.</summary>
    private DateTime At(DateOnly day)
    {
        var at = day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc).AddMinutes(_random.Next(480));
        return at < _nowUtc ? at : _nowUtc;
    }
}
