using System.Globalization;
using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Web.Infrastructure.Pdf;

namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>
/// What the public sees of a published decision, the same items (<see cref="NoticeItem"/>) on the page, in the PDF and in JSON: the
/// national 双公示 items for its category and the timeliness line. Never the party's ID number, never
/// an unmasked natural person's name.
/// </summary>
public static class DecisionDisclosure
{
    /// <summary>The notice title: 行政处罚决定公示, 行政许可决定公示, 双随机抽查结果公示, ….</summary>
    public static string Title(Decision d) => d.Category switch
    {
        EnforcementCategory.Inspection when d.InspectionResult is not null => "“双随机”抽查结果公示",
        _ => $"{d.Category.Title()}决定公示",
    };

    public static IReadOnlyList<NoticeItem> Items(Decision d)
    {
        var items = new List<NoticeItem>
        {
            new("决定机关", d.Agency!.Name),
            new("决定机关统一社会信用代码", d.Agency.CreditCode),
            new("执法类别", d.Category.Title()),
            new("执法事项", d.Matter?.Name ?? ""),
            new(d.Category == EnforcementCategory.Inspection ? "检查对象" : "当事人名称", d.PublicPartyName),
            new("当事人类别", d.PartyKind.Title()),
        };
        if (d.PartyKind != PartyKind.NaturalPerson)
        {
            items.Add(new("统一社会信用代码", d.CreditCode ?? ""));
            items.Add(new(d.PartyKind == PartyKind.IndividualBusiness ? "经营者" : "法定代表人", d.PublicLegalRepresentative));
        }

        if (d.DocumentName.Length > 0)
        {
            items.Add(new("决定文书名称", d.DocumentName));
        }

        items.Add(new("决定文书号", d.DocumentNumber));
        switch (d.Category)
        {
            case EnforcementCategory.Penalty:
                items.Add(new("违法行为类型", d.ViolationType));
                items.Add(new("违法事实", d.Facts));
                items.Add(new("处罚依据", d.LegalBasis));
                items.Add(new("处罚类别", d.PenaltyKinds.Title()));
                items.Add(new("处罚内容", d.Content));
                items.Add(new("罚款金额（元）", Yuan(d.FineAmount)));
                items.Add(new("没收违法所得、没收非法财物的金额（元）", Yuan(d.ConfiscatedAmount)));
                items.Add(new("暂扣或吊销证照名称及编号", d.LicenceAffected));
                if (d.Discretion is PenaltyDiscretion.Mitigated or PenaltyDiscretion.NotPunished)
                {
                    items.Add(new("裁量情形", d.Discretion.Title())); // shown only where it departs from an ordinary penalty, so older content hashes stand
                }

                break;
            case EnforcementCategory.Licensing:
                if (d.LicenceOutcome is { } outcome and not LicenceOutcome.Granted)
                {
                    items.Add(new("许可决定", outcome.Title()));
                }

                items.Add(new("许可类别", d.LicenceKind?.Title() ?? ""));
                items.Add(new("许可证书名称", d.CertificateName));
                items.Add(new("许可编号", d.CertificateNumber));
                items.Add(new("许可内容", d.Content));
                items.Add(new("许可依据", d.LegalBasis));
                items.Add(new("有效期自", Date(d.ValidFrom)));
                items.Add(new("有效期至", Date(d.ValidTo)));
                break;
            case EnforcementCategory.Inspection when d.InspectionResult is not null:
                items.Add(new("抽查任务", d.InspectionTask));
                items.Add(new("抽查结果", d.InspectionResult.Value.Title()));
                items.Add(new("检查发现的问题", d.Findings));
                items.Add(new("后续处理", d.FollowUp));
                break;
            default:
                if (d.CoercionKinds != CoercionKinds.None)
                {
                    items.Add(new("强制措施及执行方式", d.CoercionKinds.Title()));
                }

                items.Add(new("决定内容", d.Content));
                items.Add(new("执法依据", d.LegalBasis));
                if (d.LevyAmount is { } amount)
                {
                    items.Add(new(d.Category == EnforcementCategory.Levy ? "征收金额（元）" : "征用补偿金额（元）", Yuan(amount)));
                }

                break;
        }

        items.Add(new("决定日期", Date(d.DecisionDate)));
        items.Add(new("公开日期", Date(d.PublishedOn)));
        if (d.PublicUntil is { } until)
        {
            items.Add(new("公示截止期", Date(until)));
        }

        if (d.Remarks.Length > 0)
        {
            items.Add(new("备注", d.Remarks));
        }

        return items;
    }

    /// <summary>The remedies and the supervision phone, from the deciding agency's record, below the items on the page, the notice and the JSON.</summary>
    public static IReadOnlyList<string> Notes(Decision d) =>
        [.. new[] { Domain.Agencies.Remedies.Text(d.Agency!), Domain.Agencies.Remedies.Supervision(d.Agency!) }.Where(n => n.Length > 0)];

    /// <summary>Within the legal period or late by N working days, with the period and due date.</summary>
    public static string Timeliness(Decision d)
    {
        if (d.PublicationDeadline is not { } deadline || d.PublishedOn is not { } published)
        {
            return "";
        }

        var period = $"法定公开期限为决定之日起{deadline.Period}，至 {Date(deadline.Due)}";
        return d.WorkingDaysLate > 0
            ? $"决定日期 {Date(d.DecisionDate)}，公开日期 {Date(published)}。{period}；逾期 {d.WorkingDaysLate} 个工作日公开，原因：{d.LatenessReason}"
            : $"决定日期 {Date(d.DecisionDate)}，公开日期 {Date(published)}。{period}；在法定期限内公开。";
    }

    /// <summary>
    /// The characters of the notice no embedded font can print (they come out as 〓): named to staff before they publish, as
    /// "X（U+XXXX）", never a silent blank. The page and the JSON are not affected.
    /// </summary>
    public static IReadOnlyList<string> UnprintableInNotice(Decision d) =>
        [.. Infrastructure.Pdf.NoticeFonts.Unprintable(Title(d) + string.Concat(Items(d).Select(i => i.Value)) + string.Concat(Notes(d)))
            .Select(c => $"{c}（U+{char.ConvertToUtf32(c, 0):X4}）")];

    /// <summary>
    /// A withdrawal's timeliness, as the 410 notice, its JSON and its logged content say it: within the withdrawal clock
    /// (行政处罚法 art. 48, from the revoking act) or late by N working days with the reason, as a late publication says it.
    /// </summary>
    public static string WithdrawalTimeliness(Decision d)
    {
        if (d.WithdrawalDeadline is not { } deadline || d.WithdrawnOn is not { } withdrawn)
        {
            return "";
        }

        var period = $"撤销（变更）日期 {Date(d.RevokingActDate)}，撤回日期 {Date(withdrawn)}。法定撤回期限为撤销（变更）之日起{deadline.Period}，至 {Date(deadline.Due)}";
        return d.WithdrawalWorkingDaysLate > 0
            ? $"{period}；逾期 {d.WithdrawalWorkingDaysLate} 个工作日撤回，原因：{d.WithdrawalLatenessReason}"
            : $"{period}；在法定期限内撤回。";
    }

    /// <summary>
    /// The public content exactly as the page, JSON and PDF show it, as compact UTF-8 JSON: what the transparency
    /// log's content hash covers, and what <c>/api/v1/decisions/{id}/content</c> serves byte for byte.
    /// </summary>
    public static byte[] ContentBytes(Decision d) => System.Text.Encoding.UTF8.GetBytes(CanonicalJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("id", d.Id);
        json.WriteString("title", Title(d));
        json.WriteStartArray("items");
        foreach (var item in Items(d))
        {
            json.WriteStartObject();
            json.WriteString("label", item.Label);
            json.WriteString("value", item.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("timeliness", Timeliness(d));
        json.WriteEndObject();
    }));

    /// <summary>A withdrawn decision's public content: the withdrawal notice as fixed when it was withdrawn.</summary>
    public static byte[] WithdrawalBytes(Decision d) => System.Text.Encoding.UTF8.GetBytes(CanonicalJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("id", d.Id);
        json.WriteString("status", "withdrawn");
        json.WriteString("agency", d.Agency!.Name);
        json.WriteString("documentNumber", d.DocumentNumber);
        json.WriteString("withdrawnOn", Date(d.WithdrawnOn));
        json.WriteString("reason", d.WithdrawalReason?.Title() ?? "");
        json.WriteString("note", d.WithdrawalNote);
        json.WriteString("revokingActDate", Date(d.RevokingActDate));
        json.WriteString("timeliness", WithdrawalTimeliness(d));
        json.WriteEndObject();
    }));

    /// <summary>The public content of a decision in its current state: published content, a withdrawal notice, or none.</summary>
    public static byte[]? PublicBytes(Decision d) => d.State switch
    {
        DecisionState.Published => ContentBytes(d),
        DecisionState.Withdrawn => WithdrawalBytes(d),
        _ => null,
    };

    public static string Yuan(decimal? amount) => amount?.ToString("#,##0.00", CultureInfo.InvariantCulture) ?? "";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
