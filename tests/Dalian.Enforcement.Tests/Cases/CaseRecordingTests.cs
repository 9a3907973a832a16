using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using static Dalian.Enforcement.Tests.Cases.CaseTestData;

namespace Dalian.Enforcement.Tests.Cases;

public sealed class CaseRecordingTests
{
    /// <summary>A coercion case at 实施 (seizure), its written record (现场笔录) already made.</summary>
    private static EnforcementCase AtSeizure()
    {
        var c = Through(New(EnforcementCategory.Coercion), "implementation", "2025-07-02");
        Assert.Empty(c.AddRecord(Coercion, Written("implementation", "2025-07-02"), null, At("2025-07-02", 18)));
        return c;
    }

    private static CaseProcedure Coercion => Rules.Procedure(EnforcementCategory.Coercion)!;

    [Fact]
    public void A_mandatory_recording_is_missing_so_the_stage_cannot_be_completed()
    {
        var c = AtSeizure();

        var problems = c.Take(Coercion, Done("implementation", "2025-07-02", 10), On("2025-07-02", AvLevel.Mandatory));

        Assert.Equal("AvException", Assert.Single(problems).Field);
        Assert.Contains("须全程音像记录", problems[0].Message);
        Assert.Null(c.Entry("implementation"));
    }

    [Fact]
    public void A_recording_of_the_stage_lets_it_complete_and_a_photo_alone_does_not()
    {
        var c = AtSeizure();
        Assert.Empty(c.AddRecord(Coercion, Video("implementation", kind: RecordKind.Photo, device: ""), Two[0], At("2025-07-02", 18)));
        Assert.NotEmpty(c.Take(Coercion, Done("implementation", "2025-07-02", 10), On("2025-07-02", AvLevel.Mandatory)));

        Assert.Empty(c.AddRecord(Coercion, Video("implementation"), Two[0], At("2025-07-02", 18)));

        Assert.Empty(c.Take(Coercion, Done("implementation", "2025-07-02", 10), On("2025-07-02", AvLevel.Mandatory)));
    }

    [Fact]
    public void An_exception_needs_its_reason_and_approver_and_is_shown_to_auditors()
    {
        var c = AtSeizure();
        var exception = Done("implementation", "2025-07-02", 10) with { AvException = AvExceptionReason.Impossible };

        var incomplete = c.Take(Coercion, exception, On("2025-07-02", AvLevel.Mandatory));
        var complete = c.Take(Coercion, exception with { AvExceptionNote = "执法记录仪进水损坏", AvExceptionApprover = "王建国（reviewer）" }, On("2025-07-02", AvLevel.Mandatory));

        Assert.Equal(["AvExceptionNote", "AvExceptionApprover"], incomplete.Select(p => p.Field));
        Assert.Empty(complete);
        var findings = CaseCompleteness.Check(c, Coercion, code => code == "implementation" ? AvLevel.Mandatory : AvLevel.NotNeeded, []);
        Assert.Empty(findings.MissingRecordings);
        Assert.Equal("实施：客观原因无法记录（执法记录仪进水损坏；审批人 王建国（reviewer））", Assert.Single(findings.Exceptions));
    }

    [Fact]
    public void A_stage_completed_before_its_recording_became_mandatory_is_flagged()
    {
        var c = Through(New(), "report", "2025-07-02"); // investigation taken while the list said "as needed"

        var findings = CaseCompleteness.Check(c, Penalty, code => code == "investigation" ? AvLevel.Mandatory : AvLevel.NotNeeded, []);

        Assert.Equal(["调查取证"], findings.MissingRecordings);
        Assert.False(findings.IsComplete);
        Assert.True(CaseCompleteness.Check(c, Penalty, _ => AvLevel.AsNeeded, []).IsComplete);
    }

    [Fact]
    public void The_agency_list_decides_by_matter_then_agency_wide_then_the_default()
    {
        AvRule[] rules =
        [
            new() { AgencyId = 1, StageCode = "investigation", Level = AvLevel.NotNeeded },
            new() { AgencyId = 1, MatterId = 7, StageCode = "investigation", Level = AvLevel.Mandatory },
        ];

        Assert.Equal(AvLevel.Mandatory, AvRule.LevelFor(rules, 7, "investigation", Rules));
        Assert.Equal(AvLevel.NotNeeded, AvRule.LevelFor(rules, 8, "investigation", Rules));
        Assert.Equal(AvLevel.AsNeeded, AvRule.LevelFor([], 8, "investigation", Rules));
        Assert.Equal(AvLevel.Mandatory, AvRule.LevelFor([], 8, "implementation", Rules));
        Assert.Equal(AvLevel.NotNeeded, AvRule.LevelFor([], 8, "closing", Rules));
    }

    [Fact]
    public void A_recording_says_what_is_wrong_beside_each_field()
    {
        var c = AtSeizure();

        var reversed = c.AddRecord(Coercion, Video("implementation", end: At("2025-07-02", 8)), Two[0], At("2025-07-02", 18));
        var bare = c.AddRecord(Coercion, Video("implementation", platform: "", fileId: "", sha256: "abc", size: 0, device: ""), null, At("2025-07-02", 18));
        var expired = c.AddRecord(Coercion, Video("implementation"), Officer("赵六", until: "2025-06-30"), At("2025-07-02", 18));
        var later = c.AddRecord(Coercion, Video("release"), Two[0], At("2025-07-02", 18));
        var shortKept = c.AddRecord(Coercion, Video("implementation", retention: RetentionClass.Months, months: 3), Two[0], At("2025-07-02", 18));

        Assert.Equal("EndedAt", Assert.Single(reversed).Field);
        Assert.Equal(["RecorderId", "DeviceId", "Platform", "PlatformFileId", "Sha256", "Size"], bare.Select(p => p.Field));
        Assert.Contains("赵六在 2025-07-02 没有有效的执法证", Assert.Single(expired).Message);
        Assert.Contains("只能为当前环节“实施”或已办理的环节添加记录", Assert.Single(later).Message);
        Assert.Contains("不少于 6 个月", Assert.Single(shortKept).Message);
        Assert.DoesNotContain(c.Records, r => r.Kind == RecordKind.Video);
    }

    [Fact]
    public void A_recording_is_a_file_or_a_platform_manifest_never_a_text()
    {
        var c = AtSeizure();

        var typed = c.AddRecord(Coercion, new CaseRecord
        {
            StageCode = "implementation",
            Kind = RecordKind.Video,
            Title = "执法记录仪视频",
            Text = "（无视频）",
            Sha256 = new string('c', 64),
            DeviceId = "DSJ-01",
            StartedAt = At("2025-07-02", 9),
            EndedAt = At("2025-07-02", 10),
            RecordedAtUtc = At("2025-07-02", 2),
            RecordedBy = "water.staff",
        }, Two[0], At("2025-07-02", 18));

        Assert.Contains(typed, p => p.Field == "Text" && p.Message.Contains("不能以文字代替"));
        Assert.Contains(typed, p => p.Field == "Platform");
        Assert.NotEmpty(c.Take(Coercion, Done("implementation", "2025-07-02", 10), On("2025-07-02", AvLevel.Mandatory)));
    }

    [Fact]
    public void A_stage_that_needs_a_record_is_refused_without_one()
    {
        var c = Through(New(), "investigation", "2025-07-02");

        var problems = c.Take(Penalty, Done("investigation", "2025-07-02"), On("2025-07-02"));

        Assert.Contains("“调查取证”须至少有一份笔录或音像记录", Assert.Single(problems).Message);
    }

    [Fact]
    public void The_requirement_in_force_is_kept_with_the_stage_and_its_exception_stays_counted_after_a_downgrade()
    {
        var c = AtSeizure();
        Assert.Empty(c.AddRecord(Coercion, Video("implementation"), Two[0], At("2025-07-02", 18)));
        Assert.Empty(c.Take(Coercion, Done("implementation", "2025-07-02", 10), On("2025-07-02", AvLevel.Mandatory)));
        Assert.Equal(AvLevel.Mandatory, c.Entry("implementation")!.AvLevel);
        var withoutRecordings = Through(New(EnforcementCategory.Coercion), "implementation", "2025-07-02");
        Assert.Empty(withoutRecordings.AddRecord(Coercion, Written("implementation", "2025-07-02"), null, At("2025-07-02", 18)));
        Assert.Empty(withoutRecordings.Take(Coercion, Done("implementation", "2025-07-02", 10) with
        {
            AvException = AvExceptionReason.Emergency,
            AvExceptionNote = "突发险情",
            AvExceptionApprover = "王建国（reviewer）",
        }, On("2025-07-02", AvLevel.Mandatory)));

        Assert.Empty(CaseCompleteness.Check(c, Coercion, _ => AvLevel.NotNeeded, []).MissingRecordings);
        Assert.Single(CaseCompleteness.Check(withoutRecordings, Coercion, _ => AvLevel.NotNeeded, []).Exceptions);
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D }, "video/mp4")]
    [InlineData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 1 }, "video/webm")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "application/pdf")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }, "audio/wav")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0 }, null)]
    [InlineData(new byte[] { 0x3C, 0x73, 0x63, 0x72 }, null)]
    public void A_file_is_known_by_its_first_bytes_not_its_name(byte[] head, string? type) => Assert.Equal(type, FileSignature.Detect(head));
}
