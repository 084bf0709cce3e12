using System.Text;

namespace VoiceHub.Search.Queries;

/// <summary>
/// Reads a search as people type it into web search boxes: words (all must match), "quoted phrases", -word to leave
/// out, OR between alternatives (binding tighter than the implied AND, so <c>a b OR c</c> is a and either b or c),
/// word* for any ending, and <c>theme:</c>, <c>locality:</c>, <c>channel:</c> to filter (<c>theme:"staff manner"</c>).
/// Never throws: text it cannot read (an unclosed quote, a lone OR or -, a * not at the end of a word) is read again as
/// its plain words, and the result says so.
/// </summary>
internal static class QuerySyntax
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "theme", "locality", "channel" };

    public static TypedQuery Parse(string typed)
    {
        var text = typed.Trim();
        if (text == "*") return new TypedQuery([]) { Everything = true };
        return TryParse(text) ?? PlainWords(text);
    }

    /// <summary>The fallback: every run of letters and digits is a word that must match. Operators become words too.</summary>
    public static TypedQuery PlainWords(string text)
    {
        var groups = new List<TypedQuery.Group>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '’' or '&')
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0) groups.Add(new TypedQuery.Group([new TypedQuery.Term(TypedQuery.TermKind.Word, word.ToString())], false));
            word.Clear();
        }
        return new TypedQuery(groups) { Rewritten = true };
    }

    private static TypedQuery? TryParse(string text)
    {
        if (text.Count(c => c == '"') % 2 == 1) return null;
        var groups = new List<TypedQuery.Group>();
        var joinNext = false;
        var negateNext = false;
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;

            var excluded = negateNext;
            negateNext = false;
            if (text[i] == '-')
            {
                i++;
                if (i >= text.Length || char.IsWhiteSpace(text[i]) || text[i] == '-') return null; // a lone "-"
                excluded = true;
            }

            string? field = null;
            var colon = FieldPrefix(text, i);
            if (colon > 0)
            {
                field = text[i..colon].ToLowerInvariant();
                i = colon + 1;
                if (i >= text.Length || char.IsWhiteSpace(text[i])) return null; // "theme:" with nothing after
            }

            TypedQuery.Term term;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var phrase = text[(i + 1)..close];
                i = close + 1;
                if (phrase.Trim().Length == 0) continue; // "" means nothing
                term = new TypedQuery.Term(TypedQuery.TermKind.Phrase, phrase, field);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
                var word = text[start..i];
                if (field is null && !excluded)
                {
                    switch (word)
                    {
                        case "OR":
                            if (groups.Count == 0 || joinNext || groups[^1].Excluded) return null;
                            joinNext = true;
                            continue;
                        case "AND":
                            if (groups.Count == 0 || joinNext) return null;
                            continue;
                        case "NOT":
                            if (joinNext) return null;
                            negateNext = true;
                            continue;
                    }
                }
                var stars = word.Length - word.TrimEnd('*').Length;
                var stem = word.TrimEnd('*');
                if (stem.Length == 0 || stem.Contains('*')) return null; // "*" among words, or "*ing", "a*b"
                // Other punctuation is left to the analyser, which drops it; but it keeps "a:b" whole, so split colons.
                if (field is null) stem = stem.Replace(':', ' ');
                term = new TypedQuery.Term(stars > 0 && field is null ? TypedQuery.TermKind.Prefix : TypedQuery.TermKind.Word, stem, field);
            }

            if (joinNext)
            {
                if (excluded) return null; // "a OR -b" has no clear meaning
                var last = groups[^1];
                groups[^1] = last with { AnyOf = [.. last.AnyOf, term] };
                joinNext = false;
            }
            else
            {
                groups.Add(new TypedQuery.Group([term], excluded));
            }
        }
        if (joinNext || negateNext) return null; // a trailing OR or NOT
        return new TypedQuery(groups);
    }

    /// <summary>The index of the colon when <paramref name="at"/> starts a known <c>field:</c>, else −1.</summary>
    private static int FieldPrefix(string text, int at)
    {
        var colon = text.IndexOf(':', at);
        if (colon <= at) return -1;
        var name = text[at..colon];
        return Fields.Contains(name) ? colon : -1;
    }
}
