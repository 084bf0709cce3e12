using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// UK car registrations in the shapes the DVLA has issued: current ("AB12 CDE", since 2001), prefix ("A123 BCD",
/// 1983–2001), suffix ("ABC 123D", 1963–83) and dateless ("ABC 123", "1234 AB", "K1 NGS"), with or without spaces, in
/// either case. After a cue ("reg", "registration", "number plate", "car", "vehicle", "van", "blue badge") any of these
/// shapes goes; without one only a shape that English and the care world do not write.
/// </summary>
/// <remarks>
/// <para>Without a cue: a current registration in capitals or in lower case, unless its letters are spaced off as words
/// ("BY 21 MAY" in capitals text); a prefix or suffix registration in capitals in text that is not all capitals, unless
/// its three letters are a word or a kept abbreviation ("MRI 3T", "CHC 2023" has four digits and is no registration). A
/// dateless shape needs a registration cue ("reg", "plate"): "Ward 7", "A13" and "NHS 111" are never touched. A
/// postcode's inward part starts with a digit ("RM17 6SL"), so no registration shape takes one.</para>
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
                found.Add(new(r.Index, r.Length, Redactor.VehicleRegistration, false));
            }
        }
        // The current shape's pattern could start at any letter: a cheap test first.
        if (TwoDigitsBetweenLetters(s)) Current(s, found, before, lists);
        if (allCaps) return;
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

    private static void Current(string s, List<Found> found, int before, RedactionLists lists)
    {
        foreach (Match m in CurrentPattern().Matches(s))
        {
            if (Taken(found, before, m.Index)) continue;
            var v = m.ValueSpan;
            var upper = !v.ContainsAnyInRange('a', 'z');
            var lower = !v.ContainsAnyInRange('A', 'Z');
            if (!upper && !lower) continue;
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

    private static bool IsWord(RedactionLists lists, ReadOnlySpan<char> letters) =>
        letters.Length > 1 && lists.EnglishWords.Contains(letters);

    private static bool Preceded(string s, int at, string word)
    {
        var before = s.AsSpan(0, at).TrimEnd();
        return before.EndsWith(word, StringComparison.OrdinalIgnoreCase);
    }

    // "car" and "van" as words only: "care" and "relevant" are in most feedback.
    private static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["reg", "plate", "vehicle", "badge", "car ", "car,", "car:", "car-", "car.", "car'", "car’", "van ", "van,", "van:", "van-", "van."],
        StringComparison.OrdinalIgnoreCase);

    // A current registration: two letters (no I, Q, Z), the age (02–29, 51–79), three letters (no I, Q).
    [GeneratedRegex(@"(?<![\p{L}\d\-])(?<a>[A-HJ-PR-Y]{2})(?:(?<spaced>[ \-])|)(?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ \-]?(?<c>[A-HJ-PR-Z]{3})(?![\p{L}\d\-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CurrentPattern();

    // Prefix ("A123 BCD") and suffix ("ABC 123D") registrations, in capitals; the year letter is never I, O, Q, U or Z.
    [GeneratedRegex(@"(?<![\p{L}\d\-])(?:(?<p>[A-HJ-NPR-TV-Y] ?[1-9]\d{0,2}) ?(?<l>[A-HJ-PR-Y]{3})|(?<l>[A-HJ-PR-Y]{3}) ?[1-9]\d{0,2}[A-HJ-NPR-TV-Y])(?![\p{L}\d\-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex OldPattern();

    // After a cue, any shape in any case. "reg", "registration", "number plate" are strong cues, after which a
    // dateless registration ("ABC 123", "1234 AB", "K1 NGS") goes too; after "car", "vehicle", "van" and "blue badge" only
    // the dated shapes do ("my car, a13" is a road).
    [GeneratedRegex(@"\b(?:(?<strong>reg(?:istration)?|(?:number|reg|registration|licen[cs]e)\s?plate)|car|vehicle|van|blue\s+badge)\b\.?(?:\s*(?:[:#\-]|no\b\.?|number|mark|is|was|reads|plate|(?<strong>reg(?:istration)?)\b\.?|it'?s))*\s*[:#\-]?\s*(?<r>(?<![\p{L}\d])(?:[A-HJ-PR-Y]{2}[ \-]?\d{2}[ \-]?[A-HJ-PR-Z]{3}|[A-HJ-NPR-TV-Y] ?[1-9]\d{0,2} ?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3} ?[1-9]\d{0,2} ?[A-HJ-NPR-TV-Y]|(?<dateless>(?<dl>[A-Z]{1,3}) ?[1-9]\d{0,3}|[1-9]\d{0,3} ?(?<dl>[A-Z]{1,3})))(?![\p{L}\d]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CuedPattern();
}
