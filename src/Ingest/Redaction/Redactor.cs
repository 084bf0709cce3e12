namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Removes personal details from feedback before it is stored for display, indexed, classified, quoted or exported:
/// person names, emails, phones, NHS and National Insurance numbers, postcodes, street addresses, dates of birth, bank
/// details, council case references and car registrations. Each becomes a typed placeholder that keeps the sentence
/// readable: "my daughter Sarah rang 07700 900123" → "my daughter [name] rang [phone]".
/// </summary>
/// <remarks>
/// <para>A postcode keeps its outward code, which names a district of thousands of homes and is how commissioners place
/// feedback: "RM17 6SL" → "RM17" (counted as <see cref="Postcode"/>). Titles and role words stay: "Mrs [name]", "the
/// carer, [name], was".</para>
/// <para>What stays on purpose, since commissioners need it: places in the gazetteer and <c>seeds/redaction/keep.txt</c>
/// (providers and services: "Orchard House", "St Luke's Hospice"), services named after people in
/// <c>seeds/redaction/named-after-people.txt</c> ("Macmillan", "Marie Curie", but "Mrs [name]"), job roles, months and weekdays, ordinary dates
/// (only a date of birth goes: <see cref="DatesOfBirth"/>), "£25 a week", "Care Act 2014", ward numbers, and weak names
/// ("Hope", "Will", "May", "Bill", "Grays") without a strong cue. Names are found by <see cref="NameFinder"/>; the rest by
/// <see cref="IdentifierFinder"/>. Where the two overlap, the earlier, then the longer, detail wins.</para>
/// </remarks>
public static partial class Redactor
{
    public const string Name = "[name]";
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string NhsNumber = "[NHS number]";
    public const string NiNumber = "[NI number]";
    public const string Postcode = "[postcode]";
    public const string Address = "[address]";
    public const string DateOfBirth = "[date of birth]";
    public const string BankDetails = "[bank details]";
    public const string CaseReference = "[case reference]";
    public const string VehicleRegistration = "[vehicle registration]";
    /// <summary>A word withheld because the redactor failed on its text and failed closed (<see cref="Withhold"/>).</summary>
    public const string Withheld = "[withheld]";

    [ThreadStatic] private static List<Found>? foundBuffer;

    /// <summary>
    /// Loads the name lists and learns the names' spelling (<see cref="NameShape"/>) now, about 0.6 s once per process,
    /// so the first feedback redacted does not wait for them.
    /// </summary>
    public static void WarmUp() => _ = RedactionLists.Instance.NameShape;

    /// <summary>The text with personal details replaced by placeholders; the same instance when there were none.</summary>
    public static string Redact(string text) => Apply(text).Text;

    /// <summary>
    /// The text redacted, with the record of what was removed: counts by placeholder, and how many of those were
    /// uncertain (removed to be safe: an unlisted word after a cue, a listed name with no cue, ten digits after "NHS"
    /// that fail the check digit). Never the removed text.
    /// </summary>
    public static RedactionResult Apply(string text)
    {
        if (string.IsNullOrEmpty(text)) return new RedactionResult(text ?? "", RedactionResult.None, 0);
        List<Found> found;
        try { found = Resolve(text); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Withhold(text);
        }
        if (found.Count == 0) return new RedactionResult(text, RedactionResult.None, 0);
        var sb = new System.Text.StringBuilder(text.Length);
        var counts = new Dictionary<string, int>();
        var uncertain = 0;
        var at = 0;
        foreach (var f in found)
        {
            sb.Append(text, at, f.Start - at).Append(f.Replacement ?? f.Placeholder);
            counts[f.Placeholder] = counts.GetValueOrDefault(f.Placeholder) + 1;
            if (f.Uncertain) uncertain++;
            at = f.End;
        }
        sb.Append(text, at, text.Length - at);
        return new RedactionResult(sb.ToString(), counts, uncertain);
    }

    /// <summary>
    /// Where the details are, without redacting: for measuring the redactor against planted data (<c>voicehub bench
    /// redaction</c>) and for showing staff with the raw-text permission what would go. In order, never overlapping.
    /// </summary>
    public static IReadOnlyList<RedactedSpan> Find(string text) =>
        string.IsNullOrEmpty(text) ? [] : Resolve(text).Select(f => new RedactedSpan(f.Start, f.Length, f.Placeholder, f.Uncertain)).ToList();

    /// <summary>Failing closed when a rule throws on some text (a bug, never the writer's fault): every word with a
    /// capital becomes <c>[name]</c> and every word with a digit or an "@" becomes <c>[withheld]</c>, all counted as
    /// uncertain, so nothing personal can pass while the sentence stays readable. Re-redaction with a fixed redactor
    /// (<see cref="Jobs.RedactAgainJob"/>) restores the rest from the raw text.</summary>
    public static RedactionResult Withhold(string text)
    {
        var names = 0;
        var withheld = 0;
        var redacted = WordPattern().Replace(text, m =>
        {
            var w = m.Value;
            if (w.Any(c => char.IsDigit(c) || c is '@' or '＠')) { withheld++; return Withheld; }
            if (w.Any(char.IsUpper)) { names++; return Name; }
            return w;
        });
        var counts = new Dictionary<string, int>();
        if (names > 0) counts[Name] = names;
        if (withheld > 0) counts[Withheld] = withheld;
        return new RedactionResult(redacted, counts, names + withheld);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}@＠][\p{L}\p{N}\p{M}@＠._'’/+-]*")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();

    // Every detail found, sorted; where two overlap the earlier, then the longer, wins. The list is reused per thread.
    private static List<Found> Resolve(string text)
    {
        var found = foundBuffer ??= new List<Found>(8);
        found.Clear();
        IdentifierFinder.Find(text, found);
        NameFinder.Find(text, found);
        NameTagger.Current?.Find(text, found);
        NameFinder.Repeat(text, found);
        if (found.Count == 0) return found;
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        // "TALULLAH Ó BRIAIN" when the tagger found one half: names split by joining words are one name.
        NameFinder.JoinParticles(text, found, 1);
        NameFinder.IrishGiven(text, found);
        var kept = 0;
        var end = -1;
        for (var i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Start < end) continue;
            found[kept++] = f;
            end = f.End;
        }
        found.RemoveRange(kept, found.Count - kept);
        return found;
    }

    /// <summary>True when the ten digits pass the NHS modulus-11 check.</summary>
    public static bool IsNhsNumber(string candidate)
    {
        Span<int> d = stackalloc int[10];
        var n = 0;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 10) return false;
                d[n++] = c - '0';
            }
        }
        if (n != 10) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += d[i] * (10 - i);
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == d[9];
    }
}
