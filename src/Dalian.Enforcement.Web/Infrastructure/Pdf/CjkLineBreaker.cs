using System.Text;

namespace Dalian.Enforcement.Web.Infrastructure.Pdf;

/// <summary>
/// Breaks Chinese text into lines that fit a width, since PDFsharp breaks only at spaces.
/// </summary>
/// <remarks>
/// The rules, after the usual Chinese typesetting practice (禁则):
/// <list type="bullet">
/// <item>A line may break between any two CJK characters, and at any space.</item>
/// <item>A run of Latin letters, digits and ASCII symbols ("2026", "12,500.00", a URL) stays whole when it
/// fits on a line; a run longer than a whole line is broken by character.</item>
/// <item>No line starts with closing punctuation (，。、）》 and their ASCII equivalents): the character before
/// it is pulled down to the next line with it. Punctuation never hangs into the margin, so every line
/// fits the width.</item>
/// <item>No line ends with opening punctuation (（《「“〔【): it moves down with the character after it.</item>
/// <item>Explicit newlines are kept; spaces at a break are dropped, and so are spaces at the end of a
/// paragraph. Spaces that start a paragraph (an indent) are kept.</item>
/// </list>
/// Joining the lines gives back every non-space character of the text in order. Only when a single
/// unbreakable piece is wider than the whole line do these rules give way, and a character that is wider
/// than the line on its own still gets a line of its own.
/// </remarks>
public static class CjkLineBreaker
{
    private const string ClosingPunctuation =
        "，。、；：？！）》」』”’〕】〗〙〉｝］％…—～·・々ー" + "﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞" + ",.;:?!)]}%";

    private const string OpeningPunctuation = "（《「『“‘〔【〖〘〈｛［" + "﹙﹛﹝" + "([{";

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>.</summary>
    /// <param name="text">The text; "\n" and "\r\n" start a new paragraph.</param>
    /// <param name="width">The line width, in the unit <paramref name="measure"/> returns.</param>
    /// <param name="measure">The width of a piece of text, e.g. <c>XGraphics.MeasureString(s, font).Width</c>.</param>
    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);

        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            BreakParagraph(paragraph, width, measure, lines);
        }

        return lines;
    }

    private static void BreakParagraph(string paragraph, double width, Func<string, double> measure, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var (space, group) in Groups(paragraph))
        {
            // Only the first group of a paragraph meets an empty line: its spaces are the indent.
            var candidate = line + space + group;
            if (measure(candidate) <= width)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (measure(group) <= width)
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                }

                line.Clear().Append(group);
                continue;
            }

            // Wider than a whole line: fill this line and the next ones character by character.
            if (line.Length > 0)
            {
                line.Append(space);
            }

            BreakByCharacter(group, width, measure, line, lines);
        }

        lines.Add(line.ToString());
    }

    private static void BreakByCharacter(string group, double width, Func<string, double> measure, StringBuilder line, List<string> lines)
    {
        foreach (var unit in Units(group))
        {
            if (line.Length == 0 && IsSpace(unit))
            {
                continue;
            }

            if (line.Length == 0 || measure(line + unit) <= width)
            {
                line.Append(unit);
                continue;
            }

            var current = line.ToString();
            var cut = BreakPoint(current, unit, width, measure);
            lines.Add(current[..cut].TrimEnd());
            line.Clear().Append(current[cut..].TrimStart()).Append(unit);
        }
    }

    /// <summary>
    /// Where to end a full line before <paramref name="next"/>: at its end, or a few characters earlier
    /// when the next line would otherwise start with closing punctuation or this one end with opening
    /// punctuation, provided what moves down still fits. Without such a place the rules give way.
    /// </summary>
    private static int BreakPoint(string line, string next, double width, Func<string, double> measure)
    {
        for (var cut = line.Length; cut > 0; cut -= LastUnit(line[..cut]).Length)
        {
            var head = line[..cut].TrimEnd();
            var tail = line[cut..] + next;
            if (head.Length > 0 && measure(tail.TrimStart()) > width)
            {
                break;
            }

            if (head.Length > 0 && !StartsWithClosing(tail.TrimStart()) && !EndsWithOpening(head))
            {
                return cut;
            }
        }

        return line.Length;
    }

    /// <summary>
    /// The paragraph as pieces that must stay on one line, each with the spaces before it.
    /// A piece is a CJK character or a Latin run, with the closing punctuation after it and the
    /// opening punctuation before it glued on.
    /// </summary>
    private static IEnumerable<(string Space, string Group)> Groups(string paragraph)
    {
        var space = new StringBuilder();
        var group = new StringBuilder();
        string? pendingSpace = null;
        foreach (var atom in Atoms(paragraph))
        {
            if (IsSpace(atom))
            {
                space.Append(atom);
                continue;
            }

            var glued = group.Length > 0 && (StartsWithClosing(atom) || EndsWithOpening(group.ToString()));
            if (glued)
            {
                group.Append(space).Append(atom);
            }
            else
            {
                if (group.Length > 0)
                {
                    yield return (pendingSpace!, group.ToString());
                }

                pendingSpace = space.ToString();
                group.Clear().Append(atom);
            }

            space.Clear();
        }

        if (group.Length > 0)
        {
            yield return (pendingSpace!, group.ToString());
        }
    }

    /// <summary>Latin runs, single other characters, and single spaces.</summary>
    private static IEnumerable<string> Atoms(string paragraph)
    {
        var run = new StringBuilder();
        foreach (var unit in Units(paragraph))
        {
            if (IsLatin(unit))
            {
                run.Append(unit);
                continue;
            }

            if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }

            yield return unit;
        }

        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }

    /// <summary>Characters, keeping a surrogate pair together.</summary>
    private static IEnumerable<string> Units(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return text.Substring(i++, 2);
            }
            else
            {
                yield return text[i].ToString();
            }
        }
    }

    private static string LastUnit(string text) =>
        text.Length >= 2 && char.IsLowSurrogate(text[^1]) && char.IsHighSurrogate(text[^2]) ? text[^2..] : text[^1..];

    private static bool IsSpace(string unit) => unit.Length == 1 && char.IsWhiteSpace(unit[0]);

    /// <summary>
    /// Letters, digits and symbols below the General Punctuation block (ASCII and Latin-1 included), so
    /// that "12,500.00" and a URL form one run; the middle dot of a transliterated name (阿依古丽·买买提) is
    /// punctuation instead.
    /// </summary>
    private static bool IsLatin(string unit) =>
        unit.Length == 1 && unit[0] < '\u2000' && unit[0] != '·' && !char.IsWhiteSpace(unit[0]) && !char.IsControl(unit[0]);

    private static bool StartsWithClosing(string text) =>
        text.Length > 0 && ClosingPunctuation.Contains(text[0], StringComparison.Ordinal);

    private static bool EndsWithOpening(string text) =>
        text.Length > 0 && OpeningPunctuation.Contains(text[^1], StringComparison.Ordinal);
}
