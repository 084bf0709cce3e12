using System.Text.RegularExpressions;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// The candidate phrases of a text, for new-phrase detection: single words, two-word phrases, and three-word phrases
/// joined by a small word ("cost of living", "out of hours"), all lower case. Stop words never start or end a phrase
/// (but for a few that make compounds: "day centre"), phrases never cross punctuation, and redaction placeholders
/// ("[name]") and numbers are left out.
/// </summary>
public static partial class Phrases
{
    private static readonly HashSet<string> Joiners = ["of", "for", "to", "in", "on", "at", "and", "with"];

    /// <summary>
    /// Stop words that name nothing alone but make a compound with the word after them: "day centre", "day care",
    /// "time slot". They start a two-word phrase, never stand alone or end one.
    /// </summary>
    private static readonly HashSet<string> Modifiers = ["day", "time", "week"];

    public static HashSet<string> Of(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in Clauses().Split(Placeholder().Replace(text, " . ")))
        {
            var tokens = Tokens(clause);
            for (var i = 0; i < tokens.Count; i++)
            {
                var a = tokens[i];
                if (StopWords.Contains(a))
                {
                    if (Modifiers.Contains(a) && i + 1 < tokens.Count && !StopWords.Contains(tokens[i + 1]) && tokens[i + 1].Length >= 3)
                        found.Add(a + " " + tokens[i + 1]);
                    continue;
                }
                if (a.Length >= 3) found.Add(a);
                if (i + 1 < tokens.Count)
                {
                    var b = tokens[i + 1];
                    if (!StopWords.Contains(b)) found.Add(a + " " + b);
                    else if (Joiners.Contains(b) && i + 2 < tokens.Count && !StopWords.Contains(tokens[i + 2])) found.Add(a + " " + b + " " + tokens[i + 2]);
                }
            }
        }
        return found;
    }

    /// <summary>The words of a text as phrases are made of: lower case, possessive "'s" dropped, numbers left out.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value.ToLowerInvariant().Replace('’', '\'');
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
            w = w.Trim('\'');
            if (w.Length == 0 || w.All(char.IsDigit)) continue;
            tokens.Add(w);
        }
        return tokens;
    }

    /// <summary>The phrase as a search for it: quoted when it has more than one word.</summary>
    public static string AsQuery(string phrase) => phrase.Contains(' ') ? $"\"{phrase}\"" : phrase;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?;:,()""\n\r\t/]+|\s-\s")]
    private static partial Regex Clauses();

    [GeneratedRegex(@"\[[^\]]{0,40}\]")]
    private static partial Regex Placeholder();
}
