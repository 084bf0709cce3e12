using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// House numbers with their street ("14 Dock Road", "22a Orsett Rd", "14 dock road" in lower-case text) and flats
/// ("Flat 3, Bell House"). The street alone stays: "the bus along Dock Road" names a place, not a person's home.
/// </summary>
/// <remarks>
/// In mixed-case text the words between the number and the street type must be capitalised, so "10 minutes walk" and
/// "5 mins down the road" stay; in lower-case text they must not be small words (the, my, down, mins…).
/// </remarks>
internal static partial class Addresses
{
    /// <summary>Words one of which every address found here holds: a cheap test before the patterns run.</summary>
    public static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["flat", "apartment", "apt", "unit", "road", "rd", "street", "avenue", "ave", "lane", "close", "drive", "way", "crescent",
         "cres", "gardens", "gdns", "grove", "terrace", "mews", "walk", "square", "rise", "parade", "vale", "chase", "mead",
         "wharf", "approach", "boulevard"], StringComparison.OrdinalIgnoreCase);

    public static void Find(string s, List<Found> found)
    {
        foreach (Match m in FlatPattern().Matches(s)) found.Add(new(m.Index, m.Length, Redactor.Address, false));
        var lower = !s.AsSpan().ContainsAnyInRange('A', 'Z');
        foreach (Match m in StreetPattern().Matches(s))
        {
            var ok = true;
            foreach (Capture w in m.Groups["w"].Captures)
            {
                var word = w.ValueSpan;
                if (lower ? SmallWords.Contains(word.ToString()) : !char.IsUpper(word[0])) { ok = false; break; }
            }
            var type = m.Groups["type"].ValueSpan;
            if (ok && (lower || char.IsUpper(type[0]))) found.Add(new(m.Index, m.Length, Redactor.Address, false));
        }
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that", "down", "up", "along", "across", "on",
        "in", "at", "to", "from", "of", "off", "by", "and", "or", "min", "mins", "minute", "minutes", "hour", "hours", "hr",
        "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "yards", "miles", "mile", "metres", "times",
        "people", "steps", "stops", "doors", "houses", "car", "cars", "bus", "buses", "more", "other", "different", "new",
    };

    [GeneratedRegex(@"\b(?:flat|apartment|apt|unit)\s*\d+[a-z]?\s*,?\s+(?:[A-Z][\p{L}'’\-]+\s+){1,3}(?:House|Court|Lodge|Mansions|Tower|Heights|Point|Building|Place|Close)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FlatPattern();

    [GeneratedRegex(@"(?<![\d£$€.,:/])\b\d{1,4}[a-z]?,?\s+(?:(?<w>[\p{L}'’\-]+)\s+){1,3}(?<type>road|rd|street|avenue|ave|lane|close|drive|way|crescent|cres|gardens|gdns|grove|terrace|mews|walk|square|rise|parade|vale|chase|mead|wharf|approach|boulevard)\b\.?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetPattern();
}
