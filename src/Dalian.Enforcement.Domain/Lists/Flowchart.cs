namespace Dalian.Enforcement.Domain.Lists;

/// <summary>One arrow out of a step, with the condition under which it is taken (e.g. 符合条件).</summary>
public sealed record FlowBranch(int To, string? Condition = null);

/// <summary>One step of an enforcement flowchart (执法流程图).</summary>
public sealed record FlowStep(int Number, string Title, string? Detail = null, IReadOnlyList<FlowBranch>? Next = null)
{
    public IReadOnlyList<FlowBranch> Branches => Next ?? [];
}

/// <summary>
/// A flowchart kept as ordered steps with branches, drawn by the page itself (no image uploads), so
/// that a screen reader reads it as a list and every branch can be checked.
/// </summary>
public static class Flowchart
{
    /// <summary>What is wrong with the steps, in Chinese; empty when they form a valid flowchart.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<FlowStep> steps)
    {
        if (steps.Count == 0)
        {
            return ["流程图至少需要一个步骤。"];
        }

        var problems = new List<string>();
        var numbers = steps.Select(s => s.Number).ToHashSet();
        foreach (var duplicate in steps.GroupBy(s => s.Number).Where(g => g.Count() > 1))
        {
            problems.Add($"步骤编号 {duplicate.Key} 重复。");
        }

        foreach (var step in steps)
        {
            if (string.IsNullOrWhiteSpace(step.Title))
            {
                problems.Add($"步骤 {step.Number} 缺少名称。");
            }

            foreach (var branch in step.Branches.Where(b => !numbers.Contains(b.To)))
            {
                problems.Add($"步骤 {step.Number}（{step.Title}）指向不存在的步骤 {branch.To}。");
            }
        }

        if (steps.All(s => s.Branches.Count > 0))
        {
            problems.Add("流程图没有结束步骤（每个步骤都指向下一步）。");
        }

        return problems;
    }
}
