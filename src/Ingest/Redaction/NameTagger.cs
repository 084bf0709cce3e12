using System.Globalization;
using System.Reflection;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// A learned second opinion on names, asked only about words the rules (<see cref="NameFinder"/>) left: a linear model
/// (the mean of five averaged perceptrons, <see cref="NameTaggerTraining"/>) over each word's features (<see cref="NameTaggerFeatures"/>:
/// spelling and case, the lists, the words either side, the sentence and line, the rules' names beside it). A word whose
/// score passes <see cref="Threshold"/> becomes <c>[name]</c>, counted as uncertain; neighbours tagged together are one span.
/// </summary>
/// <remarks>
/// The weights are <c>seeds/redaction/name-tagger.txt</c>, embedded in this assembly; that file's header says how it was
/// made (<c>voicehub bench name-tagger</c>, from the planted tuning sets, never <c>--held11</c>). Worked example: in "one carer
/// is very good but the other one MARSAILI does not wash her hands" no list holds "MARSAILI" and the rules leave it (no cue
/// before it); the tagger reads its spelling and capitals in mixed-case text, "one" before it and "does" after it, and takes it.
/// </remarks>
public sealed class NameTagger
{
    private static readonly Lazy<NameTagger?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private static NameTagger? replaced;
    private static bool isReplaced;

    [ThreadStatic] private static Token[]? tokenBuffer;
    [ThreadStatic] private static bool[]? rulesBuffer;
    [ThreadStatic] private static bool[]? coveredBuffer;

    private readonly Dictionary<ulong, float> weights;

    internal NameTagger(Dictionary<ulong, float> weights, float threshold, IReadOnlyList<string> header)
    {
        this.weights = weights;
        Threshold = threshold;
        Header = header;
    }

    /// <summary>The score above which a word is a name.</summary>
    public float Threshold { get; }

    /// <summary>How the weights were made (the file's comment lines).</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>How many features carry a weight.</summary>
    public int Features => weights.Count;

    /// <summary>The tagger the redactor asks: the embedded weights, unless <see cref="Use"/> replaced them; null when there are none.</summary>
    public static NameTagger? Current => Volatile.Read(ref isReplaced) ? replaced : Embedded.Value;

    /// <summary>For the benchmark and training only: makes the redactor ask <paramref name="tagger"/> (null: ask none).</summary>
    public static void Use(NameTagger? tagger)
    {
        replaced = tagger;
        Volatile.Write(ref isReplaced, true);
    }

    /// <summary>Reads weights written by <see cref="Write"/>: "# comment" lines, "threshold 1.5", then "feature=value weight" lines.</summary>
    public static NameTagger Read(TextReader reader)
    {
        var weights = new Dictionary<ulong, float>();
        var header = new List<string>();
        var threshold = 0f;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            if (line[0] == '#') { header.Add(line[1..].Trim()); continue; }
            var space = line.LastIndexOf(' ');
            if (space <= 0) throw new FormatException($"A name tagger line is not \"feature weight\": {line}");
            var value = float.Parse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            var feature = line.AsSpan(0, space);
            if (feature is "threshold") { threshold = value; continue; }
            var equals = feature.IndexOf('=');
            if (equals <= 0) throw new FormatException($"A name tagger feature has no \"=\": {line}");
            weights[NameTaggerFeatures.Hash(feature[..equals], feature[(equals + 1)..])] = value;
        }
        return new NameTagger(weights, threshold, header);
    }

    /// <summary>What this tagger adds to the rules' findings in <paramref name="text"/>: the names it alone takes, in order.</summary>
    public IReadOnlyList<RedactedSpan> Tag(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var found = new List<Found>();
        IdentifierFinder.Find(text, found);
        NameFinder.Find(text, found);
        var rules = found.Count;
        Find(text, found);
        return found.Skip(rules).Select(f => new RedactedSpan(f.Start, f.Length, f.Placeholder, f.Uncertain)).ToList();
    }

    /// <summary>The words the rules left that the tagger takes as names, added to <paramref name="found"/> as <c>[name]</c>.</summary>
    internal void Find(string text, List<Found> found)
    {
        var tokens = tokenBuffer ??= new Token[64];
        var n = Token.Split(text, ref tokens);
        tokenBuffer = tokens;
        if (n == 0) return;
        var byRules = rulesBuffer is { } r && r.Length >= n ? r : rulesBuffer = new bool[Math.Max(n, 64)];
        var covered = coveredBuffer is { } c && c.Length >= n ? c : coveredBuffer = new bool[Math.Max(n, 64)];
        Mark(tokens, n, found, covered, byRules);
        var lists = RedactionLists.Instance;
        NameTaggerFeatures.MarkKeepPhrases(text, tokens, n, covered, lists);
        var caseless = !HasBothCases(text);
        var lastNewline = text.LastIndexOf('\n');
        Span<ulong> features = stackalloc ulong[NameTaggerFeatures.Most];
        var taggedFrom = -1;
        for (var i = 0; i <= n; i++)
        {
            var tagged = i < n && !covered[i] && NameTaggerFeatures.IsCandidate(text, tokens, n, i, caseless, byRules.AsSpan(0, n), lists)
                && Score(features[..NameTaggerFeatures.Write(text, tokens, n, i, caseless, byRules.AsSpan(0, n), lastNewline, lists, features)]) > Threshold;
            // Tagged neighbours with only a space between them are one name: "Oyinlola Adebayo".
            if (tagged && taggedFrom >= 0 && NameTaggerFeatures.Spaced(text, tokens[i - 1], tokens[i])) continue;
            if (taggedFrom >= 0)
            {
                var last = tokens[i - 1];
                found.Add(new(tokens[taggedFrom].Start, last.Start + last.Length - tokens[taggedFrom].Start, Redactor.Name, true));
                taggedFrom = -1;
            }
            if (tagged) taggedFrom = i;
        }
    }

    /// <summary>The model's score for one word's features (<see cref="NameTaggerFeatures.Write"/>).</summary>
    internal float Score(ReadOnlySpan<ulong> features)
    {
        var sum = 0f;
        foreach (var f in features) sum += weights.GetValueOrDefault(f);
        return sum;
    }

    // Which tokens a detail found already covers (the tagger does not ask about them), and which the rules took as names.
    internal static void Mark(Token[] tokens, int n, List<Found> found, bool[] covered, bool[] byRules)
    {
        Array.Clear(covered, 0, n);
        Array.Clear(byRules, 0, n);
        foreach (var f in found)
        {
            // The first token ending after the detail starts (tokens are in order), then on while they start inside it.
            int lo = 0, hi = n;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (tokens[mid].Start + tokens[mid].Length <= f.Start) lo = mid + 1;
                else hi = mid;
            }
            for (var i = lo; i < n && tokens[i].Start < f.End; i++)
            {
                covered[i] = true;
                if (f.Placeholder == Redactor.Name) byRules[i] = true;
            }
        }
    }

    internal static bool HasBothCases(string text)
    {
        bool upper = false, lower = false;
        foreach (var c in text)
        {
            if (char.IsUpper(c)) upper = true;
            else if (char.IsLower(c)) lower = true;
            if (upper && lower) return true;
        }
        return false;
    }

    private static NameTagger? LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Redaction.name-tagger.txt");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        var tagger = Read(reader);
        return tagger.Features == 0 ? null : tagger;
    }
}
