using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// UK car registrations in the shapes the DVLA has issued: current ("AB12 CDE", since 2001), prefix ("A123 BCD",
/// 1983–2001), suffix ("ABC 123D", 1963–83) and dateless or personalised ("ABC 123", "1234 AB", "K1 NGS"), with or without
/// spaces, in either case. After a cue ("reg", "registration", "VRM", "number plate", "private plate", "car", "vehicle",
/// "van", "taxi", "blue badge"), also with a bracket or a quote between ("her car (ab12 cde)"), any of these shapes goes;
/// without one only a shape that English and the care world do not write. Registrations listed after one found ("AB12 CDE,
/// CD34 EFG and EF56 GHJ", "AB12 CDE/CD34 EFG", one per line) go with it.
/// </summary>
/// <remarks>
/// <para>Without a cue: a current registration in capitals or in lower case, unless its letters are spaced off as words
/// ("BY 21 MAY" in capitals text); its age digits as issued (02–29, 51–79), or a mistyped or made-up age ("CD34 EFG") in
/// capitals in text that is not all capitals, written as on a plate, with a vehicle's word near ("parks", "driver"); a
/// prefix or suffix registration in capitals in text that is not all capitals, unless its three letters are a word or a
/// kept abbreviation ("MRI 3T", "CHC 2023" has four digits and is no registration). A dateless shape needs a registration cue ("reg", "plate"): "Ward 7", "A13" and
/// "NHS 111" are never touched. A postcode's inward part starts with a digit ("RM17 6SL"), so no registration shape takes
/// one.</para>
/// <para>After a cue a typist's slips count too: any letters (a Z, an I for a 1), any age, two spaces.</para>
/// </remarks>
internal static partial class Vehicles
{
    public static void Find(string s, List<Found> found)
    {
        var lists = RedactionLists.Instance;
        var allCaps = !s.AsSpan().ContainsAnyInRange('a', 'z');
        var before = found.Count;
        if (s.AsSpan().IndexOfAny(Cues) >= 0)
        {
            foreach (Match m in CuedPattern().Matches(s))
            {
                var r = m.Groups["r"];
                var strong = m.Groups["strong"].Success;
                if (m.Groups["dateless"].Success)
                {
                    // "reg is on 2 …": a dateless registration's letters in lower case must be no word.
                    var dl = m.Groups["dl"].ValueSpan;
                    if (!strong || (dl.ContainsAnyInRange('a', 'z') && IsWord(lists, dl))) continue;
                }
                // "the car on 12 may was towed": spaced-off words around a number, unless written in capitals.
                else if ((allCaps || r.ValueSpan.ContainsAnyInRange('a', 'z')) && SpacedWords(lists, r.ValueSpan)) continue;
                found.Add(new(r.Index, r.Length, Redactor.VehicleRegistration, false));
            }
        }
        // The current shape's pattern could start at any letter: a cheap test first.
        if (TwoDigitsBetweenLetters(s)) Current(s, found, before, lists, allCaps);
        if (!allCaps)
        {
            foreach (Match m in OldPattern().Matches(s))
            {
                if (Taken(found, before, m.Index)) continue;
                var letters = m.Groups["l"].ValueSpan;
                if (IsWord(lists, letters) || lists.KeepWords.Contains(letters)) continue;
                // "vitamin B12 ...", "the A13 ...": a road or a vitamin before capitals.
                if (m.Groups["p"].Success && Preceded(s, m.Index, "vitamin")) continue;
                found.Add(new(m.Index, m.Length, Redactor.VehicleRegistration, false));
            }
        }
        if (found.Count > before) Listed(s, found, before);
    }

    // "AB12 CDE, CD34 EFG and EF56 GHJ", "AB12 CDE/CD34 EFG", "- AB12 CDE\n- CD34 EFG": a dated shape right after a
    // registration and a list's joint is the list's next registration, in any case and with any age.
    private static void Listed(string s, List<Found> found, int before)
    {
        for (var i = before; i < found.Count; i++)
        {
            var end = found[i].End;
            while (ListedPattern().Match(s, end) is { Success: true } m && m.Index == end)
            {
                var r = m.Groups["r"];
                if (Taken(found, before, r.Index)) break;
                found.Add(new(r.Index, r.Length, Redactor.VehicleRegistration, false));
                end = r.Index + r.Length;
            }
        }
    }

    private static void Current(string s, List<Found> found, int before, RedactionLists lists, bool allCaps)
    {
        foreach (Match m in CurrentPattern().Matches(s))
        {
            if (Taken(found, before, m.Index)) continue;
            var v = m.ValueSpan;
            var upper = !v.ContainsAnyInRange('a', 'z');
            var lower = !v.ContainsAnyInRange('A', 'Z');
            if (!upper && !lower) continue;
            // An age never issued ("CD34 EFG") is a plate only in capitals among lower-case words, written as on a plate,
            // with a vehicle's word near: not "DV50 AKA DVCPRO50", "XF86UWB".
            if (!Issued(m.Groups["age"].ValueSpan) && (!upper || allCaps || m.Groups["spaced"].Success || !NearVehicle(s, m.Index, m.Length))) continue;
            // "BY 21 MAY": letters spaced off as words are words, in capitals text or lower-case.
            if (m.Groups["spaced"].Success && (IsWord(lists, m.Groups["a"].ValueSpan) || IsWord(lists, m.Groups["c"].ValueSpan))) continue;
            found.Add(new(m.Index, m.Length, Redactor.VehicleRegistration, false));
        }
    }

    // Two digits alone with letters beside them ("AB12 CDE", "ab 12cde"): the cheap test before the current shape's pattern,
    // whose every letter is a place it could start.
    private static bool TwoDigitsBetweenLetters(string s)
    {
        for (var i = s.AsSpan().IndexOfAnyInRange('0', '9'); i >= 0 && i + 2 < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1]) || char.IsAsciiDigit(s[i + 2]) || (i > 0 && char.IsAsciiDigit(s[i - 1]))) continue;
            var before = i > 0 && (char.IsAsciiLetter(s[i - 1]) || (i > 1 && s[i - 1] is ' ' or '-' && char.IsAsciiLetter(s[i - 2])));
            var after = char.IsAsciiLetter(s[i + 2]) || (i + 3 < s.Length && s[i + 2] is ' ' or '-' && char.IsAsciiLetter(s[i + 3]));
            if (before && after) return true;
        }
        return false;
    }

    private static bool Taken(List<Found> found, int from, int at)
    {
        for (var i = from; i < found.Count; i++) if (found[i].Start <= at && at < found[i].End) return true;
        return false;
    }

    private static bool NearVehicle(string s, int at, int length)
    {
        var from = Math.Max(0, at - 60);
        var to = Math.Min(s.Length, at + length + 60);
        return VehicleWordPattern().IsMatch(s.AsSpan(from, to - from));
    }

    // The age identifier as the DVLA issues it: March's year (02–29) or September's plus 50 (51–79).
    private static bool Issued(ReadOnlySpan<char> age)
    {
        var n = (age[0] - '0') * 10 + age[1] - '0';
        return n is >= 2 and <= 29 or >= 51 and <= 79;
    }

    // Letters, digits and letters, each group spaced off, where a letter group is a word or a kept word ("on 12 may").
    private static bool SpacedWords(RedactionLists lists, ReadOnlySpan<char> shape)
    {
        Span<Range> parts = stackalloc Range[4];
        if (shape.SplitAny(parts, " -", StringSplitOptions.RemoveEmptyEntries) != 3) return false;
        var first = shape[parts[0]];
        var last = shape[parts[2]];
        if (!char.IsAsciiLetter(first[0]) || !char.IsAsciiLetter(last[0])) return false;
        return IsWord(lists, first) || IsWord(lists, last) || lists.KeepWords.Contains(first) || lists.KeepWords.Contains(last);
    }

    private static bool IsWord(RedactionLists lists, ReadOnlySpan<char> letters) =>
        letters.Length > 1 && lists.EnglishWords.Contains(letters);

    private static bool Preceded(string s, int at, string word)
    {
        var before = s.AsSpan(0, at).TrimEnd();
        return before.EndsWith(word, StringComparison.OrdinalIgnoreCase);
    }

    // "car" and "van" as words only: "care" and "relevant" are in most feedback ("cars" is rare in a longer word).
    private static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["reg", "plate", "vrm", "vehicle", "badge", "taxi", "cars", "car ", "car,", "car:", "car-", "car.", "car'", "car’", "car(", "van ", "van,", "van:", "van-", "van.", "van("],
        StringComparison.OrdinalIgnoreCase);

    // A current registration: two letters (no I, Q, Z), the age (two digits; see Issued), three letters (no I, Q).
    [GeneratedRegex(@"(?<![\p{L}\d\-])(?<a>[A-HJ-PR-Y]{2})(?:(?<spaced>[ \-])|)(?<age>\d\d)[ \-]?(?<c>[A-HJ-PR-Z]{3})(?![\p{L}\d\-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrentPattern();

    // Prefix ("A123 BCD") and suffix ("ABC 123D") registrations, in capitals; the year letter is never I, O, Q, U or Z.
    [GeneratedRegex(@"(?<![\p{L}\d\-])(?:(?<p>[A-HJ-NPR-TV-Y] ?[1-9]\d{0,2}) ?(?<l>[A-HJ-PR-Y]{3})|(?<l>[A-HJ-PR-Y]{3}) ?[1-9]\d{0,2}[A-HJ-NPR-TV-Y])(?![\p{L}\d\-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex OldPattern();

    // After a cue, any shape in any case, any letters, any age, one or two spaces, and a bracket or quote before it. "reg",
    // "registration", "VRM", "number plate", "private plate" are strong cues, after which a dateless registration ("ABC
    // 123", "1234 AB", "K1 NGS") goes too; after "car", "vehicle", "van", "taxi" and "blue badge" only the dated shapes do
    // ("my car, a13" is a road).
    [GeneratedRegex(@"\b(?:(?<strong>reg(?:istration)?|vrm|(?:number|reg|registration|licen[cs]e|private|personali[sz]ed|cherished)\s?plate)|cars?|vehicle|van|taxi|blue\s+badge)\b\.?(?:\s*(?:[:#\-]|no\b\.?|number|mark|is|was|reads|plate|(?<strong>reg(?:istration)?|vrm)\b\.?|it'?s))*\s*[:#\-]?\s*[(\[""“‘']?\s*(?<r>(?<![\p{L}\d])(?:" + Dated + @"|(?<dateless>(?<dl>[A-Z]{1,3}) ?[1-9]\d{0,3}|[1-9]\d{0,3} ?(?<dl>[A-Z]{1,3})))(?![\p{L}\d]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CuedPattern();

    // The dated shapes as a typist may slip on them: current, prefix, suffix, any letters, one or two spaces or a hyphen.
    private const string Dated = @"[A-Z]{2}(?: {1,2}|-)?\d{2}(?: {1,2}|-)?[A-Z]{3}|[A-Z] ?[1-9]\d{0,2}(?: {1,2}|-)?[A-Z]{3}|[A-Z]{3}(?: {1,2}|-)?[1-9]\d{0,2} ?[A-Z]";

    // Words near a plate: "the carer parks CD34 EFG on the verge", "a driver in CD34 EFG".
    [GeneratedRegex(@"\b(?:cars?|vans?|taxis?|cabs?|vehicles?|reg|registration|plates?|park(?:s|ed|ing)?|driv(?:e|es|er|ers|ing|en)|drove|lorry|motorbike|scooter|minibus|ambulance|transport)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VehicleWordPattern();

    // A list's joint and its next dated registration: ", ", " and ", " & ", "/", "; ", a new line with or without a bullet.
    [GeneratedRegex(@"\G(?:\s*[,;/&]\s*|\s+(?:and|or)\s+|\s*\n\s*(?:[\-*•]\s*)?)(?:and\s+)?(?<r>(?<![\p{L}\d])(?:" + Dated + @")(?![\p{L}\d]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListedPattern();
}
