using System.Globalization;

namespace Dalian.Enforcement.Verify;

/// <summary>The command line: --portal URL [--key FILE-OR-VKEY] [--saved FILE] [--decision ID].</summary>
public sealed record CliOptions(Uri Portal, string? Key, string? Saved, long? Decision)
{
    public const string Usage =
        "用法 (usage): Dalian.Enforcement.Verify --portal http://localhost:5190 "
        + "[--key 公钥文件或 verifier 行 (key file or verifier line)] "
        + "[--saved 已保存的检查点 (saved checkpoint file)] [--decision 决定编号 (decision id)]";

    /// <summary>Returns null, with the reason, when the arguments cannot be understood.</summary>
    public static CliOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--portal" or "--key" or "--saved" or "--decision") || i + 1 >= args.Count)
            {
                error = $"无法识别的参数 (unknown or incomplete argument) \"{args[i]}\"";
                return null;
            }
            values[args[i]] = args[i + 1];
        }
        if (!values.TryGetValue("--portal", out var portal)
            || !Uri.TryCreate(portal.EndsWith('/') ? portal : portal + "/", UriKind.Absolute, out var portalUri)
            || portalUri.Scheme is not ("http" or "https"))
        {
            error = "需要 --portal http(s)://… (--portal with an http(s) address is required)";
            return null;
        }
        long? decision = null;
        if (values.TryGetValue("--decision", out var id))
        {
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                error = $"决定编号无效 (invalid decision id \"{id}\")";
                return null;
            }
            decision = parsed;
        }
        error = null;
        return new CliOptions(portalUri, values.GetValueOrDefault("--key"), values.GetValueOrDefault("--saved"), decision);
    }
}
