using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dalian.Enforcement.Web.Features.Audit;

/// <summary>
/// Compares a decision's public content now with the content its log entry recorded, on the decision's own
/// items. The agency's and the matter's names come from their own records, which keep their own trail:
/// renaming an agency changes what a page shows, but is not an edit of the decision.
/// </summary>
public static class PublicContent
{
    private static readonly HashSet<string> s_otherRecords = ["决定机关", "决定机关统一社会信用代码", "执法事项"];

    public static bool SameRecord(byte[] now, byte[] logged) => Own(now) == Own(logged);

    private static string Own(byte[] json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("agency");
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
