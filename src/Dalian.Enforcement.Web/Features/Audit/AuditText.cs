using System.Text.Json;
using Dalian.Enforcement.Domain.Audit;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>How the trail reads for people: record types and acts in Chinese, and each change as field, from, to.</summary>
public static class AuditText
{
    public static string Entity(string type) => type switch
    {
        "Decision" => "执法决定",
        "Case" => "执法案件",
        "LegalReview" => "法制审核",
        "AnnualReport" => "统计年报",
        "DecisionChallenge" => "复议诉讼",
        "RecordStore" => "记录存储",
        "Officer" => "执法人员",
        "Agency" => "执法主体",
        "CalendarYear" => "工作日历",
        "Account" => "账户",
        "ListRevision" => "清单修订",
        "Matter" => "执法事项",
        "Deadline" => "期限",
        _ => type,
    };

    public static string Role(string role) => role switch
    {
        "System" => "系统",
        "" => "",
        _ => Dalian.Enforcement.Domain.Accounts.PortalRoles.Title(role),
    };

    public static string Action(string action) => action switch
    {
        "decision.record" => "登记决定",
        "decision.challenge.file" => "登记复议或诉讼",
        "decision.challenge.conclude" => "登记复议或诉讼结果",
        "report.open" => "开始编制年报",
        "report.write" => "填写年报情况说明",
        "report.confirm" => "确认年报",
        "report.publish" => "公开年报",
        "report.correct" => "更正年报",
        "report.receive" => "登记年报报送",
        "case.register" => "登记案件",
        "case.stage.take" => "办理环节",
        "case.stage.skip" => "跳过环节",
        "case.record.add" => "添加记录",
        "case.record.open" => "打开记录文件",
        "case.clock.extend" => "延长办案期限",
        "case.export" => "导出案卷",
        "case.major" => "标记重大执法决定",
        "review.submit" => "提交法制审核",
        "review.assign" => "领取法制审核",
        "review.request" => "要求补充材料",
        "review.supply" => "补充送审材料",
        "review.extend" => "延长审核期限",
        "review.conclude" => "出具法制审核意见",
        "review.opinion" => "下载法制审核意见书",
        "reviewer.qualification" => "登记法律职业资格",
        "case.av-rule" => "修改音像记录事项清单",
        "records.integrity" => "记录完整性核查",
        "decision.correct" => "更正决定",
        "decision.decide" => "确认作出决定",
        "decision.mask" => "遮盖个人信息",
        "decision.publish" => "公开",
        "decision.withdraw" => "撤回",
        "decision.not-disclose" => "登记不予公开",
        "deadline.recompute" => "重算期限",
        "deadline.overdue" => "标记逾期",
        "account.login" => "登录",
        "account.login-failed" => "登录失败",
        "account.locked-out" => "账户锁定",
        "account.logout" => "退出登录",
        "subject.update" => "修改执法主体",
        "officer.create" => "添加执法人员",
        "officer.update" => "修改执法人员",
        "certificate.issue" => "发放执法证",
        "certificate.status" => "执法证状态变更",
        _ when action.StartsWith("calendar.", StringComparison.Ordinal) => "工作日历变更",
        _ when action.StartsWith("list.", StringComparison.Ordinal) => "清单编制与审核",
        _ when action.StartsWith("legacy.", StringComparison.Ordinal) => "原有修改记录（迁入）",
        _ when action.EndsWith(".create", StringComparison.Ordinal) => "新增",
        _ when action.EndsWith(".delete", StringComparison.Ordinal) => "删除",
        _ => "修改",
    };

    /// <summary>The change as rows: field, from, to (values as JSON text, strings unquoted).</summary>
    public static IReadOnlyList<(string Field, string From, string To)> Rows(AuditEvent e)
    {
        using var json = JsonDocument.Parse(e.Change);
        return [.. json.RootElement.EnumerateObject().Select(p => (p.Name, Text(p.Value, "from"), Text(p.Value, "to")))];
    }

    private static string Text(JsonElement change, string side) =>
        change.TryGetProperty(side, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Null => "—",
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "是",
            JsonValueKind.False => "否",
            _ => value.GetRawText(),
        } : "—";
}
