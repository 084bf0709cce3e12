using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// The redactor's word lists, read once from resources embedded in this assembly (linked from <c>seeds/names</c>,
/// <c>seeds/redaction</c> and the gazetteer <c>seeds/council/localities.csv</c>) on first use, into frozen sets that are
/// looked up by span, so a token costs no allocation. Editing a seeds file takes a rebuild.
/// </summary>
internal sealed class RedactionLists
{
    private static readonly Lazy<RedactionLists> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static RedactionLists Instance => Loaded.Value;

    private RedactionLists(FrozenSet<string> first, FrozenSet<string> surnames, FrozenSet<string> words, FrozenSet<string> weak,
        FrozenSet<string> keepWords, FrozenDictionary<string, string[][]> keepPhrases, Regex? caseReferences)
    {
        FirstNames = first.GetAlternateLookup<ReadOnlySpan<char>>();
        Surnames = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        EnglishWords = words.GetAlternateLookup<ReadOnlySpan<char>>();
        WeakNames = weak.GetAlternateLookup<ReadOnlySpan<char>>();
        KeepWords = keepWords.GetAlternateLookup<ReadOnlySpan<char>>();
        KeepPhrases = keepPhrases.GetAlternateLookup<ReadOnlySpan<char>>();
        CaseReferences = caseReferences;
        shape = new Lazy<NameShape>(() => NameShape.Learn(first.Concat(surnames), words.Where(w => !first.Contains(w) && !surnames.Contains(w))),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<NameShape> shape;

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstNames { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Surnames { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords { get; }

    /// <summary>Listed names that are also everyday or council words (Hope, Will, Grays): names only with a strong cue.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakNames { get; }

    /// <summary>Single words that are never names (places, days, months, shops): the gazetteer and <c>keep.txt</c>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KeepWords { get; }

    /// <summary>
    /// Phrases that are never names ("Orchard House", "St Luke's Hospice") and services named after people ("Macmillan",
    /// an empty rest), by their first word; each the words after it.
    /// </summary>
    public FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> KeepPhrases { get; }

    /// <summary>How name-like an unlisted word is spelt; learnt from the lists on first use (<see cref="Redaction.NameShape"/>).</summary>
    public NameShape NameShape => shape.Value;

    /// <summary>The council's case-reference formats (<c>case-references.txt</c>) as one pattern; null when the file has none.</summary>
    public Regex? CaseReferences { get; }

    private static RedactionLists Load()
    {
        var keepWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keepPhrases = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Lines("keep.txt").Concat(GazetteerPlaces()))
        {
            var words = entry.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1) keepWords.Add(words[0]);
            else (keepPhrases.TryGetValue(words[0], out var list) ? list : keepPhrases[words[0]] = []).Add(words[1..]);
            // "Horndon-on-the-Hill" is one token of the text: kept whole as well as in its parts.
            if (!entry.Contains(' ') && entry.Contains('-')) keepWords.Add(entry);
        }
        // Services named after people ("Macmillan", "Marie Curie"): phrases, a single word too, so that the finder can ask
        // the word before them (a title makes them a person's name again).
        foreach (var entry in Lines("named-after-people.txt"))
        {
            var words = entry.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            (keepPhrases.TryGetValue(words[0], out var list) ? list : keepPhrases[words[0]] = []).Add(words[1..]);
        }
        var patterns = Lines("case-references.txt").ToList();
        // Names of every origin that faker's locales lack, first or family (people-names.txt), and those of origins every
        // served list under-covers, written by hand (origin-names.txt): either place in a name.
        var people = Lines("people-names.txt").Concat(Lines("origin-names.txt")).ToList();
        var caseReferences = patterns.Count == 0 ? null : new Regex(
            @"(?<![\w-])(?:" + string.Join('|', patterns.Select(p => "(?:" + p + ")")) + @")(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        return new RedactionLists(
            Set(Lines("first-names.txt").Concat(people)), Set(Lines("surnames.txt").Concat(people)), Set(Lines("english-words.txt")), Set(Lines("weak-names.txt")),
            keepWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            keepPhrases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            caseReferences);
    }

    private static FrozenSet<string> Set(IEnumerable<string> lines) => lines.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Redaction." + name)
            ?? throw new InvalidOperationException($"The redactor's list {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#') lines.Add(trimmed);
        }
        return lines;
    }

    // The gazetteer's locality names and places (its fourth column, ';'-separated): "Grays", "Chadwell St Mary".
    private static IEnumerable<string> GazetteerPlaces()
    {
        foreach (var line in Lines("localities.csv").Skip(1))
        {
            var fields = Csv(line);
            yield return fields[0];
            if (fields.Count > 3)
            {
                foreach (var place in fields[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) yield return place;
            }
        }
    }

    private static List<string> Csv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
