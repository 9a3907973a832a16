using System.Text;
using Dalian.Enforcement.Domain.Calendar;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Officers;
using Dalian.Enforcement.Domain.Reviews;
using Dalian.Enforcement.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Data.Seed;

/// <summary>
/// The water bureau's cases: every penalty and licensing decision since 2025 gets the case it was made in, taken
/// stage by stage through the domain (dates counted back from the decision on the official calendar), with written
/// records, platform manifests and a few small generated recordings. The sand-mining matter must be filmed during
/// investigation; one such case was entered without the recording (flagged), one carries an approved exception.
/// Two more cases are open: one under investigation, one past its 90-day clock. Deterministic for a given today.
/// </summary>
internal sealed class DemoCases(PortalDbContext db, IRecordStore store, CasePolicy policy, WorkingDayCalendar calendar, DateOnly today, DateTime nowUtc)
{
    private const string Platform = "大洼区执法记录仪管理平台";
    private const string SandMining = "DWSL-CF-002";
    private const int Beijing = 8;
    public const string ReviewerQualification = "A20183702021234";
    private readonly Random _random = new(20250101);
    private readonly List<LegalReview> _reviews = [];
    private readonly Dictionary<int, int> _opinions = [];
    private List<CatalogueVersion> _catalogue = [];
    private int _files;

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var water = await db.Agencies.SingleAsync(a => a.Name == DemoRegisters.Water, cancellationToken);
        if (await db.Cases.AnyAsync(c => c.AgencyId == water.Id, cancellationToken))
        {
            return 0;
        }

        var sand = await db.Matters.AsNoTracking().SingleAsync(m => m.AgencyId == water.Id && m.Code == SandMining, cancellationToken);
        db.AvRules.Add(new AvRule { AgencyId = water.Id, MatterId = sand.Id, StageCode = "investigation", Level = AvLevel.Mandatory, Note = "扣押采砂船舶、机具的现场执法全程录像" });
        water.CasePrefix = "大洼水";
        db.Audit.Act("case.av-rule", "演示数据：区水利局音像记录事项清单");
        await db.SaveChangesAsync(cancellationToken);

        _catalogue = [.. (await db.ListRevisions.AsNoTracking()
                .Where(r => r.AgencyId == water.Id && r.Kind == Domain.Lists.ListKind.ReviewCatalogue && r.Version != null).ToListAsync(cancellationToken))
            .Select(r => new CatalogueVersion(r.Version!.Value, DateOnly.FromDateTime(r.ReviewedAtUtc!.Value.AddHours(Beijing)), r.Rules()))];
        var decisions = await db.Decisions.Include(d => d.Officers).Include(d => d.Matter).Include(d => d.Agency)
            .Where(d => d.AgencyId == water.Id && d.CaseId == null && d.State != DecisionState.Draft && d.DecisionDate >= new DateOnly(2025, 1, 1)
                && (d.Category == EnforcementCategory.Penalty || d.Category == EnforcementCategory.Licensing))
            .OrderBy(d => d.DecisionDate).ThenBy(d => d.Id).AsSplitQuery().ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().Include(o => o.Certificates).ThenInclude(c => c.History)
            .Where(o => o.AgencyId == water.Id || o.Agency!.ParentId == water.Id).AsSplitQuery().ToDictionaryAsync(o => o.Id, cancellationToken);
        var (sandCases, sequence) = (0, new Dictionary<(string, int), int>());
        var made = new List<(EnforcementCase Case, Decision Decision)>();
        foreach (var d in decisions)
        {
            var team = d.Officers.Select(o => officers.GetValueOrDefault(o.OfficerId)).OfType<Officer>().ToList();
            var isSand = d.Matter!.Code == SandMining;
            var kind = isSand ? sandCases++ switch { 0 => Filming.Missing, 1 => Filming.Exception, _ => Filming.Filmed } : Filming.AsNeeded;
            if (Build(d, team, water, sequence, kind) is { } c)
            {
                made.Add((c, d));
            }
        }

        // Three saves for all of them: the cases, then each closed case's frozen manifest and its decision's link.
        db.Cases.AddRange(made.Select(m => m.Case));
        db.LegalReviews.AddRange(_reviews);
        db.Audit.Act("case.register", $"演示数据：{made.Count} 个案件，{_reviews.Count} 轮法制审核");
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (c, d) in made)
        {
            Close(c, d);
            db.Entry(d).Property(x => x.CaseId).CurrentValue = c.Id;
        }

        db.Audit.Act("case.link", "演示数据：案件结案封存，决定关联其案件");
        await db.SaveChangesAsync(cancellationToken);
        var current = officers.Values.Where(o => o.MayEnforceOn(today)).Take(2).ToList();
        return made.Count + await OpenCasesAsync(water, sand, current, sequence, cancellationToken) + await OpenReviewsAsync(water, current, sequence, cancellationToken);
    }

    private enum Filming
    {
        AsNeeded,
        Filmed,
        Missing,
        Exception,
    }

    /// <summary>The case behind a decision, its stages dated back from the decision date; null when its officers were not all certified throughout.</summary>
    private EnforcementCase? Build(Decision d, List<Officer> team, Domain.Agencies.Agency water, Dictionary<(string, int), int> sequence, Filming filming)
    {
        var procedure = policy.Procedure(d.Category)!;
        var penalty = d.Category == EnforcementCategory.Penalty;
        var offsets = penalty
            ? new Dictionary<string, int> { ["filing"] = -22, ["investigation"] = -20, ["report"] = -12, ["notice"] = -10, ["statement"] = -6, ["decision"] = 0, ["service"] = 1, ["execution"] = 10, ["closing"] = 12 }
            : new Dictionary<string, int> { ["application"] = -15, ["acceptance"] = -14, ["examination"] = -8, ["decision"] = 0, ["service"] = 2 };
        var discovered = Day(d.DecisionDate, penalty ? -25 : -15);
        var c = NewCase(water, d.MatterId, d.Category, procedure, discovered, penalty ? CaseSource.Inspection : CaseSource.Application, sequence,
            d.PartyKind, d.PartyName, d.CreditCode, d.IdType, d.IdNumber, d.LegalRepresentative);
        if (team.Count < 2 || !team.All(o => o.MayEnforceOn(discovered)))
        {
            return null;
        }

        c.SetOfficers(team, discovered);
        foreach (var stage in procedure.Stages)
        {
            var skip = !offsets.TryGetValue(stage.Code, out var offset);
            var on = skip ? (DateOnly?)null : Day(d.DecisionDate, offset);
            if (on > today)
            {
                break; // the rest is still to come: the case stays open
            }

            var at = (on ?? c.Stages[^1].OccurredOn).ToDateTime(new TimeOnly(9 + _random.Next(7), _random.Next(60)));
            var major = stage.Reviews ? Review(c, d, procedure) : null;
            if (major is { IsMajor: true })
            {
                continue; // entered from the agreeing round
            }

            if (!skip)
            {
                AddRecords(c, stage, at, team, filming);
            }

            var input = skip
                ? new StageInput { Code = stage.Code, Skip = true, SkipReason = SkipReason(stage.Code) }
                : new StageInput
                {
                    Code = stage.Code,
                    OccurredAt = at,
                    Place = stage.MinOfficers >= 2 || stage.Code == "examination" ? "大洼区某村（现场）" : "区水利局执法办案区",
                    Present = [.. team.Where(o => o.MayEnforceOn(on!.Value))],
                    DocumentNumber = stage.Code == "filing" ? c.Number : $"大洼水{stage.Name}〔{on!.Value.Year}〕{c.Sequence}号",
                    DocumentDate = stage.Decides ? d.DecisionDate : on,
                    ServedOn = stage.Code == "service" ? on : null,
                    AvException = filming == Filming.Exception && stage.Code == "investigation" ? AvExceptionReason.Impossible : null,
                    AvExceptionNote = filming == Filming.Exception && stage.Code == "investigation" ? "执法记录仪电量耗尽，以现场笔录和照片记录" : "",
                    AvExceptionApprover = filming == Filming.Exception && stage.Code == "investigation" ? "王建国（reviewer）" : "",
                };
            var level = filming == Filming.Missing ? AvLevel.AsNeeded : filming is Filming.Filmed or Filming.Exception && stage.Code == "investigation" ? AvLevel.Mandatory : AvLevel.AsNeeded;
            var context = new StageContext(at.AddHours(1), at.AddHours(1 - Beijing), DemoSeeder.SeedUser, level, policy.BackdateGraceDays,
                stage.Decides ? d.DecisionDate : null, d.DocumentNumber, major);
            if (c.Take(procedure, input, context) is [_, ..])
            {
                return null; // e.g. a certificate that lapsed before the stage: the decision stays without a case
            }
        }

        return c;
    }

    /// <summary>
    /// A major decision's review: submitted five working days before the decision and agreed two days later by the qualified reviewer;
    /// every third one was first returned for a fuller statement of the discretion standard and agreed in a second round.
    /// </summary>
    private MajorClassification Review(EnforcementCase c, Decision d, CaseProcedure procedure)
    {
        var major = MajorClassification.Of(_catalogue, d.DecisionDate,
            new MajorFacts(d.Category, d.Matter!.Code, d.PartyKind, d.FineAmount, d.ConfiscatedAmount, d.PenaltyKinds, false));
        if (!major.IsMajor)
        {
            return major;
        }

        var returned = _reviews.Select(r => r.Case).Distinct().Count() % 3 == 1;
        var first = Day(d.DecisionDate, returned ? -6 : -5);
        var period = Period.WorkingDays(7);
        LegalReview? last = null;
        foreach (var (round, submitted, concluded, opinion) in returned
            ? new[] { (1, first, Day(first, 1), ReviewOpinion.Revise), (2, Day(first, 2), Day(d.DecisionDate, -2), ReviewOpinion.Agree) }
            : [(1, first, Day(d.DecisionDate, -3), ReviewOpinion.Agree)])
        {
            var materials = Features.Reviews.ReviewMaterials.Bytes(c, d, major, "适用《大洼区水利局行政处罚裁量基准》相应条目，按一般情节确定罚款数额", "");
            var review = LegalReview.Submit(c, round, d.Id, major, materials, ReviewedContent.Of(d).Sha256(), submitted,
                submitted.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), "water.staff", period, calendar);
            review.Assign("reviewer", "王建国", ReviewerQualification, submitted.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc));
            var answers = ReviewChecklist.Items.ToDictionary(i => i.Code, i => new CheckAnswer(i.Code,
                opinion == ReviewOpinion.Revise && i.Code == "law" ? CheckVerdict.Problem : CheckVerdict.Conforms,
                opinion == ReviewOpinion.Revise && i.Code == "law" ? "未说明适用的裁量基准条目及从轻情节" : ""));
            var sequence = _opinions[concluded.Year] = _opinions.GetValueOrDefault(concluded.Year) + 1;
            var problems = review.Conclude(answers, opinion, opinion == ReviewOpinion.Agree ? "" : "请补充裁量基准适用说明后再次提交。", "reviewer", concluded,
                concluded.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc), "大洼水", sequence);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"Demo review is invalid: {string.Join("; ", problems.Select(p => p.Message))}");
            }

            _reviews.Add(review);
            last = review;
        }

        var agreedAt = last!.ConcludedOn!.Value.ToDateTime(new TimeOnly(15, 0));
        c.EnterReview(procedure, last, agreedAt, agreedAt.AddHours(-Beijing), DemoSeeder.SeedUser);
        return major;
    }

    /// <summary>
    /// Three cases waiting at the review stage with a draft of ¥120,000 on a company: one in review within its clock, one submitted
    /// twelve working days ago and never taken (overdue), one the reviewer did not agree to (不同意).
    /// </summary>
    private async Task<int> OpenReviewsAsync(Domain.Agencies.Agency water, List<Officer> team, Dictionary<(string, int), int> sequence, CancellationToken cancellationToken)
    {
        var matter = await db.Matters.SingleAsync(m => m.AgencyId == water.Id && m.Code == "DWSL-CF-001", cancellationToken);
        var procedure = policy.Procedure(EnforcementCategory.Penalty)!;
        if (team.Count < 2)
        {
            return 0;
        }

        var made = 0;
        foreach (var (submittedAgo, state, party) in new[] { (2, ReviewState.InReview, "盘锦某某水产养殖有限公司"), (12, ReviewState.Submitted, "大洼区某某农业开发有限公司"),
            (10, ReviewState.Disagreed, "盘锦某某建设工程有限公司") })
        {
            var submitted = Day(today, -submittedAgo);
            var c = NewCase(water, matter.Id, EnforcementCategory.Penalty, procedure, Day(submitted, -20), CaseSource.Inspection, sequence, PartyKind.Organisation,
                party, Code($"91211104MA0XYC{made}2{made}"), null, null, "刘某");
            if (!team.All(o => o.MayEnforceOn(c.DiscoveredOn)))
            {
                continue;
            }

            c.SetOfficers(team, c.DiscoveredOn);
            var day = Day(submitted, -12);
            foreach (var stage in procedure.Stages.TakeWhile(s => !s.Reviews))
            {
                var at = day.ToDateTime(new TimeOnly(10, 0));
                AddRecords(c, stage, at, team, Filming.AsNeeded);
                var input = stage.Requirement == StageRequirement.Required
                    ? new StageInput { Code = stage.Code, OccurredAt = at, Place = "大洼区某村（现场）", Present = team, DocumentNumber = stage.Code == "filing" ? c.Number : $"大洼水{stage.Name}〔{day.Year}〕{c.Sequence}号", DocumentDate = day }
                    : new StageInput { Code = stage.Code, Skip = true, SkipReason = SkipReason(stage.Code) };
                Check(c.Take(procedure, input, new StageContext(at.AddHours(1), at.AddHours(1 - Beijing), DemoSeeder.SeedUser, AvLevel.AsNeeded, policy.BackdateGraceDays, null, "")));
                day = Day(day, 3);
            }

            db.Cases.Add(c);
            await db.SaveChangesAsync(cancellationToken);
            var d = new Decision { AgencyId = water.Id, CaseId = c.Id, CreatedAtUtc = nowUtc, CreatedBy = "water.staff", UpdatedBy = "water.staff" };
            var content = new DecisionContent
            {
                MatterId = matter.Id,
                Category = EnforcementCategory.Penalty,
                PartyKind = PartyKind.Organisation,
                PartyName = party,
                CreditCode = c.CreditCode,
                LegalRepresentative = "刘某",
                DocumentName = "行政处罚决定书",
                DocumentNumber = $"大洼水罚〔{today.Year}〕草{c.Sequence}号",
                DecisionDate = today,
                ViolationType = "未经批准擅自取水",
                Facts = "当事人未取得取水许可，在辽河岸边安装水泵取水用于养殖，累计取水约二万立方米。",
                LegalBasis = "《中华人民共和国水法》第四十八条、第六十九条第一项",
                PenaltyKinds = PenaltyKinds.Fine,
                Content = "责令停止违法行为，罚款人民币120000元",
                FineAmount = 120_000m,
            };
            if (d.Correct(content, today) is { } refused)
            {
                throw new InvalidOperationException($"Demo draft is invalid: {refused}");
            }

            d.SetOfficers(c.Officers.Select(o => new DecisionOfficer { OfficerId = o.OfficerId, OfficerName = o.OfficerName, CertificateNumber = o.CertificateNumber }));
            d.RefreshPublicName(maskNaturalPersons: true);
            db.Decisions.Add(d);
            await db.SaveChangesAsync(cancellationToken);
            d = await db.Decisions.Include(x => x.Matter).Include(x => x.Agency).SingleAsync(x => x.Id == d.Id, cancellationToken);
            var major = MajorClassification.Of(_catalogue, today, new MajorFacts(d.Category, matter.Code, d.PartyKind, d.FineAmount, null, d.PenaltyKinds, false));
            var review = LegalReview.Submit(c, 1, d.Id, major, Features.Reviews.ReviewMaterials.Bytes(c, d, major, "适用裁量基准第三档：取水量大、持续时间长", ""),
                ReviewedContent.Of(d).Sha256(), submitted, submitted.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc), "water.staff", Period.WorkingDays(7), calendar);
            if (state != ReviewState.Submitted)
            {
                review.Assign("reviewer", "王建国", ReviewerQualification, submitted.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc));
            }

            if (state == ReviewState.Disagreed)
            {
                var concluded = Day(submitted, 4);
                var answers = ReviewChecklist.Items.ToDictionary(i => i.Code, i => new CheckAnswer(i.Code, i.Code == "facts" ? CheckVerdict.Problem : CheckVerdict.Conforms,
                    i.Code == "facts" ? "取水量仅有当事人陈述，缺少计量或勘验证据" : ""));
                var sequenceNo = _opinions[concluded.Year] = _opinions.GetValueOrDefault(concluded.Year) + 1;
                Check([.. review.Conclude(answers, ReviewOpinion.Disagree, "违法事实的关键证据不足，不同意按送审意见作出处罚决定。", "reviewer", concluded,
                    concluded.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc), "大洼水", sequenceNo).Select(p => new CaseProblem(p.Field, p.Message))]);
            }

            db.LegalReviews.Add(review);
            db.Audit.Act("review.submit", $"演示数据：案件 {c.Number} 提交法制审核");
            await db.SaveChangesAsync(cancellationToken);
            made++;
        }

        return made;
    }

    /// <summary>A closed case's manifest frozen, and its leaf in the transparency log with the closing instant.</summary>
    private void Close(EnforcementCase c, Decision? d)
    {
        if (c.IsClosed)
        {
            c.Freeze(CaseManifest.Bytes(c, d));
            var closed = c.Stages[^1].OccurredAt;
            CaseActs.LogClosed(db, c, (closed.AddHours(-Beijing), DateOnly.FromDateTime(closed)));
        }
    }

    /// <summary>Two cases still in progress: one under investigation, one filed more than 90 days ago and now overdue.</summary>
    private async Task<int> OpenCasesAsync(Domain.Agencies.Agency water, Domain.Lists.Matter sand, List<Officer> team, Dictionary<(string, int), int> sequence,
        CancellationToken cancellationToken)
    {
        if (team.Count < 2)
        {
            return 0;
        }

        var procedure = policy.Procedure(EnforcementCategory.Penalty)!;
        var made = 0;
        foreach (var (filedDaysAgo, stop, party) in new[] { (10, "report", "盘锦某某砂石有限公司"), (100, "statement", "大洼区某某建材经营部") })
        {
            var filed = today.AddDays(-filedDaysAgo);
            var c = NewCase(water, sand.Id, EnforcementCategory.Penalty, procedure, filed.AddDays(-2), CaseSource.Complaint, sequence,
                PartyKind.Organisation, party, Code(party.StartsWith("盘锦", StringComparison.Ordinal) ? "91211104MA0XYB123" : "92211104MA0XYB234"), null, null, "王某");
            if (!team.All(o => o.MayEnforceOn(c.DiscoveredOn)))
            {
                continue;
            }

            c.SetOfficers(team, c.DiscoveredOn);
            var day = filed;
            foreach (var stage in procedure.Stages.TakeWhile(s => s.Code != stop))
            {
                var at = day.ToDateTime(new TimeOnly(10, 0));
                AddRecords(c, stage, at, team, Filming.Filmed);
                var input = new StageInput
                {
                    Code = stage.Code,
                    OccurredAt = at,
                    Place = "大洼区辽河某河段（现场）",
                    Present = team,
                    DocumentNumber = $"大洼水{stage.Name}〔{day.Year}〕{c.Sequence}号",
                    DocumentDate = day,
                };
                var context = new StageContext(at.AddHours(1), at.AddHours(1 - Beijing), DemoSeeder.SeedUser,
                    stage.Code == "investigation" ? AvLevel.Mandatory : AvLevel.AsNeeded, policy.BackdateGraceDays, null, "");
                if (c.Take(procedure, input, context) is [_, ..])
                {
                    break;
                }

                day = calendar.AddWorkingDays(day, 3).Due;
            }

            db.Cases.Add(c);
            db.Audit.Act("case.register", $"演示数据：案件 {c.Number}");
            await db.SaveChangesAsync(cancellationToken);
            made++;
        }

        return made;
    }

    private EnforcementCase NewCase(Domain.Agencies.Agency water, int matterId, EnforcementCategory category, CaseProcedure procedure, DateOnly discovered,
        CaseSource source, Dictionary<(string, int), int> sequence, PartyKind kind, string party, string? creditCode, IdDocumentType? idType, string? idNumber,
        string representative)
    {
        var serial = sequence[(procedure.NumberMark, discovered.Year)] = sequence.GetValueOrDefault((procedure.NumberMark, discovered.Year)) + 1;
        var at = discovered.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        return new EnforcementCase
        {
            AgencyId = water.Id,
            Number = EnforcementCase.NumberOf("大洼水", procedure.NumberMark, discovered.Year, serial),
            Year = discovered.Year,
            Sequence = serial,
            MatterId = matterId,
            Category = category,
            Source = source,
            PartyKind = kind,
            PartyName = party,
            CreditCode = creditCode,
            IdType = idType,
            IdNumber = idNumber,
            LegalRepresentative = representative,
            DiscoveredOn = discovered,
            CreatedAtUtc = at < nowUtc ? at : nowUtc,
            CreatedBy = DemoSeeder.SeedUser,
            UpdatedAtUtc = at < nowUtc ? at : nowUtc,
            UpdatedBy = DemoSeeder.SeedUser,
        };
    }

    /// <summary>A written record for each stage taken on site or on paper, and for investigation a recording: a small generated file for a few cases, a platform manifest for the rest.</summary>
    private void AddRecords(EnforcementCase c, StageDefinition stage, DateTime at, List<Officer> team, Filming filming)
    {
        var procedure = policy.Procedure(c.Category)!;
        var (title, text) = stage.Code switch
        {
            "investigation" => ("询问笔录", $"询问时间：{at:yyyy年M月d日H时m分}。执法人员出示执法证件，告知当事人有如实陈述的义务和申请回避的权利。当事人对现场检查发现的情况予以确认。"),
            "examination" => ("现场核查笔录", $"{at:yyyy年M月d日}，执法人员对申请事项进行现场核查，现场情况与申请材料一致。"),
            "notice" => ("行政处罚事先告知书送达记录", "已告知当事人拟作出行政处罚的事实、理由、依据，以及陈述、申辩和要求听证的权利。"),
            _ => ("", ""),
        };
        var recordedAt = at.AddHours(1 - Beijing);
        if (title.Length > 0)
        {
            Check(c.AddRecord(procedure, new CaseRecord
            {
                StageCode = stage.Code,
                Kind = RecordKind.Written,
                Title = title,
                Text = text,
                ContentType = "text/plain; charset=utf-8",
                Size = Encoding.UTF8.GetByteCount(text),
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))),
                RecordedAtUtc = recordedAt,
                RecordedBy = DemoSeeder.SeedUser,
            }, null, at.AddHours(1)));
        }

        if (stage.Code != "investigation" || filming is Filming.Missing or Filming.Exception)
        {
            return;
        }

        var bytes = GeneratedVideo(c.Number);
        var stored = _files < 4;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (stored)
        {
            _files++;
            using var content = new MemoryStream(bytes);
            store.Commit(store.StageAsync(content, bytes.Length, CancellationToken.None).GetAwaiter().GetResult());
        }

        Check(c.AddRecord(procedure, new CaseRecord
        {
            StageCode = stage.Code,
            Kind = RecordKind.Video,
            Title = "执法记录仪视频",
            FileName = stored ? "DSJ-0101_现场检查.mp4" : "",
            ContentType = "video/mp4",
            Size = bytes.Length,
            Sha256 = hash,
            Stored = stored,
            Platform = stored ? "" : Platform,
            PlatformFileId = stored ? "" : $"DW{at:yyyyMMddHHmm}01",
            DeviceId = "DSJ-0101",
            Recorder = $"{team[0].Name}（{team[0].Certificates.First(x => x.IsValidOn(DateOnly.FromDateTime(at))).Number}）",
            StartedAt = at.AddMinutes(-40),
            EndedAt = at.AddMinutes(-5),
            Place = "大洼区某村（现场）",
            Retention = RetentionClass.WithCase,
            RecordedAtUtc = recordedAt,
            RecordedBy = DemoSeeder.SeedUser,
        }, team[0], at.AddHours(1)));
    }

    /// <summary>A few kilobytes that open as an MP4 container (ftyp and mdat boxes): the demo's stand-in for a recording.</summary>
    private static byte[] GeneratedVideo(string seed)
    {
        var body = new byte[4096];
        new Random(seed.GetHashCode(StringComparison.Ordinal) & 0x7FFFFFFF).NextBytes(body);
        byte[] ftyp = [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8];
        byte[] mdat = [0, 0, 0x10, 0x08, .. "mdat"u8];
        return [.. ftyp, .. mdat, .. body];
    }

    private DateOnly Day(DateOnly from, int workingDays) => calendar.AddWorkingDays(from, workingDays).Due;

    private static string Code(string first17) => first17 + Domain.Registers.UnifiedSocialCreditCode.CheckCharacter(first17);

    private static string SkipReason(string code) => code switch
    {
        "statement" => "当事人书面放弃陈述、申辩",
        "hearing" => "当事人未申请听证",
        "legal-review" => "不属于重大执法决定",
        "discussion" => "不属于情节复杂或者重大违法行为",
        _ => "不适用",
    };

    private static void Check(List<CaseProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Demo record is invalid: {string.Join("; ", problems.Select(p => p.Message))}");
        }
    }
}
