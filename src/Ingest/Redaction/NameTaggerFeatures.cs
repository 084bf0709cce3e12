namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// What <see cref="NameTagger"/> reads of one word: its spelling and case, the lists that hold it, the words and
/// punctuation either side, where it stands in its sentence and line, and whether the rules already took a neighbour.
/// Each feature is a name and a value ("p1=son", "shape=Xx"), hashed (FNV-1a, values lower-cased) so that scoring
/// allocates nothing; training also keeps the names, so the weights file can be read.
/// </summary>
internal static class NameTaggerFeatures
{
    /// <summary>At most this many features a word.</summary>
    public const int Most = 48;

    /// <summary>
    /// Whether the tagger is asked about token <paramref name="i"/> at all: never a function word, title, role, kept place,
    /// weekday or weak name ("Hope", "Will"), nor a word before a place's or a condition's word ("Clifton Lane", "Bell's
    /// palsy"), nor an unlisted word after "from", "in", "at" or "near" (a town: "moved from Shrewsbury") or after a journey's "to" ("take back to Fernwood"), nor two words run together ("politelyTaken"), nor a short acronym in mixed-case text ("SRN"). An English
    /// word ("Grace", "Biscuit", "Luckily") only beside a name the rules found ("Mary Grace"): elsewhere the rules'
    /// careful reading of such words stands. Otherwise, in mixed-case text, a capitalised word or a lower-case one no
    /// dictionary holds ("thank u priya"); in text all of one case, a word no dictionary holds. In <paramref name="learning"/>
    /// every capitalised English word counts, so that the tagger learns from the many that are no name.
    /// </summary>
    public static bool IsCandidate(string text, Token[] tokens, int n, int i, bool caseless, ReadOnlySpan<bool> byRules, RedactionLists lists, bool learning = false)
    {
        var w = tokens[i].Of(text);
        if (w.Length < 2 || NameCues.Stop.Contains(w) || NameCues.Titles.Contains(w) || NameCues.Roles.Contains(w)) return false;
        if (lists.KeepWords.Contains(w) || lists.WeakNames.Contains(w) || NameCues.Weekdays.Contains(w)) return false;
        if (BeforePlace(text, tokens, n, i) || AfterSaint(text, tokens, i) || NameCues.LabelsCode(w, text, tokens[i].End)) return false;
        if (AfterPlacePreposition(text, tokens, i) && !lists.FirstNames.Contains(w) && !lists.Surnames.Contains(w)) return false;
        if (!caseless && char.IsLower(w[0]) && InnerCapital(w)) return false;
        if (!caseless && char.IsUpper(w[0]) && w.Length <= 3 && !InnerLower(w)) return false;
        if (lists.EnglishWords.Contains(w))
            return (caseless || char.IsUpper(w[0])) && ((learning && (!caseless || lists.FirstNames.Contains(w) || lists.Surnames.Contains(w))) || (i > 0 && byRules[i - 1] && Spaced(text, tokens[i - 1], tokens[i])) || (i + 1 < n && byRules[i + 1] && Spaced(text, tokens[i], tokens[i + 1])));
        return caseless || char.IsUpper(w[0]) || w.Length >= 3;
    }

    /// <summary>Whether only one or two spaces stand between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool Spaced(string text, Token a, Token b) => b.Start - a.End is 1 or 2 && text.AsSpan(a.End, b.Start - a.End).Trim(' ').IsEmpty;

    /// <summary>
    /// Marks the words of kept phrases and services named after people ("Language Line", "Sue Ryder", "Barthel score") as
    /// taken, so the tagger is not asked about them; after a title they are a person's name again ("Dr Barthel").
    /// </summary>
    public static void MarkKeepPhrases(string text, Token[] tokens, int n, bool[] taken, RedactionLists lists)
    {
        for (var i = 0; i < n; i++)
        {
            if (!lists.KeepPhrases.TryGetValue(tokens[i].Of(text), out var phrases)) continue;
            if (i > 0 && NameCues.Titles.Contains(tokens[i - 1].Of(text))) continue;
            foreach (var rest in phrases)
            {
                if (i + rest.Length >= n) continue;
                var match = true;
                for (var j = 0; j < rest.Length && match; j++) match = NameCues.PhraseWord(tokens[i + 1 + j].Of(text), rest[j], j == rest.Length - 1);
                if (!match) continue;
                for (var j = 0; j <= rest.Length; j++) taken[i + j] = true;
                break;
            }
        }
    }

    // "Marlow House", "Corbridge Eye Hospital", "Crohn's disease": the next word, or the one after a capitalised next word.
    private static bool BeforePlace(string text, Token[] tokens, int n, int i)
    {
        for (var j = i + 1; j < n && j <= i + 2; j++)
        {
            if (!Spaced(text, tokens[j - 1], tokens[j])) return false;
            var next = tokens[j].Of(text);
            if (NameCues.Institutions.Contains(next) || NameCues.ConditionWords.Contains(next)) return true;
            if (!char.IsUpper(next[0])) return false;
        }
        return false;
    }

    // "At St Lukes wd 1", "St. Luke's": a saint's name is a church's, a hospital's or a school's, as the rules read it.
    private static bool AfterSaint(string text, Token[] tokens, int i) =>
        i > 0 && tokens[i - 1].Of(text) is "St" or "ST" or "Saint" or "SAINT" && tokens[i].Start - tokens[i - 1].End is 1 or 2
        && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim(' ') is "" or ".";

    // "moved from Shrewsbury", "lives in Chelmsford", "near Billericay": towns outside the gazetteer come after these words.
    // "take back to Fernwood", "moved to Beechcroft": "to" after a journey's word leads to a place too.
    private static bool AfterPlacePreposition(string text, Token[] tokens, int i) =>
        i > 0 && Spaced(text, tokens[i - 1], tokens[i])
        && (tokens[i - 1].Of(text) is "from" or "in" or "at" or "near" or "via" or "towards" or "outside" or "around" or "From" or "In" or "At" or "Near"
            || (tokens[i - 1].Of(text) is "to" or "into" && i > 1 && Spaced(text, tokens[i - 2], tokens[i - 1]) && NameCues.Journeys.Contains(tokens[i - 2].Of(text))));

    private static bool InnerCapital(ReadOnlySpan<char> w)
    {
        for (var k = 1; k < w.Length; k++)
        {
            if (char.IsUpper(w[k]) && w[k - 1] is not ('-' or '\'' or '’')) return true;
        }
        return false;
    }

    private static bool InnerLower(ReadOnlySpan<char> w)
    {
        foreach (var c in w[1..]) if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>
    /// Writes token <paramref name="i"/>'s features into <paramref name="into"/>; returns how many. <paramref name="byRules"/>
    /// says which tokens the rules took as names; <paramref name="lastNewline"/> is where the text's last line break is (-1: none). With <paramref name="names"/>, each feature's name is added too.
    /// </summary>
    public static int Write(string text, Token[] tokens, int n, int i, bool caseless, ReadOnlySpan<bool> byRules, int lastNewline, RedactionLists lists,
        Span<ulong> into, List<string>? names = null)
    {
        var f = new Sink(into, names);
        var w = tokens[i].Of(text);
        var shape = Shape(w, caseless);
        f.Add("b", "");
        f.Add("shape", shape);
        f.Add("len", Bucket(w.Length, 12));
        var listed = Lists(w, lists);
        f.Add("lists", listed);
        f.Add("lists+shape", Pair(listed, shape, stackalloc char[16]));
        var score = lists.NameShape.Score(w) + (NameCues.HasNameAffix(w) ? 1 : 0);
        f.Add("spelt", Bucket((int)MathF.Round(Math.Clamp(score, -3f, 3f) * 2), 99));
        f.Add("spelt+lists", Pair(Bucket((int)MathF.Round(Math.Clamp(score, -3f, 3f) * 2), 99), listed, stackalloc char[16]));
        if (w.Length >= 3)
        {
            f.Add("suf3", w[^3..]);
            f.Add("pre3", w[..3]);
        }
        f.Add("suf2", w[^2..]);
        if (NameCues.Kin.Contains(w) || NameCues.PersonVerbs.Contains(w)) f.Add("cueword", "");
        if (lists.KeepPhrases.ContainsKey(w)) f.Add("keepphrase", "");

        var before = Gap(text, tokens, i);
        var after = i + 1 < n ? text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End) : text.AsSpan(tokens[i].End);
        f.Add("gb", Punctuation(before, stackalloc char[4]));
        f.Add("ga", Punctuation(after, stackalloc char[4]));
        var starts = i == 0 || before.ContainsAny(".!?\n") || (i > 0 && before.Length == 0);
        f.Add("start", starts ? "y" : "n");
        f.Add("start+shape", Pair(starts ? "y" : "n", shape, stackalloc char[16]));

        // The line the word is on: a short last line is a sign-off ("Thanks,\nTamsin").
        // Counted outwards to the line's ends, at most five words each way, so a long line costs no more than a short one.
        var lastLine = tokens[i].End > lastNewline;
        var lineWords = 1;
        for (var j = i - 1; j >= 0 && lineWords < 6 && !Gap(text, tokens, j + 1).Contains('\n'); j--) lineWords++;
        for (var j = i + 1; j < n && lineWords < 11 && !Gap(text, tokens, j).Contains('\n'); j++) lineWords++;
        f.Add("line", Pair(Bucket(lineWords, 5), lastLine ? "last" : "", stackalloc char[16]));
        f.Add("fromend", Bucket(n - 1 - i, 4));

        for (var k = 1; k <= 2; k++)
        {
            Context(ref f, text, tokens, n, i - k, k == 1 ? "p1" : "p2", byRules, lists, caseless);
            Context(ref f, text, tokens, n, i + k, k == 1 ? "n1" : "n2", byRules, lists, caseless);
        }
        if (i > 0) f.Add("p1+shape", Pair(Lower(tokens[i - 1].Of(text), stackalloc char[24]), shape, stackalloc char[40]));
        if (i + 1 < n) f.Add("n1+shape", Pair(Lower(tokens[i + 1].Of(text), stackalloc char[24]), shape, stackalloc char[40]));
        if (i > 1) f.Add("p2p1", Pair(Lower(tokens[i - 2].Of(text), stackalloc char[24]), Lower(tokens[i - 1].Of(text), stackalloc char[24]), stackalloc char[50]));
        return f.Count;
    }

    private static void Context(ref Sink f, string text, Token[] tokens, int n, int j, string at, ReadOnlySpan<bool> byRules, RedactionLists lists, bool caseless)
    {
        if (j < 0 || j >= n)
        {
            f.Add(at, "^$");
            return;
        }
        var w = tokens[j].Of(text);
        f.Add(at, Lower(w, stackalloc char[24]));
        f.Add(at + "shape", Shape(w, caseless));
        f.Add(at + "lists", Lists(w, lists));
        if (byRules[j]) f.Add(at + "rules", "");
    }

    // "Xx", "X", "XX", "x", "xX" (al-Hashimi), "Xx-Xx"; "·" for text all of one case, where capitals say nothing.
    private static string Shape(ReadOnlySpan<char> w, bool caseless)
    {
        if (caseless) return w.ContainsAny('-', '\'') ? "·-" : "·";
        var joined = w.ContainsAny('-', '\'') || w.Contains('’');
        var upperFirst = char.IsUpper(w[0]);
        var restUpper = true;
        var innerUpper = false;
        foreach (var c in w[1..])
        {
            if (char.IsLower(c)) restUpper = false;
            else if (char.IsUpper(c)) innerUpper = true;
        }
        return (upperFirst, restUpper && w.Length > 1, innerUpper, joined) switch
        {
            (true, true, _, _) => "XX",
            (true, false, true, true) => "Xx-Xx",
            (true, false, true, false) => "XxX",
            (true, false, false, true) => "Xx-x",
            (true, false, false, false) => w.Length == 1 ? "X" : "Xx",
            (false, _, true, _) => "xX",
            _ => joined ? "x-x" : "x",
        };
    }

    private static string Lists(ReadOnlySpan<char> w, RedactionLists lists)
    {
        var first = lists.FirstNames.Contains(w);
        var surname = lists.Surnames.Contains(w);
        var word = lists.EnglishWords.Contains(w);
        var keep = lists.KeepWords.Contains(w) || lists.WeakNames.Contains(w);
        return (first, surname, word, keep) switch
        {
            (_, _, _, true) => "keep",
            (true, true, true, _) => "FSW",
            (true, true, false, _) => "FS",
            (true, false, true, _) => "FW",
            (true, false, false, _) => "F",
            (false, true, true, _) => "SW",
            (false, true, false, _) => "S",
            (false, false, true, _) => "W",
            _ => "-",
        };
    }

    private static ReadOnlySpan<char> Gap(string text, Token[] tokens, int i) =>
        i == 0 ? text.AsSpan(0, tokens[0].Start) : text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);

    // The punctuation between two words, spaces left out, newlines as "n", digits as "9", at most four characters.
    private static ReadOnlySpan<char> Punctuation(ReadOnlySpan<char> gap, Span<char> into)
    {
        var k = 0;
        foreach (var c in gap)
        {
            if (k == into.Length) break;
            if (c is ' ' or '\t' or '\r' or '\u00A0') continue;
            into[k++] = c == '\n' ? 'n' : char.IsDigit(c) ? '9' : c;
        }
        return k == 0 ? "_" : into[..k];
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> w, Span<char> into)
    {
        var length = Math.Min(w.Length, into.Length);
        w[..length].ToLowerInvariant(into);
        return into[..length];
    }

    private static ReadOnlySpan<char> Pair(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Span<char> into)
    {
        var k = 0;
        foreach (var c in a) if (k < into.Length) into[k++] = c;
        if (k < into.Length) into[k++] = '|';
        foreach (var c in b) if (k < into.Length) into[k++] = c;
        return into[..k];
    }

    private static string Bucket(int value, int most) => value >= most ? most + "+" : Numbers[Math.Max(0, Math.Min(value + 8, Numbers.Length - 1))];

    private static readonly string[] Numbers = Enumerable.Range(-8, 120).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The hash of one feature, as the weights file's "name=value" is hashed when read.</summary>
    public static ulong Hash(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        var h = 14695981039346656037UL;
        foreach (var c in name) h = (h ^ c) * 1099511628211UL;
        h = (h ^ '=') * 1099511628211UL;
        foreach (var c in value) h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        return h;
    }

    private ref struct Sink(Span<ulong> into, List<string>? names)
    {
        private readonly Span<ulong> into = into;
        public int Count { get; private set; }

        public void Add(string name, scoped ReadOnlySpan<char> value)
        {
            if (Count == into.Length) return;
            into[Count++] = Hash(name, value);
            names?.Add(name + "=" + value.ToString().ToLowerInvariant());
        }
    }
}
