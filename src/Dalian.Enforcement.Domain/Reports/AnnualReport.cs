using System.Security.Cryptography;
using System.Text.Json;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Privacy;

namespace Dalian.Enforcement.Domain.Reports;

public enum ReportState
{
    /// <summary>草稿: figures computed live, narrative being written.</summary>
    Draft,

    /// <summary>已确认: the agency confirmed figures and narrative; the next act publishes.</summary>
    Confirmed,

    /// <summary>已公开: the snapshot is frozen and public.</summary>
    Published,

    /// <summary>已更正: a later version replaced it; it stays readable with the correction's reason.</summary>
    Superseded,
}

/// <summary>Where an agency's report of a year stands for the supervisor.</summary>
public enum ReportStatus
{
    NotStarted,
    Drafted,
    PublishedOnTime,
    PublishedLate,
}

/// <summary>The 情况说明 (Datong art. 3): overview, problems, next steps.</summary>
public sealed record ReportNarrative(string Overview, string Problems, string NextSteps)
{
    public const int MaxLength = 4000;

    public IEnumerable<(string Field, string Label, string Text)> Parts() =>
        [("Overview", "总体情况", Overview), ("Problems", "存在的问题", Problems), ("NextSteps", "下一步工作", NextSteps)];
}

/// <summary>What a published version freezes: its figures and narrative, exactly as the page, PDF, workbook and CSV show them.</summary>
public sealed record ReportSnapshot(int AgencyId, string Agency, int Year, int Version, DateOnly PublishedOn, DateOnly Due, bool Late,
    string CorrectionReason, ReportNarrative Narrative, AnnualFigures Figures)
{
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, ListJson.Options);

    public static ReportSnapshot FromBytes(byte[] bytes) => JsonSerializer.Deserialize<ReportSnapshot>(bytes, ListJson.Options)!;
}

/// <summary>
/// One version of an agency's annual statistics report (行政执法统计年报). From 1 January staff see the draft of the year just ended with
/// live figures; they write the narrative, confirm, and publishing freezes a snapshot (figures and text) with its SHA-256. A published
/// report is never edited: a correction is a new version with its reason, and every version stays readable. See docs/rules.md.
/// </summary>
public sealed class AnnualReport
{
    public long Id { get; private set; }

    public int Stamp { get; set; }

    public required int AgencyId { get; init; }

    public required int Year { get; init; }

    public required int Version { get; init; }

    public ReportState State { get; private set; }

    public string Overview { get; private set; } = "";

    public string Problems { get; private set; } = "";

    public string NextSteps { get; private set; } = "";

    /// <summary>Why this version corrects the one before it (empty for version 1); public with the report.</summary>
    public string CorrectionReason { get; init; } = "";

    public DateOnly? ConfirmedOn { get; private set; }

    public string ConfirmedBy { get; private set; } = "";

    public DateOnly? PublishedOn { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public byte[]? Snapshot { get; private set; }

    public string SnapshotSha256 { get; private set; } = "";

    /// <summary>报送: the day the justice bureau recorded receiving this version.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    public string ReceivedBy { get; private set; } = "";

    public ReportNarrative Narrative => new(Overview, Problems, NextSteps);

    public bool IsPublic => State is ReportState.Published or ReportState.Superseded;

    /// <summary>The years a report may be opened for on <paramref name="today"/>: from the agency's founding (or the first year it made a decision) to this year.</summary>
    public static string? YearProblem(int year, int? firstYear, DateOnly today) =>
        year > today.Year ? $"{year} 年尚未到来，不能编制年报。"
        : firstYear is { } first && year < first ? $"本单位 {first} 年才有执法记录（或成立），不能编制 {year} 年的年报。"
        : year < 2000 ? "年份无效。"
        : null;

    /// <summary>Due on 10 January of the next year by default (<c>Deadlines:AnnualReport*</c>); a due day off rolls to the next working day.</summary>
    public static DateOnly Due(int year, Deadlines.DeadlinePolicy policy, WorkingDayCalendar calendar)
    {
        var due = policy.AnnualReportDue(year);
        while (!calendar.IsWorkingDay(due))
        {
            due = due.AddDays(1);
        }

        return due;
    }

    public static ReportStatus StatusOf(IReadOnlyCollection<AnnualReport> versions, DateOnly due) =>
        versions.FirstOrDefault(v => v.Version == 1) is not { } first ? ReportStatus.NotStarted
        : first.PublishedOn is not { } published ? ReportStatus.Drafted
        : published > due ? ReportStatus.PublishedLate
        : ReportStatus.PublishedOnTime;

    /// <summary>Writes the narrative; a confirmed draft goes back to draft. Refuses personal data (the text is published).</summary>
    public IReadOnlyList<(string Field, string Message)> Write(ReportNarrative text)
    {
        if (IsPublic)
        {
            return [("", "已公开的年报不能修改；如需更正，请新建更正版本并说明原因。")];
        }

        var problems = text.Parts().Where(p => p.Text.Length > ReportNarrative.MaxLength)
            .Select(p => (p.Field, $"{p.Label}最多{ReportNarrative.MaxLength}字。"))
            .Concat(text.Parts().Where(p => PersonalDataScanner.ContainsPersonalData(p.Text))
                .Select(p => (p.Field, $"{p.Label}中含有证件号码、手机号码或银行卡号等个人信息，年报将公开，请删除。")))
            .ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        (Overview, Problems, NextSteps) = (text.Overview.Trim(), text.Problems.Trim(), text.NextSteps.Trim());
        (State, ConfirmedOn, ConfirmedBy) = (ReportState.Draft, null, "");
        return [];
    }

    /// <summary>The agency confirms figures and narrative: the overview is required.</summary>
    public string? Confirm(string by, DateOnly today)
    {
        if (State != ReportState.Draft)
        {
            return State == ReportState.Confirmed ? "年报已确认。" : "已公开的年报不能再次确认。";
        }

        if (Overview.Length == 0)
        {
            return "请先填写情况说明中的总体情况，再确认年报。";
        }

        (State, ConfirmedOn, ConfirmedBy) = (ReportState.Confirmed, today, by);
        return null;
    }

    /// <summary>Publishes a confirmed report of a year that has ended, freezing <paramref name="snapshot"/>.</summary>
    public string? Publish(Func<DateOnly, ReportSnapshot> snapshot, string by, DateOnly today)
    {
        if (State != ReportState.Confirmed)
        {
            return IsPublic ? "该版本已公开。" : "请先确认年报，再公开。";
        }

        if (today.Year <= Year)
        {
            return $"{Year} 年尚未结束，年报须在次年1月1日以后公开。";
        }

        var bytes = snapshot(today).ToBytes();
        (State, PublishedOn, PublishedBy, Snapshot) = (ReportState.Published, today, by, bytes);
        SnapshotSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return null;
    }

    /// <summary>Opens the next version of a published report, with the reason; the published one stays public until the correction is published.</summary>
    public (AnnualReport? Next, string? Problem) Correct(string reason, IReadOnlyCollection<AnnualReport> versions)
    {
        if (State != ReportState.Published)
        {
            return (null, "只有当前公开的版本可以更正。");
        }

        if (versions.Any(v => v.Version > Version))
        {
            return (null, "已有一个尚未公开的更正版本，请在该版本中修改。");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return (null, "请填写更正原因（不超过500字），它将与更正后的年报一同公开。");
        }

        if (PersonalDataScanner.ContainsPersonalData(reason))
        {
            return (null, "更正原因中含有个人信息，请删除。");
        }

        var next = new AnnualReport { AgencyId = AgencyId, Year = Year, Version = Version + 1, CorrectionReason = reason.Trim() };
        (next.Overview, next.Problems, next.NextSteps) = (Overview, Problems, NextSteps);
        return (next, null);
    }

    /// <summary>Called on the version a newly published correction replaces.</summary>
    public void Supersede() => State = ReportState.Superseded;

    /// <summary>The supervisor records receipt (报送) of a published version, once.</summary>
    public string? Receive(string by, DateOnly on, DateOnly today)
    {
        if (!IsPublic)
        {
            return "年报尚未公开，不能登记报送。";
        }

        if (ReceivedOn is not null)
        {
            return $"该版本已于 {ReceivedOn:yyyy-MM-dd} 登记报送。";
        }

        if (on < PublishedOn || on > today)
        {
            return $"报送日期应在公开日期（{PublishedOn:yyyy-MM-dd}）和今天之间。";
        }

        (ReceivedOn, ReceivedBy) = (on, by);
        return null;
    }

    public static string Title(ReportState state) => state switch
    {
        ReportState.Draft => "草稿",
        ReportState.Confirmed => "已确认待公开",
        ReportState.Published => "已公开",
        _ => "已更正（旧版本）",
    };

    public static string Title(ReportStatus status) => status switch
    {
        ReportStatus.NotStarted => "未编制",
        ReportStatus.Drafted => "编制中",
        ReportStatus.PublishedOnTime => "按期公开",
        _ => "逾期公开",
    };
}
