using System.Text.RegularExpressions;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// The words side of a theme learned from a few examples (<see cref="FewShotThemes"/>): the terms that are more common
/// in the examples than in the unlabelled rows, each weighted by its smoothed log-odds, and an item's score the sum of
/// the weights of the terms it uses over the square root of its distinct terms.
/// </summary>
/// <example>
/// Ten examples, four using "meal", against 3,000 rows of which 30 use it: weight ln((4 + 0.5) / 11) − ln((30 + 0.5) /
/// 3001) = 2.3. An item with nine distinct terms, "meal" among them and no other weighted term, scores 2.3 / 3 = 0.77.
/// </example>
public static partial class FewShotWords
{
    /// <summary>Added to every count (a term in no example weighs nothing: only terms of the examples are kept).</summary>
    public const double Smoothing = 0.5;

    /// <summary>The distinct lower-case words of at least three letters.</summary>
    public static HashSet<string> Terms(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    /// <summary>How many of the rows use each term.</summary>
    public static Dictionary<string, int> DocumentFrequencies(IEnumerable<HashSet<string>> rows)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
            foreach (var t in row) df[t] = df.GetValueOrDefault(t) + 1;
        return df;
    }

    /// <summary>Each term of the examples more common there than in the background, with its log-odds weight.</summary>
    public static Dictionary<string, float> Weights(IReadOnlyList<HashSet<string>> examples, IReadOnlyDictionary<string, int> background, int backgroundRows)
    {
        var inExamples = DocumentFrequencies(examples);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (term, count) in inExamples)
        {
            var w = Math.Log((count + Smoothing) / (examples.Count + 2 * Smoothing))
                    - Math.Log((background.GetValueOrDefault(term) + Smoothing) / (backgroundRows + 2 * Smoothing));
            if (w > 0) weights[term] = (float)w;
        }
        return weights;
    }

    /// <summary>The sum of the weights of the item's terms over the square root of its distinct terms (0 for no terms).</summary>
    public static float Score(IReadOnlyDictionary<string, float> weights, HashSet<string> terms)
    {
        if (terms.Count == 0) return 0;
        var sum = 0f;
        foreach (var t in terms) sum += weights.GetValueOrDefault(t);
        return sum / MathF.Sqrt(terms.Count);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
