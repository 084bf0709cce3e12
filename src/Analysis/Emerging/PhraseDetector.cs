using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// New phrases: words and short phrases whose share of this week's items stands out against the weeks before, by
/// Dunning's log-likelihood ratio (G², Dunning 1993) on item counts: this week's items with and without the phrase
/// against the background's. A phrase must be in enough items from at least two voices (one long report repeating
/// itself is not a trend; 22 online-form answers in one upload are 22 people, <see cref="WeekText.Voice"/>), several
/// times as common as before, and not already a theme (its name, a run of words in its name, or a synonym of those).
/// </summary>
/// <remarks>
/// Computed from the items' redacted text in PostgreSQL rather than Lucene's term statistics: Lucene's document
/// frequencies are over the whole index (later weeks included), whereas a week must be judged against the weeks before
/// it, so a past week's digest says what it would have said then; and Analysis does not depend on Search.
/// </remarks>
public sealed class PhraseDetector(EmergingOptions options, IReadOnlySet<string> excluded)
{
    public IReadOnlyList<PhraseResult> Detect(IReadOnlyList<WeekText> week, IReadOnlyList<WeekText> background)
    {
        if (week.Count == 0 || background.Count < options.PhraseMinimumBackground) return [];

        var weekCounts = new Dictionary<string, (int Items, HashSet<long> Documents, HashSet<(bool, long)> Voices)>(StringComparer.Ordinal);
        foreach (var item in week)
        {
            foreach (var phrase in Phrases.Of(item.Text))
            {
                if (!weekCounts.TryGetValue(phrase, out var c)) weekCounts[phrase] = c = (0, [], []);
                c.Documents.Add(item.DocumentId);
                c.Voices.Add(item.Voice);
                weekCounts[phrase] = (c.Items + 1, c.Documents, c.Voices);
            }
        }
        var candidates = weekCounts
            .Where(kv => kv.Value.Items >= options.PhraseMinimumItems && kv.Value.Voices.Count >= 2 && !IsExcluded(kv.Key))
            .ToDictionary(kv => kv.Key, kv => 0, StringComparer.Ordinal);
        if (candidates.Count == 0) return [];
        foreach (var item in background)
        {
            foreach (var phrase in Phrases.Of(item.Text))
            {
                if (candidates.TryGetValue(phrase, out var n)) candidates[phrase] = n + 1;
            }
        }

        double n1 = week.Count, n2 = background.Count;
        var scored = new List<PhraseResult>();
        foreach (var (phrase, inBackground) in candidates)
        {
            var (a, docs, _) = weekCounts[phrase];
            var expected = inBackground / n2 * n1;
            // A phrase never seen before counts as half an item in the background, so the ratio stays finite.
            var ratio = a / n1 / (Math.Max(inBackground, 0.5) / n2);
            if (ratio < options.PhraseMinimumRatio) continue;
            var g2 = LogLikelihood(a, n1 - a, inBackground, n2 - inBackground);
            if (g2 < options.PhraseMinimumScore) continue;
            scored.Add(new PhraseResult(phrase, a, expected, g2, docs.Count));
        }
        return Distinct(scored.OrderByDescending(p => p.Score).ThenBy(p => p.Phrase, StringComparer.Ordinal)).Take(options.MaxPhrases).ToList();
    }

    private bool IsExcluded(string phrase) => excluded.Contains(phrase);

    /// <summary>G² for a 2×2 table: this week with/without the phrase (a, b) against the background (c, d).</summary>
    public static double LogLikelihood(double a, double b, double c, double d)
    {
        var n = a + b + c + d;
        double Term(double observed, double expected) => observed > 0 ? observed * Math.Log(observed / expected) : 0;
        var e1 = (a + b) * (a + c) / n;
        var e2 = (a + b) * (b + d) / n;
        var e3 = (c + d) * (a + c) / n;
        var e4 = (c + d) * (b + d) / n;
        return 2 * (Term(a, e1) + Term(b, e2) + Term(c, e3) + Term(d, e4));
    }

    /// <summary>
    /// One phrase per idea: "blue badge" and "badge" found in much the same items are one finding, the longer phrase.
    /// </summary>
    private static IEnumerable<PhraseResult> Distinct(IEnumerable<PhraseResult> byScore)
    {
        var kept = new List<PhraseResult>();
        foreach (var p in byScore)
        {
            var inside = kept.FindIndex(k => Contains(p.Phrase, k.Phrase) && p.Count >= 0.7 * k.Count);
            if (inside >= 0)
            {
                kept[inside] = p;
                continue;
            }
            if (kept.Any(k => Contains(k.Phrase, p.Phrase) && k.Count >= 0.7 * p.Count)) continue;
            kept.Add(p);
        }
        return kept.GroupBy(k => k.Phrase).Select(g => g.First()).OrderByDescending(k => k.Score);
    }

    private static bool Contains(string longer, string shorter) =>
        longer.Length > shorter.Length && (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.Ordinal);

    /// <summary>
    /// What the taxonomy already names: each theme's name and every run of one to three words in it (stop words aside),
    /// and every synonym (from the search's synonyms file) of any of those.
    /// </summary>
    public static HashSet<string> Taxonomy(IEnumerable<string> themeNames, IEnumerable<IReadOnlyList<string>> synonymSets)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in themeNames)
        {
            var tokens = Phrases.Tokens(name);
            names.Add(string.Join(' ', tokens));
            for (var i = 0; i < tokens.Count; i++)
            {
                for (var len = 1; len <= 3 && i + len <= tokens.Count; len++)
                {
                    var run = tokens.Skip(i).Take(len).ToList();
                    if (StopWords.Contains(run[0]) || StopWords.Contains(run[^1])) continue;
                    names.Add(string.Join(' ', run));
                }
            }
        }
        foreach (var set in synonymSets)
        {
            var normalised = set.Select(s => string.Join(' ', Phrases.Tokens(s))).Where(s => s.Length > 0).ToList();
            if (normalised.Any(names.Contains)) names.UnionWith(normalised);
        }
        return names;
    }
}
