namespace Dalian.Enforcement.Web.Features.Decisions;

/// <summary>Settings section "Disclosure": how decisions are published.</summary>
public sealed class DisclosureOptions
{
    public const string Section = "Disclosure";

    /// <summary>Natural-person parties appear as surname + ** (default). A local rule may require the full name.</summary>
    public bool MaskNaturalPersons { get; set; } = true;

    /// <summary>How often the overdue sweep runs on each server.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
