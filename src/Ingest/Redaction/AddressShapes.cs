using System.Text.RegularExpressions;
using Lookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Shapes of a home that <see cref="Addresses"/> reads beside its main passes (stop 26), each as people in England write
/// them whoever wrote the text: the number after the street or house ("Dock Road no. 14", "Marsh Farm Cottages no 13",
/// "Dock Road, 14."); what follows a word that sends, posts or moves something to or from a home ("send the letter to 14
/// Dockside", "posted the forms to The Old Bakery, Bulphan RM14 3PL", "moved from 14 dockside", "Ground floor flat at 14
/// Dockside"); "mum is at 14 dockside" in lower case or capitals; a house's name with no house word heading a line before its
/// house number and street, or before its street and town ("Rosedene, 4 Church Road", "Hillcrest, Church Lane, Orsett"). A
/// block of flats named alone stays, as a street does ("the bins at Thames Court", "Residents at Elm Court have no lift").
/// </summary>
/// <remarks>
/// In lower case or capitals a home's name after such a word is one word that is not a small, counting, time or venue word
/// nor a plural: "send the letter to 14 dockside please" loses "14 dockside", "sent it to 2 different teams" and "came from 3
/// agencies" keep theirs.
/// </remarks>
internal static partial class Addresses
{
    private static void MoreShapes(string s, Scanner scan, List<Found> found, int before, bool caseless, bool hasDigit)
    {
        if (hasDigit)
        {
            foreach (Match m in NumberAfterPattern().Matches(s))
            {
                var end = m.Index + m.Length;
                // "Dock Road, 14" is a house only where the phrase ends: "Mill Lane, 14 people" is a count.
                // "Dock Road, 14 has had no visit": a verb of one house after it.
                if (!m.Groups["no"].Success && !scan.ClauseEnds(end) && !scan.TownEnds(end) && !OneHouseVerbs.Contains(WordAfter(s, end))) continue;
                if (StreetEndingAt(s, scan, m.Index) is { Kind: not Part.None } street && !Taken(found, before, street.Start))
                    Add(found, before, new(Part.Numbered, street.Start, end));
            }
        }
        if (s.AsSpan().IndexOfAny(SendCueWords) >= 0)
        {
            foreach (Match m in SendCuePattern().Matches(s))
            {
                var at = m.Index + m.Length;
                if (Taken(found, before, at)) continue;
                var p = scan.Parse(at, cued: true);
                if (p.Kind is Part.Numbered or Part.Flat or Part.House)
                {
                    if (CareHomeAfterPattern().Match(s, p.End) is { Success: true } home && home.Index == p.End) continue;
                    Add(found, before, scan.Extend(p));
                }
                else if (char.IsAsciiDigit(s[at]) || NumberCuePattern().Match(s, at) is { Success: true } no && no.Index == at)
                {
                    if (caseless) Add(found, before, LooseHome(s, scan, at));
                    else if (scan.NumberAndName(at) is { Kind: Part.NumberedNoType } named && scan.HomeName(at, named.End)) Add(found, before, scan.Extend(named));
                    else if (BareNumberPattern().Match(s, at) is { Success: true, Groups: var g } bare && bare.Index == at && g["no"].Success)
                        Add(found, before, new(Part.Numbered, at, bare.Index + bare.Length));
                }
                else if (NameThenNumber(s, scan, at, caseless) is { Kind: not Part.None } numbered) Add(found, before, numbered);
                // "send the forms to The Old Bakery, Bulphan RM14 3PL": capitalised words placed by a town or postcode after them.
                else if (!caseless && scan.Words(at) is { Kind: Part.House } words && scan.HomeName(at, words.End)
                    && scan.Next(words.End) is { Kind: Part.Place or Part.Postcode })
                    Add(found, before, words);
            }
        }
        // "Mum (14 Dockside)", "my dad (14 dockside)": a home in brackets after a person, closed straight after.
        if (hasDigit && s.Contains('('))
        {
            foreach (Match m in BracketNumberPattern().Matches(s))
            {
                var at = m.Index + m.Length;
                var who = WordBefore(s, m.Index);
                if (Taken(found, before, at) || !PersonWords.Contains(who) && !RedactionLists.Instance.FirstNames.Contains(who)) continue;
                var p = caseless ? LooseHome(s, scan, at)
                    : scan.NumberAndName(at) is { Kind: Part.NumberedNoType } named && scan.HomeName(at, named.End) ? named : default;
                if (p.Kind != Part.None && p.End < s.Length && s[p.End] == ')') Add(found, before, p);
            }
        }
        // "mum is at 14 dockside", "MUM IS AT 14 DOCKSIDE": mixed case is read in Find, by its capitals.
        if (caseless && hasDigit)
        {
            foreach (Match m in AtNumberPattern().Matches(s))
            {
                var at = m.Index + m.Length;
                if (Taken(found, before, at)) continue;
                if (m.Groups["be"].Success && !PersonWords.Contains(WordBefore(s, m.Index))) continue;
                Add(found, before, LooseHome(s, scan, at));
            }
        }
        if (!caseless)
        {
            NameBefore(s, scan, found, before);
            // "Hillcrest, Church Lane, Orsett", "The Willows, Church Lane\nGrays": a house's name heading the line or sentence, its
            // street, then a town or postcode. Not "High Street": "Boots, High Street, Grays" is a shop's.
            foreach (Match m in NamedStreetPattern().Matches(s))
            {
                var name = m.Groups["name"];
                if (Taken(found, before, name.Index) || !HouseNameWord(s, m.Groups["word"].Index, m.Groups["word"].Index + m.Groups["word"].Length)) continue;
                var street = scan.Next(name.Index + name.Length);
                if (street.Kind != Part.Street || s.AsSpan(street.Start).StartsWith("High ", StringComparison.OrdinalIgnoreCase)) continue;
                if (scan.Next(street.End).Kind is not (Part.Place or Part.Postcode)) continue;
                if (!scan.HomeName(name.Index, name.Index + name.Length) || scan.Parse(name.Index, cued: false).Kind is Part.Place or Part.Street) continue;
                found.Add(new(name.Index, street.End - name.Index, Redactor.Address, false));
            }
        }
    }

    // "Rosedene, 4 Church Road": a house's name with no house word, one capitalised word heading the text or a line before a
    // comma and the address read already, goes with it ("Grays, 14 Dock Road" keeps its town).
    private static void NameBefore(string s, Scanner scan, List<Found> found, int before)
    {
        for (var f = before; f < found.Count; f++)
        {
            var at = found[f].Start;
            var i = at;
            while (i > 0 && s[i - 1] == ' ') i--;
            if (i == 0 || s[i - 1] != ',') continue;
            var end = i - 1;
            var start = end;
            while (start > 0 && (char.IsLetter(s[start - 1]) || s[start - 1] is '\'' or '’' or '-')) start--;
            if (start == end || !HouseNameWord(s, start, end)) continue;
            // "The Willows, 4 Church Road".
            if (start >= 4 && s.AsSpan(start - 4, 4).SequenceEqual("The ")) start -= 4;
            // "Orchard House, flat 3": a listed home or provider stays.
            if (scan.Parse(start, cued: false).Kind == Part.Place) continue;
            // Heading the text or a line: "Adult: Jane Smith, 14 Dock Road" is a person's name before a comma as often.
            var head = s.AsSpan(0, start).TrimEnd(' ');
            if (head.Length > 0 && head[^1] != '\n') continue;
            found[f] = found[f] with { Start = start, Length = found[f].Start + found[f].Length - start };
        }
    }

    // One capitalised word that may name a house ("Rosedene", "Hillcrest", "Willows"): not a small, kept, person's, month, day or
    // venue word, nor a listed first name or surname ("Tamsin, 14 Dock Road" is a person and her home).
    private static bool HouseNameWord(string s, int start, int end)
    {
        var word = s.AsSpan(start, end - start);
        var lists = RedactionLists.Instance;
        return word.Length > 2 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z') && !SmallWords.Contains(word)
            && !lists.KeepWords.Contains(word) && !PersonWords.Contains(word) && !Months.Contains(word) && !Weekdays.Contains(word)
            && !Venues.Contains(word) && !lists.FirstNames.Contains(word) && !lists.Surnames.Contains(word);
    }

    // The street or named house that ends at end ("Dock Road", "Marsh Farm Cottages", "Rose Cottage"), read from up to four
    // words back, the furthest first; none if a listed place ends there.
    private static Parsed StreetEndingAt(string s, Scanner scan, int end)
    {
        Span<int> starts = stackalloc int[4];
        var n = 0;
        var i = end;
        while (n < 4 && i > 0)
        {
            var k = i;
            if (s[k - 1] == '.') k--;
            var e = k;
            while (k > 0 && (char.IsLetter(s[k - 1]) || s[k - 1] is '\'' or '’' or '-')) k--;
            if (k == e) break;
            starts[n++] = k;
            if (k == 0 || s[k - 1] != ' ') break;
            i = k - 1;
        }
        for (var t = n - 1; t >= 0; t--)
        {
            var p = scan.Parse(starts[t], cued: false);
            if (p.Kind is Part.Street or Part.House && p.End == end) return p;
        }
        return default;
    }

    // After a cue: a house's or street's name, then its number ending the clause or before a town ("lives at Dockside 14",
    // "send it to dockside 14"): one to three capitalised words in mixed case, one word in lower case or capitals; not a ward's,
    // room's or bus's number ("is at Ward 14").
    private static Parsed NameThenNumber(string s, Scanner scan, int at, bool caseless, bool years = false)
    {
        var m = NameNumberPattern().Match(s, at);
        if (!m.Success || m.Index != at) return default;
        if (years && m.Groups["n"].Length > 3) return default;
        var name = m.Groups["name"];
        var words = name.Value.Split(' ');
        if (caseless && words.Length > 1) return default;
        var lists = RedactionLists.Instance;
        foreach (var word in words)
        {
            if (word.Length < 3 || !caseless && (!char.IsUpper(word[0]) || !word.AsSpan(1).ContainsAnyInRange('a', 'z')) || SmallWords.Contains(word)
                || CountingWords.Contains(word) || Months.Contains(word) || NotAStreet.Contains(word) || lists.KeepWords.Contains(word)) return default;
        }
        var end = m.Index + m.Length;
        if (!scan.HomeName(at, name.Index + name.Length) || !scan.ClauseEnds(end) && !scan.TownEnds(end)) return default;
        return new(Part.Numbered, at, end);
    }

    private static bool PersonOrName(ReadOnlySpan<char> word) =>
        PersonWords.Contains(word) || RedactionLists.Instance.FirstNames.Contains(word) || RedactionLists.Instance.Surnames.Contains(word);

    private static ReadOnlySpan<char> WordAfter(string s, int end)
    {
        var i = end;
        while (i < s.Length && s[i] == ' ') i++;
        var e = i;
        while (e < s.Length && (char.IsLetter(s[e]) || s[e] is '\'' or '’')) e++;
        return s.AsSpan(i, e - i);
    }

    // A verb of one thing after a number: "Dock Road, 14 has had no visit" ("Mill Lane, 14 people came" counts).
    private static readonly Lookup OneHouseVerbs = Set(
        "has", "hasn't", "hasn’t", "needs", "gets", "doesn't", "doesn’t");

    // "(" after a word, before a digit: "Mum (14 Dockside)".
    [GeneratedRegex(@"(?<=\p{L})[ \t]*\((?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketNumberPattern();

    // One to three words, then a house number: "Dockside 14", "Marsh Farm 3a".
    [GeneratedRegex(@"\G(?<name>\p{L}[\p{L}'’\-]*(?: \p{L}[\p{L}'’\-]*){0,2}) (?:no\.? ?|number )?(?<n>\d{1,4})[a-z]?\b(?![:/.,]?\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameNumberPattern();

    // After a cue in lower case or capitals: a house number and the one word after it, when that word may name a street.
    private static Parsed LooseHome(string s, Scanner scan, int at)
    {
        var p = scan.Parse(at, cued: false);
        if (p.Kind is Part.Numbered or Part.Flat) return scan.Extend(p);
        var n = HouseNumberPattern().Match(s, at);
        // "outside 0-1 bound": no house is numbered from 0, and a range of houses is written with its street word.
        if (!n.Success || n.Index != at || s[at] == '0' || n.ValueSpan.IndexOfAny('-', '–', '/') >= 0) return default;
        var i = n.Index + n.Length;
        // "came to 14, dockside", as "14 dockside", unless a person follows the comma.
        var comma = i < s.Length && s[i] == ',';
        if (comma) i++;
        if (i >= s.Length || s[i] != ' ') return default;
        var e = ++i;
        while (e < s.Length && char.IsLetter(s[e])) e++;
        if (e == i) return default;
        var word = s.AsSpan(i, e - i);
        var lists = RedactionLists.Instance;
        if (comma && (PersonOrName(word) || !scan.Closes(e) && !scan.TownEnds(e) && !scan.PostcodeAfter(e))) return default;
        if (word.Length < 3 || SmallWords.Contains(word) || CountingWords.Contains(word) || Months.Contains(word) || Weekdays.Contains(word)
            || Venues.Contains(word) || lists.KeepWords.Contains(word) || NotAStreet.Contains(word)
            || word[^1] is 's' or 'S' && lists.EnglishWords.Contains(word)) return default;
        return new(Part.NumberedNoType, at, e);
    }

    // "I'm in Room 54, Thames Wing", "Mum is in room 4, Oak Wing": a person's room by its wing, with no hospital, ward or
    // hospice named after it in the sentence.
    private static bool LivesInRoom(string s, int roomAt, int end)
    {
        var before = s.AsSpan(0, roomAt).TrimEnd();
        if (!before.EndsWith(" in", StringComparison.OrdinalIgnoreCase)) return false;
        var who = WordBefore(s, before.Length - 2);
        if (!(PersonWords.Contains(who) || who.Equals("m", StringComparison.OrdinalIgnoreCase) || who.Equals("s", StringComparison.OrdinalIgnoreCase)
            || who.Equals("am", StringComparison.OrdinalIgnoreCase) || who.Equals("is", StringComparison.OrdinalIgnoreCase)
            || who.Equals("re", StringComparison.OrdinalIgnoreCase))) return false;
        var stop = s.IndexOfAny(['.', '\n', '!', '?'], end);
        var rest = s.AsSpan(end, (stop < 0 ? s.Length : stop) - end);
        return rest.IndexOfAny(HospitalWords) < 0;
    }

    private static readonly System.Buffers.SearchValues<string> HospitalWords = System.Buffers.SearchValues.Create(
        ["hospital", "ward", "hospice", "infirmary", "clinic"], StringComparison.OrdinalIgnoreCase);

    // Words after a number that count or measure, not a street's: "sent to 2 different teams", "is at 3 care homes".
    private static readonly Lookup NotAStreet = Set(
        "different", "separate", "other", "care", "nursing", "residential", "bed", "beds", "bedroom", "bedrooms", "star", "stars",
        "storey", "story", "minute", "hour", "hours", "mile", "metre", "foot", "feet", "inch", "inches", "pound", "pence", "thousand",
        "hundred", "million", "lots", "loads", "more", "extra", "hospital", "hospitals", "team", "teams", "weekly", "daily", "monthly",
        "times", "visits", "agencies", "services", "wards", "please", "asap", "today", "yesterday", "now", "then", "instead", "again",
        "first", "second", "third", "last", "next", "previous", "old", "new", "am", "pm", "oclock", "o'clock", "percent");

    private static readonly System.Buffers.SearchValues<string> SendCueWords = System.Buffers.SearchValues.Create(
        ["send", "sent", "post", "forward", "deliver", "mail", "return", "address", "writ", "wrote", "from", "letter", "flat", "house",
         "home", "bungalow", "maisonette", "cottage", "outside", "behind", "opposite", "near"], StringComparison.OrdinalIgnoreCase);

    // "Dock Road no. 14", "Marsh Farm Cottages no 13", "Dock Road, 14": a house number after its street or house.
    [GeneratedRegex(@"(?<=[\p{L}.])(?:[ \t]*,[ \t]*|[ \t]+)(?<no>(?:no\.?|number|num\.?|nr\.?)[ \t]*)?(?<n>\d{1,4}[a-z]?)\b(?![:/.,]?\d)(?![ \t]*-?[ \t]*(?:doors?|houses?|bus|buses|route|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|times|people|miles?|yards?|metres?|%|percent|pm|am|o['’]?clock)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberAfterPattern();

    // Sending, posting or writing something to a home, coming from one, or a home at one: "send the letter to", "posted the
    // forms to", "write to her at", "moved from", "letters to", "Ground floor flat at".
    [GeneratedRegex(@"\b(?:(?:send|sends|sent|sending|post|posts|posted|posting|forward|forwards|forwarded|forwarding|deliver|delivers|delivered|delivering|mail|mails|mailed|return|returns|returned|address|addressed|write|writes|wrote|writing|written)(?:[ \t]+(?:it|them|this|that|these|those|everything|(?:the|a|an|my|her|his|their|our|your|any|all(?:[ \t]+the)?)(?:[ \t]+[\p{L}'’\-]+){1,2}))?(?:[ \t]+(?:back|on|over|out|round))?[ \t]+to(?:[ \t]+(?:her|him|them|me|us)[ \t]+at)?|(?:moved|moving|move|moves|came|come|comes|coming|went|gone|discharged|collected|picked[ \t]+up)(?:[ \t]+(?:her|him|them|me|us|mum|dad))?(?:[ \t]+out)?[ \t]+from|letters?[ \t]+(?:to|for|from)|outside|behind|opposite|(?:right[ \t]+)?near|post[ \t]+(?:for|to)|(?<![\p{L}'’-][ \t]+(?:care|nursing|residential|retirement|children['’]?s|group|halfway|safe|foster|the|a)[ \t]+)(?:flat|house|home|bungalow|maisonette|cottage)[ \t]+at)[ \t]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SendCuePattern();

    // One capitalised word (or "The" and one) heading a line or sentence, then a comma.
    [GeneratedRegex(@"(?:^|[\n.:;!?])[ \t]*(?<name>(?:The[ \t]+)?(?<word>\p{Lu}\p{Ll}[\p{L}'’\-]*))(?=[ \t]*,)",
        RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex NamedStreetPattern();

}
