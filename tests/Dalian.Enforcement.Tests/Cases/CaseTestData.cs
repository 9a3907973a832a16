using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Domain.Reviews;
using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Cases;

/// <summary>Cases for the domain tests: the default procedures, officers with certificates valid 2020–2030.</summary>
public static class CaseTestData
{
    public static CasePolicy Rules { get; } = CasePolicy.Default();

    public static CaseProcedure Penalty => Rules.Procedure(EnforcementCategory.Penalty)!;

    public static Officer Officer(string name, string until = "2030-12-31")
    {
        var officer = new Officer { Name = name, AgencyId = 1, Position = "水政监察员" };
        Assert.Null(officer.AddCertificate(new Certificate
        {
            Number = $"2111{Math.Abs(name.GetHashCode(StringComparison.Ordinal)) % 10_000_000:D7}",
            Category = "水利",
            Region = "盘锦市大洼区",
            IssuedOn = D("2020-01-01"),
            ValidUntil = D(until),
        }));
        return officer;
    }

    public static Officer[] Two { get; } = [Officer("张晓明"), Officer("王立")];

    public static EnforcementCase New(EnforcementCategory category = EnforcementCategory.Penalty, string discovered = "2025-07-01")
    {
        var c = new EnforcementCase
        {
            AgencyId = 1,
            Number = "大洼水立〔2025〕1号",
            Year = 2025,
            Sequence = 1,
            MatterId = 7,
            Category = category,
            Source = CaseSource.Inspection,
            PartyKind = PartyKind.Organisation,
            PartyName = "盘锦某某砂石有限公司",
            CreditCode = "912102000139624590",
            DiscoveredOn = D(discovered),
        };
        c.SetOfficers(Two, D(discovered));
        return c;
    }

    public static DateTime At(string date, int hour = 9) => D(date).ToDateTime(new TimeOnly(hour, 0));

    /// <summary>The stage entered as staff would, on <paramref name="date"/>, recorded the same day.</summary>
    public static StageInput Done(string code, string date, int hour = 9) => new()
    {
        Code = code,
        OccurredAt = At(date, hour),
        Place = "大洼区某河段",
        Present = Two,
        DocumentNumber = $"大洼水{code}〔2025〕1号",
        DocumentDate = D(date),
    };

    /// <summary>A draft decision that is not major: what skipping the legal-review stage needs.</summary>
    public static MajorClassification NotMajor { get; } = new(null, [], null, "");

    public static StageContext On(string date, AvLevel av = AvLevel.NotNeeded, DateOnly? decided = null, MajorClassification? major = null) =>
        new(At(date, 18), At(date, 10), "water.staff", av, Rules.BackdateGraceDays, decided, decided is null ? "" : "大洼水罚〔2025〕9号", major ?? NotMajor);

    /// <summary>Takes the stages in order up to (not including) <paramref name="stop"/>, skipping the optional and conditional ones.</summary>
    public static EnforcementCase Through(EnforcementCase c, string stop, string date)
    {
        var procedure = Rules.Procedure(c.Category)!;
        while (c.CurrentStage(procedure) is { } stage && stage.Code != stop)
        {
            if (stage.RecordRequired && stage.Requirement == StageRequirement.Required)
            {
                Assert.Empty(c.AddRecord(procedure, Written(stage.Code, date), null, At(date, 18)));
            }

            var input = stage.Requirement == StageRequirement.Required ? Done(stage.Code, date) : new StageInput { Code = stage.Code, Skip = true, SkipReason = "不适用" };
            Assert.Empty(c.Take(procedure, input, On(date, decided: stage.Decides ? D(date) : null)));
        }

        return c;
    }

    public static CaseRecord Written(string stage, string date) => new()
    {
        StageCode = stage,
        Kind = RecordKind.Written,
        Title = "现场笔录",
        Text = "执法人员出示执法证件，现场检查情况如下。",
        Sha256 = new string('b', 64),
        RecordedAtUtc = At(date, 2),
        RecordedBy = "water.staff",
    };

    public static CaseRecord Video(string stage, string start = "2025-07-02", RecordKind kind = RecordKind.Video, DateTime? end = null, string platform = "区执法记录仪管理平台",
        string fileId = "DW-2025-0001", string sha256 = "", long size = 1024, string device = "DSJ-01", RetentionClass retention = RetentionClass.WithCase,
        int? months = null) => new()
        {
            StageCode = stage,
            Kind = kind,
            Title = "执法记录仪视频",
            Sha256 = sha256.Length > 0 ? sha256 : new string('a', 64),
            Platform = platform,
            PlatformFileId = fileId,
            Size = size,
            DeviceId = device,
            StartedAt = At(start, 9),
            EndedAt = end ?? At(start, 10),
            Retention = retention,
            RetentionMonths = months,
            RecordedAtUtc = At(start, 2),
            RecordedBy = "water.staff",
        };
}
