using System.Globalization;
using Dalian.Enforcement.Domain.Lists;

namespace Dalian.Enforcement.Web.Features.Lists;

/// <summary>
/// The flowchart as staff type it, one step a line: <c>编号|名称|说明|去向</c>, where 去向 lists the next
/// steps as <c>目标编号:条件</c> separated by commas (e.g. <c>4|作出决定||5:符合条件,6:不符合条件</c>).
/// A line without 去向 ends the flow. Works in any browser, without JavaScript.
/// </summary>
public static class FlowchartText
{
    public static string Format(IReadOnlyList<FlowStep> steps) => string.Join("\n", steps.Select(s =>
        $"{s.Number}|{s.Title}|{s.Detail}|{string.Join(",", s.Branches.Select(b => b.Condition is null ? $"{b.To}" : $"{b.To}:{b.Condition}"))}"));

    /// <summary>The steps, or line-numbered problems in Chinese.</summary>
    public static (IReadOnlyList<FlowStep> Steps, IReadOnlyList<string> Problems) Parse(string? text)
    {
        var steps = new List<FlowStep>();
        var problems = new List<string>();
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Replace('｜', '|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length is < 2 or > 4 || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                problems.Add($"流程图第{i + 1}行：格式应为“编号|名称|说明|去向”，编号为正整数。");
                continue;
            }

            var branches = new List<FlowBranch>();
            foreach (var part in (cells.Length == 4 ? cells[3] : "").Replace('，', ',').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pieces = part.Replace('：', ':').Split(':', 2, StringSplitOptions.TrimEntries);
                if (!int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
                {
                    problems.Add($"流程图第{i + 1}行：去向“{part}”应为“目标编号”或“目标编号:条件”。");
                    continue;
                }

                branches.Add(new FlowBranch(to, pieces.Length == 2 && pieces[1].Length > 0 ? pieces[1] : null));
            }

            steps.Add(new FlowStep(number, cells[1], cells.Length >= 3 && cells[2].Length > 0 ? cells[2] : null, branches.Count > 0 ? branches : null));
        }

        return (steps, problems);
    }
}
