namespace Dalian.Enforcement.Web.Features.Sections;

/// <summary>The public sections of the portal, in navigation order.</summary>
public static class PortalSections
{
    public static IReadOnlyList<PortalSection> All { get; } =
    [
        new("/subjects", "执法主体", "行政执法主体的名称、性质、职责、法律依据与监督救济渠道。", Built: true),
        new("/officers", "执法人员", "持证执法人员名单，可按姓名或执法证号核验证件状态。", Built: true),
        new("/matters", "执法事项", "行政执法事项清单、服务指南和执法流程图。", Built: true),
        new("/inspections", "随机抽查", "“双随机、一公开”随机抽查事项清单与抽查结果。", Built: true),
        new("/decisions", "执法决定", "行政许可、行政处罚等执法决定，按法定时限公开。", Built: true),
        new("/reports", "统计年报", "各执法单位上一年度行政执法数据统计年报，每年1月10日前公开。", Built: true),
        new("/transparency", "透明日志", "每一次公开、撤回都记入签名的透明日志，任何人都可以用公开工具核验记录未被篡改。", Built: true),
        new("/calendar", "工作日计算器", "按国务院公布的节假日安排计算工作日和公开期限。", Built: true),
    ];

    public static PortalSection? Find(string href) =>
        All.FirstOrDefault(s => string.Equals(s.Href, href, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A public section. While <c>Built</c> is false its page says honestly that it is being built.</summary>
public sealed record PortalSection(string Href, string Title, string Summary, bool Built);
