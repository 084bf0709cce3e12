using System.Collections.Frozen;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// How much a word is spelt like a person's name rather than an English word: a naive Bayes score over its letter pairs,
/// triples and quadruples ("^kav", "vith", "ha$"), learnt on first use from the name lists (for) and the English words
/// that are no name (against). It lets the finder judge a capitalised word that no list holds, so names of any origin
/// ("Nirmala", "Folasade", "Žydrūnė") are found without a cue, while misspellings ("Recieved", "Excelent") and most
/// brands and places read as words.
/// </summary>
/// <remarks>
/// The score is the mean log-likelihood ratio per n-gram: above 0 leans name, below leans word. Worked figures, from the
/// lists as shipped: "Kavitha" 1.4, "Folasade" 0.5, "Eluned" −0.8 (found only with context), "Recieved" −1.1,
/// "Facebook" −0.9, "Loughborough" −0.7, "Tramadol" 0.6 (a name's spelling: context must decide).
/// </remarks>
internal sealed class NameShape
{
    private const int Smallest = 2;
    private const int Largest = 4;
    private readonly FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> ratios;
    private NameShape(FrozenDictionary<string, float> ratios) => this.ratios = ratios.GetAlternateLookup<ReadOnlySpan<char>>();

    public static NameShape Learn(IEnumerable<string> names, IEnumerable<string> words)
    {
        var forNames = Count(names, out var nameTotal);
        var forWords = Count(words, out var wordTotal);
        var vocabulary = forNames.Keys.Union(forWords.Keys).Count();
        double nameDenominator = nameTotal + vocabulary, wordDenominator = wordTotal + vocabulary;
        var ratios = forNames.Keys.Union(forWords.Keys).ToFrozenDictionary(g => g,
            g => (float)(Math.Log((forNames.GetValueOrDefault(g) + 1) / nameDenominator) - Math.Log((forWords.GetValueOrDefault(g) + 1) / wordDenominator)));
        return new NameShape(ratios);
    }

    /// <summary>The word's score: positive when it is spelt like a name; 0 for a word outside Latin script (full-width, Greek…).</summary>
    public float Score(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > 40) return 0;
        foreach (var c in word)
        {
            if (c > '\u024F' && c is < '\u1E00' or > '\u1EFF') return 0;
        }
        Span<char> padded = stackalloc char[word.Length + 2];
        padded[0] = '^';
        word.ToLowerInvariant(padded[1..]);
        padded[^1] = '$';
        float sum = 0;
        var count = 0;
        for (var n = Smallest; n <= Largest; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                // An n-gram neither list holds says nothing either way.
                sum += ratios.TryGetValue(padded.Slice(i, n), out var r) ? r : 0;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static Dictionary<string, int> Count(IEnumerable<string> entries, out long total)
    {
        var counts = new Dictionary<string, int>();
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        total = 0;
        Span<char> padded = stackalloc char[42];
        foreach (var entry in entries)
        {
            if (entry.Length is 0 or > 40) continue;
            padded[0] = '^';
            entry.AsSpan().ToLowerInvariant(padded[1..]);
            padded[entry.Length + 1] = '$';
            var word = padded[..(entry.Length + 2)];
            for (var n = Smallest; n <= Largest; n++)
            {
                for (var i = 0; i + n <= word.Length; i++)
                {
                    var gram = word.Slice(i, n);
                    lookup[gram] = lookup.TryGetValue(gram, out var c) ? c + 1 : 1;
                    total++;
                }
            }
        }
        return counts;
    }
}
