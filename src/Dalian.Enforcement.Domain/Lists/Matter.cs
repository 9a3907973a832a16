using System.Text.Json;
using Dalian.Enforcement.Domain.Deadlines;

namespace Dalian.Enforcement.Domain.Lists;

/// <summary>
/// A matter as currently published: the stable record that decisions refer to. Its content is the
/// one of the latest approved version of the agency's matter list; a matter dropped from a later
/// version stays (inactive) so that older decisions keep their reference.
/// </summary>
public sealed class Matter
{
    public int Id { get; private set; }

    public required int AgencyId { get; init; }

    public required string Code { get; init; }

    public string Name { get; private set; } = "";

    public EnforcementCategory Category { get; private set; }

    public bool Active { get; private set; }

    /// <summary>The list version that last published this matter.</summary>
    public int Version { get; private set; }

    public string ContentJson { get; private set; } = "{}";

    public MatterContent Content() => JsonSerializer.Deserialize<MatterContent>(ContentJson, ListJson.Options)!;

    public void Publish(MatterContent content, int version)
    {
        (Name, Category, Active, Version) = (content.Name, content.Category, true, version);
        ContentJson = JsonSerializer.Serialize(content, ListJson.Options);
    }

    public void Withdraw(int version) => (Active, Version) = (false, version);
}
