using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dalian.Enforcement.Domain.Lists;

/// <summary>How list items are stored: readable JSON with Chinese kept as it is and enums by name.</summary>
public static class ListJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
