using System.Globalization;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Trains <see cref="NameTagger"/>: an averaged perceptron over every candidate word of texts whose names are known
/// (planted sets), each word a name or not. Deterministic: the same texts, epochs and seed give the same weights.
/// </summary>
/// <remarks>
/// Every candidate is learnt from, the ones the rules found too, so the tagger learns what a name looks like in context
/// rather than only the rules' few misses; the rules' names beside a word are a feature. Features seen fewer than
/// <c>minCount</c> times are dropped, which also keeps any one planted name's spelling out of the weights.
/// </remarks>
public sealed class NameTaggerTraining
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> names = [];
    private readonly List<int> counts = [];
    private readonly List<int[]> examples = [];
    private readonly List<bool> labels = [];

    /// <summary>Candidate words learnt from so far.</summary>
    public int Examples => examples.Count;

    /// <summary>Of them, names.</summary>
    public int Names => labels.Count(l => l);

    /// <summary>
    /// Learns from one text: a candidate word overlapping one of <paramref name="nameSpans"/> is a name, one overlapping
    /// <paramref name="skipSpans"/> (other planted details) is left out, every other candidate is not a name.
    /// </summary>
    public void Add(string text, IReadOnlyList<(int Start, int Length)> nameSpans, IReadOnlyList<(int Start, int Length)> skipSpans)
    {
        foreach (var (_, names, label) in Candidates(text, nameSpans, skipSpans, withNames: true))
        {
            var example = new int[names!.Count];
            for (var k = 0; k < example.Length; k++) example[k] = Id(names[k]);
            examples.Add(example);
            labels.Add(label);
        }
    }

    /// <summary>
    /// The tagger's score for every candidate word of <paramref name="text"/>, the rules' names too, each with whether it is
    /// a planted name: for judging a tagger on a set it never trained on.
    /// </summary>
    public static IEnumerable<(float Score, bool Name)> Judge(NameTagger tagger, string text, IReadOnlyList<(int Start, int Length)> nameSpans,
        IReadOnlyList<(int Start, int Length)> skipSpans)
    {
        foreach (var (hashes, _, label) in Candidates(text, nameSpans, skipSpans, withNames: false)) yield return (tagger.Score(hashes), label);
    }

    private static IEnumerable<(ulong[] Hashes, List<string>? Names, bool Label)> Candidates(string text, IReadOnlyList<(int Start, int Length)> nameSpans,
        IReadOnlyList<(int Start, int Length)> skipSpans, bool withNames)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        var tokens = new Token[64];
        var n = Token.Split(text, ref tokens);
        if (n == 0) yield break;
        var found = new List<Found>();
        IdentifierFinder.Find(text, found);
        NameFinder.Find(text, found);
        var covered = new bool[n];
        var byRules = new bool[n];
        NameTagger.Mark(tokens, n, found.Where(f => f.Placeholder != Redactor.Name).ToList(), covered, new bool[n]);
        NameTagger.Mark(tokens, n, found.Where(f => f.Placeholder == Redactor.Name).ToList(), new bool[n], byRules);
        var caseless = !NameTagger.HasBothCases(text);
        var lists = RedactionLists.Instance;
        NameTaggerFeatures.MarkKeepPhrases(text, tokens, n, covered, lists);
        var hashes = new ulong[NameTaggerFeatures.Most];
        var lastNewline = text.LastIndexOf('\n');
        for (var i = 0; i < n; i++)
        {
            if (covered[i] || !NameTaggerFeatures.IsCandidate(text, tokens, n, i, caseless, byRules, lists, learning: withNames)) continue;
            if (Overlaps(skipSpans, tokens[i])) continue;
            var names = withNames ? new List<string>() : null;
            var count = NameTaggerFeatures.Write(text, tokens, n, i, caseless, byRules, lastNewline, lists, hashes, names);
            yield return (hashes[..count], names, Overlaps(nameSpans, tokens[i]));
        }
    }

    /// <summary>
    /// Trains for <paramref name="epochs"/> passes in an order shuffled by <paramref name="seed"/> and writes the averaged
    /// weights (a non-name's mistake weighing <paramref name=\"negativeCost\"/> times a name's; rounded to 1/1000, those seen at least <paramref name="minCount"/> times) with <paramref name="header"/> as
    /// comment lines, to be read back with <see cref="NameTagger.Read"/>.
    /// </summary>
    public void Train(int epochs, int seed, float threshold, int minCount, double negativeCost, int bags, IEnumerable<string> header, TextWriter writer)
    {
        // Several perceptrons, each over its own shuffled order, averaged: one alone swings on words seen in few contexts.
        var averaged = new double[names.Count];
        for (var bag = 0; bag < bags; bag++)
        {
            var one = TrainOne(epochs, seed + bag, negativeCost);
            for (var f = 0; f < averaged.Length; f++) averaged[f] += one[f] / bags;
        }
        foreach (var line in header) writer.WriteLine("# " + line);
        writer.WriteLine("threshold " + threshold.ToString("0.###", CultureInfo.InvariantCulture));
        foreach (var f in Enumerable.Range(0, names.Count).Where(f => counts[f] >= minCount).OrderBy(f => names[f], StringComparer.Ordinal))
        {
            var weight = Math.Round(averaged[f], 3);
            if (weight != 0) writer.WriteLine(names[f] + " " + weight.ToString("0.###", CultureInfo.InvariantCulture));
        }
        writer.Flush();
    }

    private double[] TrainOne(int epochs, int seed, double negativeCost)
    {
        var w = new double[names.Count];
        var u = new double[names.Count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        var c = 1L;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var x = examples[e];
                var score = 0.0;
                foreach (var f in x) score += w[f];
                var y = labels[e] ? 1 : -1;
                if (score * y <= 0)
                {
                    // A word wrongly taken for a name costs more than a name missed: the rules already find most names.
                    var step = labels[e] ? 1 : -negativeCost;
                    foreach (var f in x)
                    {
                        w[f] += step;
                        u[f] += step * c;
                    }
                }
                c++;
            }
        }
        for (var f = 0; f < w.Length; f++) w[f] -= u[f] / c;
        return w;
    }

    private int Id(string name)
    {
        if (ids.TryGetValue(name, out var id))
        {
            counts[id]++;
            return id;
        }
        ids[name] = names.Count;
        names.Add(name);
        counts.Add(1);
        return names.Count - 1;
    }

    private static bool Overlaps(IReadOnlyList<(int Start, int Length)> spans, Token t)
    {
        foreach (var (start, length) in spans)
        {
            if (t.Start < start + length && start < t.Start + t.Length) return true;
        }
        return false;
    }
}
