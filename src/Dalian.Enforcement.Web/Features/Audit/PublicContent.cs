using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>
/// Compares a decision's public content now with the content its log entry recorded, on the decision's own
/// items. The agency's and the matter's names come from their own records, which keep their own trail:
/// renaming an agency changes what a page shows, but is not an edit of the decision. A property the content format gained
/// after an entry was logged (a withdrawal's timeliness) is not compared with that entry, which could not hold it.
/// </summary>
public static class PublicContent
{
    private static readonly HashSet<string> s_otherRecords = ["决定机关", "决定机关统一社会信用代码", "执法事项"];

    public static bool SameRecord(byte[] now, byte[] logged)
    {
        var then = JsonNode.Parse(logged)!.AsObject();
        var keys = then.Select(p => p.Key).ToHashSet();
        return Own(JsonNode.Parse(now)!.AsObject(), keys) == Own(then, keys);
    }

    private static string Own(JsonObject node, HashSet<string> logged)
    {
        node.Remove("agency");
        foreach (var added in node.Select(p => p.Key).Where(k => !logged.Contains(k)).ToList())
        {
            node.Remove(added);
        }

        if (node["items"] is JsonArray items)
        {
            foreach (var item in items.Where(i => s_otherRecords.Contains(i!["label"]!.GetValue<string>())).ToList())
            {
                items.Remove(item);
            }
        }

        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
