namespace Dalian.Enforcement.Domain.Accounts;

/// <summary>
/// The portal's roles. Identity stores the ASCII names; people see the Chinese titles.
/// </summary>
public static class PortalRoles
{
    /// <summary>执法单位工作人员: records and publishes its own agency's information.</summary>
    public const string Staff = "Staff";

    /// <summary>法制审核人员: reviews major decisions before they are made.</summary>
    public const string LegalReviewer = "LegalReviewer";

    /// <summary>市场监管审核人员: reviews the random-inspection lists before publication.</summary>
    public const string MarketReviewer = "MarketReviewer";

    /// <summary>监督管理员 (司法局): watches every agency's deadlines, keeps the calendar, reviews matter lists.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>审计人员: searches certificates and audit trails.</summary>
    public const string Auditor = "Auditor";

    /// <summary>系统管理员: manages accounts and settings.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Staff, LegalReviewer, MarketReviewer, Supervisor, Auditor, Admin];

    /// <summary>Any role at all: the back office is closed to anonymous visitors.</summary>
    public const string AnyBackOffice = Staff + "," + LegalReviewer + "," + MarketReviewer + "," + Supervisor + "," + Auditor + "," + Admin;

    public static string Title(string role) => role switch
    {
        Staff => "执法单位工作人员",
        LegalReviewer => "法制审核人员",
        MarketReviewer => "市场监管审核人员",
        Supervisor => "监督管理员",
        Auditor => "审计人员",
        Admin => "系统管理员",
        _ => role,
    };
}
