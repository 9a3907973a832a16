using System.Text;

namespace Dalian.Enforcement.Domain.Decisions;

/// <summary>
/// The one normal form of searchable text, for what the full-text index holds and for what a visitor types: compatibility forms
/// folded (NFKC: full-width digits and Latin letters are ASCII, １２ → 12, Ａ → A), every kind of bracket one pair (〔〕, the form
/// GB/T 9704 gives a document number's year: 〔2024〕, （2024）, (2024), [2024], 【2024】 and ［2024］ are one), Latin letters lower
/// case. So 大洼水罚（２０２４）12号 finds 大洼水罚〔2024〕12号.
/// </summary>
public static class SearchText
{
    private const string Opening = "([{【〔〖〘〚⦅";

    private const string Closing = ")]}】〕〗〙〛⦆";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var normal = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            normal.Append(Opening.Contains(c, StringComparison.Ordinal) ? '〔' : Closing.Contains(c, StringComparison.Ordinal) ? '〕' : char.ToLowerInvariant(c));
        }

        return normal.ToString();
    }

    /// <summary>What the index holds for a decision: its published name, document number, violation type and content, each normalised.</summary>
    public static string Of(Decision decision) =>
        string.Join(' ', Normalize(decision.PublicPartyName), Normalize(decision.DocumentNumber), Normalize(decision.ViolationType), Normalize(decision.Content));
}
