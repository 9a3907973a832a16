using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Officers;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>持证上岗 and the two-officer rule on the decision date (行政处罚法 art. 42).</summary>
public sealed class DecisionOfficerTests
{
    private static readonly DateOnly s_decided = D("2024-02-08");

    private static Officer NewOfficer(string name, string issued = "2022-01-01", string until = "2026-12-31", string? suspendedFrom = null)
    {
        var officer = new Officer { Name = name, AgencyId = 1, Position = "水政监察员" };
        var certificate = new Certificate { Number = "21110400001", Category = "水利", Region = "大连市", IssuedOn = D(issued), ValidUntil = D(until) };
        Assert.Null(officer.AddCertificate(certificate));
        if (suspendedFrom is not null)
        {
            Assert.Null(certificate.ChangeStatus(CertificateStatus.Suspended, D(suspendedFrom), "暂扣", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), "auditor"));
        }

        return officer;
    }

    [Fact]
    public void Two_officers_with_valid_certificates_may_decide() =>
        Assert.Empty(Decision.OfficerProblems([NewOfficer("李雷"), NewOfficer("韩梅梅")], s_decided));

    [Fact]
    public void Certificates_issued_or_expiring_on_the_decision_date_are_valid_that_day() =>
        Assert.Empty(Decision.OfficerProblems([NewOfficer("李雷", issued: "2024-02-08"), NewOfficer("韩梅梅", until: "2024-02-08")], s_decided));

    [Fact]
    public void A_suspension_that_takes_effect_after_the_decision_date_does_not_count() =>
        Assert.Empty(Decision.OfficerProblems([NewOfficer("李雷"), NewOfficer("韩梅梅", suspendedFrom: "2024-02-09")], s_decided));

    [Fact]
    public void Fewer_than_two_officers_are_refused()
    {
        Assert.Contains("至少需要两名", Assert.Single(Decision.OfficerProblems([NewOfficer("李雷")], s_decided)));
        Assert.Contains("至少需要两名", Assert.Single(Decision.OfficerProblems([], s_decided)));
    }

    [Fact]
    public void The_same_officer_twice_is_one_officer()
    {
        var officer = NewOfficer("李雷");
        Assert.Contains("至少需要两名", Assert.Single(Decision.OfficerProblems([officer, officer], s_decided)));

        // The same saved record loaded twice, and two different people who are not saved yet.
        Assert.Contains("至少需要两名", Assert.Single(Decision.OfficerProblems([WithId(NewOfficer("李雷"), 7), WithId(NewOfficer("李雷"), 7)], s_decided)));
        Assert.Empty(Decision.OfficerProblems([WithId(NewOfficer("李雷"), 7), WithId(NewOfficer("韩梅梅"), 8)], s_decided));
        Assert.Empty(Decision.OfficerProblems([NewOfficer("李雷"), NewOfficer("韩梅梅")], s_decided));

        static Officer WithId(Officer officer, int id)
        {
            typeof(Officer).GetProperty(nameof(Officer.Id))!.SetValue(officer, id);
            return officer;
        }
    }

    [Theory]
    [InlineData("2020-01-01", "2024-02-07", null)] // expired the day before
    [InlineData("2022-01-01", "2026-12-31", "2024-02-08")] // suspended from the decision date
    [InlineData("2022-01-01", "2026-12-31", "2023-06-01")] // suspended earlier and never restored
    [InlineData("2024-02-09", "2029-02-08", null)] // not yet issued
    public void An_officer_without_a_valid_certificate_on_the_decision_date_is_named(string issued, string until, string? suspendedFrom)
    {
        var problems = Decision.OfficerProblems([NewOfficer("李雷"), NewOfficer("王芳", issued, until, suspendedFrom)], s_decided);

        var problem = Assert.Single(problems);
        Assert.Contains("王芳", problem);
        Assert.Contains("2024-02-08", problem);
        Assert.DoesNotContain("李雷", problem);
    }

    [Fact]
    public void An_officer_with_no_certificate_at_all_is_named_and_each_problem_is_listed()
    {
        var uncertified = new Officer { Name = "赵六", AgencyId = 1, Position = "协管员" };

        var problems = Decision.OfficerProblems([uncertified, NewOfficer("王芳", until: "2023-12-31"), NewOfficer("李雷")], s_decided);

        Assert.Equal(2, problems.Count);
        Assert.Contains("赵六", problems[0]);
        Assert.Contains("王芳", problems[1]);
        Assert.DoesNotContain(problems, p => p.Contains("李雷", StringComparison.Ordinal));
    }
}
