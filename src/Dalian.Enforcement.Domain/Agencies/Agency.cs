namespace Dalian.Enforcement.Domain.Agencies;

/// <summary>
/// A government body that enforces law in the district (执法单位). Staff accounts are bound to
/// exactly one agency and see only its records; the registers issue grows this into the public
/// enforcement subject (执法主体).
/// </summary>
public sealed class Agency
{
    public int Id { get; private set; }

    /// <summary>Full Chinese name, e.g. 盘锦市大洼区水利局.</summary>
    public required string Name { get; set; }

    /// <summary>Short name used in navigation and tables, e.g. 区水利局.</summary>
    public required string ShortName { get; set; }

    /// <summary>统一社会信用代码 (GB 32100-2015), 18 characters.</summary>
    public required string CreditCode { get; set; }
}
