using System.Security.Claims;
using Dalian.Enforcement.Domain;
using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Privacy;
using Dalian.Enforcement.Domain.Registers;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Dalian.Enforcement.Web.Features.Cases;

/// <summary>
/// Registers a case (案件登记) in the staff member's agency: its matter, source, party, the day it was discovered
/// (or the application received) and at least two handling officers with certificates valid that day. The number
/// is the next of the agency, category mark and year; two registrations at once are told apart by the unique index.
/// </summary>
public sealed class RegisterCase(PortalDbContext db, StaffCases cases, LegalClock clock)
{
    public async Task<(EnforcementCase? Case, List<CaseProblem> Problems)> HandleAsync(CaseForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var matter = (await cases.Decisions.MattersAsync(user, cancellationToken)).FirstOrDefault(m => m.Id == form.MatterId);
        var problems = new List<CaseProblem>();
        if (matter is null)
        {
            return (null, [new("MatterId", "请选择本单位执法事项清单中的事项。")]);
        }

        if (cases.Policy.Procedure(matter.Category) is not { } procedure)
        {
            return (null, [new("MatterId", $"“{matter.Name}”所属类别尚未设置办案环节，暂不能登记案件。")]);
        }

        var discovered = IsoDate.Parse(form.DiscoveredOn);
        if (discovered is null)
        {
            problems.Add(new("DiscoveredOn", "请填写有效的日期，例如 2026-11-30。"));
        }
        else if (discovered > clock.Today)
        {
            problems.Add(new("DiscoveredOn", "发现（收到申请）日期不能晚于今天。"));
        }

        problems.AddRange(PartyProblems(form));
        var ids = form.OfficerIds.Distinct().ToList();
        var officers = await cases.OfficersAsync(ids, cancellationToken);
        var scope = await cases.WriteScopeAsync(user, cancellationToken);
        var agencyId = scope.Contains(matter.AgencyId) ? matter.AgencyId : scope[0];
        if (officers.Count != ids.Count || officers.Any(o => !scope.Contains(o.AgencyId)))
        {
            problems.Add(new("OfficerIds", "请从本单位的执法人员中选择承办人员。"));
        }
        else if (discovered is { } on)
        {
            problems.AddRange(EnforcementCase.OfficerProblems(officers, on, 2, "OfficerIds"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var agency = await db.Agencies.SingleAsync(a => a.Id == agencyId, cancellationToken);
        var prefix = agency.CasePrefix.Length > 0 ? agency.CasePrefix : agency.ShortName;
        var numbered = prefix + procedure.NumberMark + "〔";
        for (var attempt = 0; ; attempt++)
        {
            var year = discovered!.Value.Year;
            var sequence = 1 + (await db.Cases.Where(c => c.AgencyId == agencyId && c.Year == year && c.Number.StartsWith(numbered))
                .MaxAsync(c => (int?)c.Sequence, cancellationToken) ?? 0);
            var person = form.PartyKind == PartyKind.NaturalPerson;
            var c = new EnforcementCase
            {
                AgencyId = agencyId,
                Number = EnforcementCase.NumberOf(prefix, procedure.NumberMark, year, sequence),
                Year = year,
                Sequence = sequence,
                MatterId = matter.Id,
                Category = matter.Category,
                Source = form.Source,
                SourceNote = DecisionActs.Limit(form.SourceNote, 200),
                PartyKind = form.PartyKind,
                PartyName = DecisionActs.Limit(form.PartyName, 200),
                CreditCode = person ? null : DecisionActs.Limit(form.CreditCode, 18).ToUpperInvariant(),
                IdType = person ? form.IdType : null,
                IdNumber = person ? DecisionActs.Limit(form.IdNumber, 40).ToUpperInvariant() : null,
                LegalRepresentative = person ? "" : DecisionActs.Limit(form.LegalRepresentative, 50),
                DiscoveredOn = discovered.Value,
                CreatedAtUtc = clock.UtcNow,
                CreatedBy = user.Identity!.Name!,
                UpdatedAtUtc = clock.UtcNow,
                UpdatedBy = user.Identity!.Name!,
            };
            c.SetOfficers(officers, discovered.Value);
            db.Cases.Add(c);
            db.Audit.Act("case.register", $"登记案件：{c.Number}，{PartyNames.Public(c.PartyKind, c.PartyName, true)}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (c, []);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear(); // a colleague took the same number in the same instant: take the next
                db.Audit.Clear();
            }
        }
    }

    private static IEnumerable<CaseProblem> PartyProblems(CaseForm form)
    {
        if (string.IsNullOrWhiteSpace(form.PartyName))
        {
            yield return new("PartyName", "请填写当事人名称（姓名）。");
        }
        else if (PersonalDataScanner.ContainsPersonalData(form.PartyName))
        {
            yield return new("PartyName", "当事人名称中不能含有证件号码、手机号码或银行卡号。");
        }

        if (form.PartyKind == PartyKind.NaturalPerson)
        {
            if (form.IdType is null)
            {
                yield return new("IdType", "请选择证件类型。");
            }

            if (string.IsNullOrWhiteSpace(form.IdNumber))
            {
                yield return new("IdNumber", "请填写证件号码（仅用于核对，不公开）。");
            }
            else if (form.IdType == IdDocumentType.ResidentId && !ResidentIdNumber.IsValid(form.IdNumber.Trim().ToUpperInvariant()))
            {
                yield return new("IdNumber", "居民身份证号码无效：应为18位，末位校验码应符合 GB 11643。");
            }
        }
        else
        {
            if (!UnifiedSocialCreditCode.IsValid((form.CreditCode ?? "").Trim().ToUpperInvariant()))
            {
                yield return new("CreditCode", "统一社会信用代码无效：应为18位，末位校验码应符合 GB 32100-2015。");
            }

            if (string.IsNullOrWhiteSpace(form.LegalRepresentative))
            {
                yield return new("LegalRepresentative", "请填写法定代表人（负责人、经营者）。");
            }
        }
    }
}
