using System.Text.RegularExpressions;
using Lookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Homes written with words where a reader expects digits or a house word (stop 27): a house number in words before its
/// street ("my dad at twenty two rectory road"), a house number before a street named "The" and one word ("We are at 7 the
/// lindens and…", "I met her at 14 The Lindens;"), and a named house after the person who lives there ("get well soon to Ida
/// Jager of Hall Farm Cottages").
/// </summary>
/// <remarks>
/// What stays: a number in words that counts ("at two high street banks", "from three mill lane shops"), a time before "the"
/// ("at 7 the latest", "at 9 the carers came"), and a building after someone who is not its resident ("the Friends of Bell
/// House", "the manager of Kenning House").
/// </remarks>
internal static partial class Addresses
{
    private static void WordShapes(string s, Scanner scan, List<Found> found, int before, bool caseless, bool hasDigit)
    {
        if (!caseless && s.Contains(" at ", StringComparison.Ordinal))
        {
            // "she's at Rosedene.", "Mum is at Hillcrest": where someone is, one word shaped as a house's name ending the clause.
            foreach (Match m in AtHouseNamePattern().Matches(s))
            {
                var name = m.Groups["name"];
                if (Taken(found, before, name.Index) || !PersonBefore(s, m.Index) || !HouseNameWord(s, name.Index, name.Index + name.Length)
                    || !HouseNameShape(name.ValueSpan) || scan.Parse(name.Index, cued: false).Kind == Part.Place) continue;
                found.Add(new(name.Index, name.Length, Redactor.Address, false));
            }
        }
        if (!caseless && s.Contains(", ", StringComparison.Ordinal))
        {
            // "took the wheelchair from Bryn Awel, Rectory Road": a house's name of two or three words that are no English words,
            // placed by its street; a town ("from Basildon, London Road") is one word, a shop's ("Boots, High Street") English.
            foreach (Match m in NameCommaPattern().Matches(s))
            {
                var name = m.Groups["name"];
                if (Taken(found, before, name.Index) || !ForeignWords(name.ValueSpan) || scan.Parse(name.Index, cued: false).Kind != Part.None) continue;
                var street = scan.Next(name.Index + name.Length);
                if (street.Kind != Part.Street || s.AsSpan(street.Start).StartsWith("High ", StringComparison.OrdinalIgnoreCase)) continue;
                Add(found, before, scan.Extend(new Parsed(Part.House, name.Index, street.End)));
            }
        }
        if (s.AsSpan().IndexOfAny(NumberWordCues) >= 0)
        {
            foreach (Match m in WordNumberPattern().Matches(s))
            {
                // Added even where a house was read in it already ("at number twenty two old rectory road" as "… old rectory"):
                // the spans are merged.
                var n = m.Groups["n"];
                var p = scan.StreetAfterWords(n.Index + n.Length);
                // Not a street before a venue or a plural ("at two Church Road surgeries", "two high street banks").
                if (p.Kind != Part.Numbered || !scan.HomeName(p.End, p.End) || Plural(WordAfter(s, p.End))) continue;
                found.Add(new(n.Index, p.End - n.Index, Redactor.Address, false));
            }
        }
        if (hasDigit && !caseless)
        {
            // "Mum is at Dockside 14.", "she's now at Marsh Farm 3": where a person is, a name and its house number ending the
            // clause. Read from each " at " so that texts without one cost nothing.
            for (var i = s.IndexOf(" at ", StringComparison.Ordinal); i >= 0; i = s.IndexOf(" at ", i + 3, StringComparison.Ordinal))
            {
                var at = i + 4;
                if (at >= s.Length || !char.IsUpper(s[at]) || Taken(found, before, at) || !PersonIsBefore(s, i)) continue;
                if (NameThenNumber(s, scan, at, caseless: false, years: true) is { Kind: Part.Numbered } p) Add(found, before, p);
            }
        }
        if (hasDigit && s.Contains("the ", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in TheStreetPattern().Matches(s))
            {
                var n = m.Groups["n"];
                var name = m.Groups["name"];
                if (Taken(found, before, n.Index) || !TheStreet(name.ValueSpan) || !scan.HomeName(name.Index, name.Index + name.Length)) continue;
                found.Add(new(n.Index, name.Index + name.Length - n.Index, Redactor.Address, false));
            }
        }
    }

    // "Mum is", "she's", "Tom was now", ending at end: a person's being somewhere.
    private static bool PersonIsBefore(string s, int end)
    {
        var word = WordBefore(s, end);
        var at = end - word.Length;
        if (word.Equals("now", StringComparison.OrdinalIgnoreCase) || word.Equals("still", StringComparison.OrdinalIgnoreCase))
        {
            while (at > 0 && s[at - 1] == ' ') at--;
            word = LastWord(s, at);
            at -= word.Length;
        }
        if (word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("was", StringComparison.OrdinalIgnoreCase)) return PersonBefore(s, at);
        return word.Equals("s", StringComparison.OrdinalIgnoreCase) && at > 1 && s[at - 1] is '\'' or '’' && PersonBefore(s, at - 1);
    }

    // "Ida Jager of Hall Farm Cottages", "Mum of Rose Cottage": the one before "of" is a person, a listed name or a capitalised
    // word that is no English word ("Friends of Bell House", "Manager of Kenning House" are not).
    private static bool OfPerson(string s, int at)
    {
        var before = s.AsSpan(0, at).TrimEnd(' ');
        if (!before.EndsWith(" of", StringComparison.OrdinalIgnoreCase)) return false;
        var who = WordBefore(s, before.Length - 3);
        if (who.IsEmpty) return false;
        var lists = RedactionLists.Instance;
        return PersonWords.Contains(who) && !who.Equals("i", StringComparison.OrdinalIgnoreCase) || lists.FirstNames.Contains(who) || lists.Surnames.Contains(who)
            || char.IsUpper(who[0]) && who[1..].ContainsAnyInRange('a', 'z') && !SmallWords.Contains(who) && !lists.EnglishWords.Contains(who)
                && !lists.KeepWords.Contains(who);
    }

    // "Rosedene", "Hillcrest", "Glenview": a house's name ends so; a town's or a shop's seldom does.
    private static bool HouseNameShape(ReadOnlySpan<char> word)
    {
        foreach (var end in HouseNameEnds)
            if (word.Length > end.Length + 2 && word.EndsWith(end, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Not "-leigh", "-hurst", "-haven", "-mere": towns end so too ("she's at Rayleigh", "Mum's at Newhaven").
    private static readonly string[] HouseNameEnds = ["dene", "croft", "crest", "holme", "garth", "cote", "nook", "view"];

    // Two or three words, none an English word, a kept one, a venue's, nor all listed names ("from John Smith, Dock Road").
    private static bool ForeignWords(ReadOnlySpan<char> name)
    {
        var lists = RedactionLists.Instance;
        var names = true;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty || lists.EnglishWords.Contains(word) || lists.KeepWords.Contains(word) || Venues.Contains(word) || SmallWords.Contains(word)) return false;
            names &= lists.FirstNames.Contains(word) || lists.Surnames.Contains(word);
        }
        return !names;
    }

    // A plural noun after a street ("two high street banks"): the street names the things, not a home.
    private static bool Plural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && (RedactionLists.Instance.EnglishWords.Contains(word) || RedactionLists.Instance.EnglishWords.Contains(word[..^1])
            || Venues.Contains(word[..^1]));

    // "the lindens", "the paddock", "the kynochs": a street's or house's name after "the" is a word streets are named with, or no
    // English word; "at 3 the kids and I left" is a time.
    private static bool TheStreet(ReadOnlySpan<char> word) =>
        !(SmallWords.Contains(word) || PersonWords.Contains(word) || Venues.Contains(word) || CountingWords.Contains(word) || Months.Contains(word)
            || Weekdays.Contains(word) || NotAStreet.Contains(word) || ThingsAfterThe.Contains(word) || RedactionLists.Instance.KeepWords.Contains(word))
        && (TheStreetNames.Contains(word) || HouseWords.Contains(word) || !RedactionLists.Instance.EnglishWords.Contains(word));

    // Words English streets and closes are named with after "the": trees, fields and old buildings ("The Limes", "The Maltings").
    private static readonly Lookup TheStreetNames = Set(
        "lindens", "limes", "elms", "oaks", "willows", "beeches", "birches", "hollies", "laurels", "cedars", "poplars", "firs", "pines",
        "larches", "rowans", "hawthorns", "chestnuts", "sycamores", "maples", "alders", "hazels", "yews", "meadows", "orchards",
        "paddocks", "pastures", "spinney", "copse", "glebe", "downs", "glades", "hollows", "dells", "leas", "uplands", "brambles",
        "maltings", "gables", "cloisters", "moorings", "sidings", "chantry", "acorns", "pightle", "oaklands", "woodlands", "shrubbery",
        "coppice", "ridings", "warren");

    // What "at 7 the …" names besides a street: a time ("at 7 the latest", "at 9 the following day"), or who came then ("at 9
    // the ambulance", "at 3 the doctors.").
    private static readonly Lookup ThingsAfterThe = Set(
        "latest", "earliest", "same", "following", "morning", "mornings", "afternoon", "evening", "evenings", "night", "weekend", "end",
        "start", "beginning", "most", "least", "rest", "lot", "best", "worst", "whole", "time", "moment", "clock", "dot", "longest",
        "shortest", "max", "maximum", "minimum", "latter", "former", "trick", "point", "top", "bottom", "side", "back", "front",
        "door", "doors", "doctor", "doctors", "nurse", "nurses", "ambulance", "paramedics", "police");

    private static readonly System.Buffers.SearchValues<string> NumberWordCues = System.Buffers.SearchValues.Create(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
         "fifty", "sixty", "seventy", "eighty", "ninety"], StringComparison.OrdinalIgnoreCase);

    // "at twenty two ", "to forty-one ", "is seven ", "at number nine ": a house number in words after where someone is or goes; not "one" ("at one
    // high street bank").
    [GeneratedRegex(@"\b(?:at|to|from|on|is)[ \t]+(?<n>(?:number[ \t]+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ \-](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))(?=[ \t]+\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordNumberPattern();

    // "she's at Rosedene.", "Mum is now at Hillcrest,": a person's "is at" and one capitalised word ending the clause.
    [GeneratedRegex(@"(?:\b(?:is|was)|(?<=\w)['’]s)(?:[ \t]+(?:now|still|currently|back))?[ \t]+at[ \t]+(?<name>\p{Lu}\p{Ll}{3,})(?=[ \t]*(?:[.,;!?)\r\n]|$))",
        RegexOptions.CultureInvariant)]
    private static partial Regex AtHouseNamePattern();

    // "from Bryn Awel, ": after "from", "at", "to" or "into", two or three capitalised words and a comma.
    [GeneratedRegex(@"\b(?:from|at|to|into)[ \t]+(?<name>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,2}),[ \t]*(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex NameCommaPattern();

    // "at 7 the lindens and", "to 14 The Lindens;": a house number, "the" and one word ending the phrase.
    [GeneratedRegex(@"\b(?:at|to|from)[ \t]+(?<n>\d{1,3}[a-z]?)[ \t]+the[ \t]+(?<name>\p{L}[\p{L}'’\-]{3,})(?=[ \t]*(?:[.,;:!?)\r\n]|$)|[ \t]+(?:and|but)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TheStreetPattern();
}
