using System.Globalization;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;

namespace Dalian.Enforcement.Tests.Support;

/// <summary>Decisions in each state on the official calendar, for the domain tests. Each call makes a new record.</summary>
public static class DecisionTestData
{
    public static WorkingDayCalendar Calendar { get; } = new(OfficialArrangements.Load(), OfficialArrangements.Years);

    public static DeadlinePolicy Policy { get; } = new();

    public static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A clean penalty decision on an organisation: no personal data in any published item.</summary>
    public static Decision Draft(string decisionDate = "2024-02-08", EnforcementCategory category = EnforcementCategory.Penalty, int agencyId = 1)
    {
        var decision = new Decision { AgencyId = agencyId };
        Assert.Null(decision.Correct(new DecisionContent
        {
            Category = category,
            PartyKind = PartyKind.Organisation,
            PartyName = "大连某某水产有限公司",
            CreditCode = "912102000139624590",
            LegalRepresentative = "王五",
            DocumentName = "行政处罚决定书",
            DocumentNumber = "大洼水罚〔2024〕12号",
            DecisionDate = D(decisionDate),
            ViolationType = "未经批准擅自取水",
            Facts = "当事人于2024年1月5日至2024年1月20日未经批准擅自取水约3000立方米。",
            LegalBasis = "《中华人民共和国水法》第六十九条第一项",
            PenaltyKinds = PenaltyKinds.Fine,
            Content = "罚款人民币20000元",
            FineAmount = 20000m,
        }, Today));
        return decision;
    }

    /// <summary>The day the domain tests are run "on": after every date they use.</summary>
    public static DateOnly Today { get; } = new(2026, 12, 2);

    /// <summary>Corrects the decision's content through the domain, as staff would; the correction must be allowed.</summary>
    public static Decision Changed(this Decision decision, Action<DecisionContent> change)
    {
        var content = decision.Recorded;
        change(content);
        Assert.Null(decision.Correct(content, Today));
        return decision;
    }

    /// <summary>Decided on its decision date, with the policy's period for its category.</summary>
    public static Decision Decided(string decisionDate = "2024-02-08", EnforcementCategory category = EnforcementCategory.Penalty, int agencyId = 1)
    {
        var decision = Draft(decisionDate, category, agencyId);
        Assert.Null(decision.Decide(decision.DecisionDate, Policy.PublicationPeriod(category), Calendar));
        return decision;
    }

    /// <summary>Published on <paramref name="publishedOn"/> (default: its decision date, so on time).</summary>
    public static Decision Published(string decisionDate = "2024-02-08", string? publishedOn = null, int agencyId = 1)
    {
        var decision = Decided(decisionDate, agencyId: agencyId);
        Assert.Null(decision.Publish(publishedOn is null ? decision.DecisionDate : D(publishedOn), null, Calendar));
        return decision;
    }

    public static Decision NotDisclosed(string decisionDate = "2024-02-08")
    {
        var decision = Decided(decisionDate);
        Assert.Null(decision.NotDisclose(NonDisclosureReason.CommercialSecret, "李局长", decision.DecisionDate, "", decision.DecisionDate));
        return decision;
    }

    public static Decision Withdrawn(string decisionDate = "2024-02-08")
    {
        var decision = Published(decisionDate);
        Assert.Null(decision.Withdraw(WithdrawalReason.Revoked, "复议机关撤销", decision.DecisionDate, null, null,
            decision.DecisionDate, Policy.Withdrawal, Calendar));
        return decision;
    }

    public static Decision InState(DecisionState state) => state switch
    {
        DecisionState.Draft => Draft(),
        DecisionState.Decided => Decided(),
        DecisionState.Published => Published(),
        DecisionState.NotDisclosed => NotDisclosed(),
        _ => Withdrawn(),
    };

    /// <summary>Gives a record the key the database would, as a replacement is always a saved decision.</summary>
    public static Decision WithId(this Decision decision, long id)
    {
        typeof(Decision).GetProperty(nameof(Decision.Id))!.SetValue(decision, id);
        return decision;
    }
}
