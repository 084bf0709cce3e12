using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Lookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// A person's home as people write it: a house number and street with or without its street word ("14 Dock Road", "23a
/// High St", "no. 7 Clarence Rd", "7, Clarence Road", "14 dock rd"; "14 Dockside" after "I live at" or before a town or
/// postcode), flats and units ("Flat 3, Bell House", "flat 3b", "apt 4", "Flat 2/1") with the building before or after
/// them ("Bell House (flat 22)", "flat 22 of Bell House") and a floor ("First Floor Flat 2", "2nd Floor, 12 High
/// Street"), named houses ("Rose Cottage, Mill Lane"), what follows "I live at", "lives on", "moved to", "her address is",
/// "we're in" ("we're in Bell House"; not "I'm in Crown Court"), a room in a care home ("room 12 at Orchard House": the
/// room goes, the home stays), and an address over the lines of a letter. A comma list is followed along ("Flat 3, Bell
/// House, 14 Dock Road") as far as a town or postcode, which stay: the gazetteer's places are kept, and a postcode keeps
/// its outward code (<see cref="IdentifierFinder"/>). Also, as people type them: short and slipped street words ("14 Dock
/// Av", "4 Bell Raod", "Cresent"), "Bungalow 3", "Studio 3", "Block C, Bell Estate", "Room 4, 14 Dock Road", "Ivy House
/// Farm", "The Old Rectory", "Hill Farm, off the A13" (the road stays), and homes after "moved her to", "delivered to",
/// "round at", "staying at", "his place on", "the house on", "nan's flat in", "House name:". And: a scheme's flat with the kind
/// of housing between ("Kenning House extra care, flat 23"), "a tenant at" / "resident of" a building, a house's letter typed
/// apart ("22 b Baker Street"), a flat numbered in words ("Flat Two"), slips in lower-case street words ("14 dock raod"), a
/// site's "Plot 7" / "Pitch 4", "Apartment 9, The Maltings" and a street's direction ("14 London Road North"). And: a house
/// typed straight before its street ("Bell House 97a Elm Lane"), houses named without a house word ("The Old Forge", "The Barn",
/// "Sea View, 4 Mill Lane", "lives at Rosedene, Church Road"), a room with its wing and building ("Room 4, Oak Wing, Bell
/// House"), where someone is or goes ("Mum is at 14 Dockside", "came to 14 Dockside", "next door to no. 14"), "No 14 Dockside"
/// and "14 Dockside Grays RM17 6SL".
/// </summary>
/// <remarks>
/// <para>What stays: a street alone ("the bus along Dock Road": a place, not a home, unless after "lives on"), a place
/// after "moved to" or "lives in" ("Grays", "Spain"), the council's providers and offices that <c>keep.txt</c> lists,
/// "Ward 7" and a hospital's "Room 101", and numbers that count ("10 minutes walk", "5 mins down the road", "3 Falls
/// Prevention Way" is kept only if listed).</para>
/// <para>Case: in mixed-case text the words of a street are capitalised, or in lower case before an unmistakable street
/// word ("14 dock rd", "2 mill lane"); in all-lower and all-capitals text they only need not be small words (the, my,
/// down, mins…).</para>
/// </remarks>
internal static partial class Addresses
{
    private enum Part { None, Flat, Numbered, NumberedNoType, Street, House, Place, Postcode, Floor }

    private readonly record struct Parsed(Part Kind, int Start, int End);

    public static void Find(string s, List<Found> found)
    {
        var lower = !s.AsSpan().ContainsAnyInRange('A', 'Z');
        var caps = !s.AsSpan().ContainsAnyInRange('a', 'z');
        var scan = new Scanner(s, lower || caps);
        var before = found.Count;
        var hasDigit = s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

        // After a cue: "I live at 14 Dockside", "lives on Mill Lane", "her address is Rose Cottage, Mill Lane".
        if (s.AsSpan().IndexOfAny(CueWords) >= 0)
        {
            foreach (Match m in CuePattern().Matches(s))
            {
                var at = m.Index + m.Length;
                // After "in" or "to" only capitals say a street or a house ("moved to 14 Dockside", not "lived in 2 care homes").
                // "lives at the end of Mill Lane" as after "in": not "the end of the road".
                var loose = m.Groups["loose"].Success || m.Groups["of"].Success;
                var p = scan.Parse(at, cued: !loose);
                // "her address is Rose Cottage", "Address: The Maltings": any capitalised words, but only after "is" or a colon;
                // "not the main address Kind staff…" runs on into another sentence.
                if (p.Kind is Part.None && m.Groups["said"].Success && !lower && !caps) p = scan.Words(at);
                // "I live at Rosedene, Church Road": after "lives at", a house named in any capitalised words, placed by its street.
                if (p.Kind is Part.None && !loose && !lower && !caps && scan.Words(at) is { Kind: Part.House } named
                    && (scan.Next(named.End) is { Kind: Part.Street or Part.Numbered }
                        // "she lives at The Willows": after "lives at", "The" and a name is a house's ("lives at the end" is not).
                        || m.Groups["at"].Success && s.AsSpan(at).StartsWith("The ", StringComparison.Ordinal) && named.End > at + 5
                            && scan.HomeName(at + 4, named.End) && scan.ClauseEnds(named.End)))
                    p = named;
                // "she lives at Rosedene.": after "lives at", one capitalised word that may name a house, ending the clause.
                if (p.Kind is Part.None && m.Groups["at"].Success && !lower && !caps && scan.Words(at) is { Kind: Part.House } one
                    && s.AsSpan(one.Start, one.End - one.Start).IndexOf(' ') < 0 && HouseNameWord(s, one.Start, one.End) && scan.ClauseEnds(one.End))
                    p = one;
                // "They live at Little Orchard just outside Horndon": after "lives at", two or three capitalised words, none a
                // listed place or a venue, that end the clause or are placed by what is near them ("lives at Grays Library" stays).
                if (p.Kind is Part.None && m.Groups["at"].Success && !lower && !caps && scan.Words(at) is { Kind: Part.House } two
                    && s.AsSpan(two.Start, two.End - two.Start).IndexOf(' ') > 0 && scan.HomeName(two.Start, two.End)
                    && (scan.ClauseEnds(two.End) || PlacedByPattern().Match(s, two.End) is { Success: true } placed && placed.Index == two.End))
                    p = two;
                // "he lives at no 7.": after a plain cue a house number needs no street.
                // "we're at no 14.": after "we're at", only a number written as a house's, ending the clause ("I'm at 85" is an age).
                if (p.Kind is Part.None && BareNumberPattern().Match(s, at) is { Success: true } bare && bare.Index == at
                    && (m.Groups["be"].Success ? bare.Groups["no"].Success && scan.ClauseEnds(bare.Index + bare.Length) : bare.Groups["no"].Success || !loose))
                    p = new(Part.Numbered, bare.Groups["n"].Index, bare.Index + bare.Length);
                // "Mum lives at Dockside 14": the number after the house's name, ending the clause.
                // "moved to Dockside 14": after "to" or "into" too, in mixed-case text, unless the number is a year ("moved to Spain 2019").
                if (p.Kind is Part.None && (!loose || !lower && !caps && !m.Groups["of"].Success)) p = NameThenNumber(s, scan, at, lower || caps, years: loose);
                if (p.Kind is Part.None or Part.Place or Part.Postcode or Part.Floor) continue;
                // "he lives at the end of the road", "the house on the hill": in caseless text "the road" reads as a street.
                if ((m.Groups["of"].Success || m.ValueSpan.StartsWith("the", StringComparison.OrdinalIgnoreCase))
                    && s.AsSpan(p.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) continue;
                if (p.Kind is Part.NumberedNoType && loose && (lower || caps)) continue;
                // "I'm in room 4" is a ward's bed as often as a home's: a room needs its home named, as below; "I'm in unit 4"
                // may be a hospital's.
                if (p.Kind is Part.Flat && s.AsSpan(p.Start).StartsWith("room", StringComparison.OrdinalIgnoreCase)
                    && FlatAtPattern().Match(s, p.Start) is var room && !RoomInHome(s, room.Index + room.Length)) continue;
                if (p.Kind is Part.Flat && loose && s.AsSpan(p.Start).StartsWith("unit", StringComparison.OrdinalIgnoreCase)) continue;
                p = scan.Extend(p);
                // "she live in Hathersage Road 17": the house number after its street goes with it.
                if (p.Kind is Part.Street && NumberAfterPattern().Match(s, p.End) is { Success: true } number && number.Index == p.End)
                    p = p with { End = number.Index + number.Length };
                // "moved into Larch Court residential home", "her address is Beech House care home": a care home stays.
                if (CareHomeAfterPattern().Match(s, p.End) is { Success: true } home && home.Index == p.End) continue;
                Add(found, before, p);
            }
        }
        // "He lives on his narrowboat, Kestrel Dawn": a boat someone lives on is their home, and its name their address, with its
        // berth and marina after it ("…, berth 14, Haddon Marina"). Named straight after its kind ("the narrowboat Kestrel", "NB
        // Kestrel"), the kind is part of the name, as a boat's address writes it.
        if (!lower && !caps && s.AsSpan().IndexOfAny(BoatWords) >= 0)
        {
            foreach (Match m in LivesAboardPattern().Matches(s))
            {
                if (scan.Words(m.Index + m.Length) is not { Kind: Part.House } boat || !scan.HomeName(boat.Start, boat.End)) continue;
                if (!m.Groups["apart"].Success) boat = boat with { Start = m.Groups["kind"].Index };
                Add(found, before, scan.Extend(boat));
            }
        }
        if (hasDigit)
        {
            foreach (Match m in NumberPattern().Matches(s))
            {
                if (Taken(found, before, m.Index) || Counting(s, m.Index)) continue;
                var p = scan.Parse(m.Index, cued: false);
                // "Ockendon Centre, 2 High Street": a listed provider's or council office's address stays.
                if (scan.KeptBefore(p.Start)) continue;
                // "the 4 green lane surgery": a street named before a venue names the venue ("Mum lives at 4 Green Lane" is read above).
                if (p.Kind is Part.Numbered && !scan.HomeName(p.End, p.End)) continue;
                if (p.Kind is Part.Numbered or Part.Flat) Add(found, before, scan.Before(scan.Extend(p), buildings: false));
                // "14 Dockside, Grays" / "14 Dockside\nGrays RM17 6SL": no street word, but a town or postcode after it.
                // On lines of their own, a heading's "2 Findings" over a town is no address: lines are read below.
                else if (p.Kind is Part.NumberedNoType && scan.Next(p.End) is { Kind: Part.Place or Part.Postcode or Part.Street or Part.Numbered } next
                    && (next.Kind != Part.Place || scan.CommaAfter(p.End)))
                    Add(found, before, scan.Extend(p));
                // "No 14 Dockside", "number 7 Rosewood": a number written as a house's, before capitalised words.
                // Not "my number 1 Priority".
                else if (p.Kind is Part.NumberedNoType && !lower && !caps && !Determined(s, m.Index) && NumberCuePattern().Match(s, m.Index) is { Success: true } no
                    && no.Index == m.Index && s[no.Index + no.Length - 1] is ' ' or '.' && scan.NumberAndName(m.Index) is { Kind: Part.NumberedNoType } named && scan.HomeName(no.Index + no.Length, named.End))
                    Add(found, before, scan.Extend(named));
                // "14 Dockside Grays RM17 6SL", "14 Dockside Grays.": the town straight after, with its postcode or ending the phrase.
                else if (p.Kind is Part.NumberedNoType && !lower && !caps && scan.TownEnds(p.End) && scan.HomeName(m.Index, p.End))
                    Add(found, before, p);
                // "14 Dockside RM17 6SL": a postcode straight after.
                else if (p.Kind is Part.NumberedNoType && !lower && !caps && scan.NumberAndName(m.Index) is { Kind: Part.NumberedNoType } coded
                    && scan.PostcodeAfter(coded.End) && scan.HomeName(m.Index, coded.End))
                    Add(found, before, coded);
            }
            // "Mum is at 14 Dockside", "the carers came to 14 Dockside": where someone is or goes, a house number and capitalised
            // words, in mixed-case text, unless the words are a place, a venue or a day ("is at 10 Grays Library", "at 2 Monday").
            if (!lower && !caps)
            {
                foreach (Match m in AtNumberPattern().Matches(s))
                {
                    var at = m.Index + m.Length;
                    if (Taken(found, before, at)) continue;
                    // Someone is at a home ("Mum is at", "she's at", "Tom was at"); a thing is at a time ("the bus is at 8 Stanford").
                    if (m.Groups["be"].Success && !PersonBefore(s, m.Index)) continue;
                    if (scan.Parse(at, cued: false).Kind is not (Part.None or Part.NumberedNoType)) continue;
                    // "the carers come to 5 mill rise": after such a cue, a street word in lower case as after "lives at"; not one that
                    // is as often a thing ("walked to 2 village green").
                    if (scan.Parse(at, cued: true) is { Kind: Part.Numbered } typed && !(char.IsLower(s[typed.End - 1])
                        && WeakLowerTypes.Contains(LastWord(s, typed.End))))
                    {
                        Add(found, before, scan.Extend(typed));
                        continue;
                    }
                    var p = scan.NumberAndName(at);
                    if (p.Kind == Part.NumberedNoType && scan.HomeName(at, p.End)) Add(found, before, scan.Extend(p));
                    // "Mum is at number 14.": a number written as a house's needs no name where the clause ends ("Mum is at number 7 on
                    // the list" is not).
                    else if (p.Kind == Part.None && NumberCuePattern().Match(s, at) is { Success: true } no && no.Index == at
                        && BareNumberPattern().Match(s, at) is { Success: true } bare && bare.Index == at
                        && scan.ClauseEnds(bare.Index + bare.Length))
                        Add(found, before, new(Part.Numbered, at, bare.Index + bare.Length));
                }
            }
        }
        if (hasDigit || s.AsSpan().IndexOfAny(FlatWordCues) >= 0)
        {
            foreach (Match m in FlatPattern().Matches(s))
            {
                if (Taken(found, before, m.Index)) continue;
                var word = m.Groups["w"].Value;
                // "Flat Two, Bell House", "in flat four": a number in words is a flat's only as a name ("Flat Two"), with its
                // building after it, or after "at", "in", "my"…; "a flat one", "was flat one morning" are not.
                if (m.Groups["n"].Success && !(!caps && char.IsUpper(s[m.Index]) && char.IsUpper(s[m.Groups["n"].Index]))
                    && !UnitIsHome(s, m.Index, words: true) && scan.Parse(m.Index, cued: false).End <= m.Index + m.Length) continue;
                if (word.StartsWith("room", StringComparison.OrdinalIgnoreCase))
                {
                    // A room is a home's only when a home is named after it: "room 12 at Orchard House" (the home stays),
                    // never a hospital's "Room 101".
                    // "Room 4, 14 Dock Road", "Room 4, Oak Wing, Bell House", "Room 4 Bell House": written as an address, the room goes
                    // with its wing, its building and street, as a flat's do; a listed home or one named a care home stays, and a
                    // wing alone or a hospital's ("Room 4, Oak Wing, Basildon Hospital") is no home.
                    var end = m.Index + m.Length;
                    var room = scan.Extend(new Parsed(Part.Flat, m.Index, end));
                    if (room.End == end && end + 1 < s.Length && s[end] == ' '
                        && scan.Parse(end + 1, cued: false) is { Kind: Part.House } joined && joined.Start == end + 1)
                        room = scan.Extend(room with { End = joined.End });
                    // "room 12, Larch wing": a wing's name with its word in lower case.
                    if (room.End == end && WingAfterPattern().Match(s, end) is { Success: true } wing && wing.Index == end)
                        room = room with { End = end + wing.Length };
                    // "I'm in Room 54, Thames Wing": where someone lives, by room and wing, unless a hospital is named after.
                    if (room.End > end && (!EndsWithWord(s, room.End, "wing") || RoomInHome(s, room.End) || LivesInRoom(s, m.Index, room.End)))
                        found.Add(new(room.Start, room.End - room.Start, Redactor.Address, false));
                    else if (RoomInHome(s, end)) found.Add(new(m.Index, m.Length, Redactor.Address, false));
                    continue;
                }
                // "Studio 3", "caravan 12" as "unit 2": a home's at the start or after "at", "my"…; "the dance studio 2" is not.
                // "Plot 7", "Pitch 4" (a new build's, a Traveller site's) as "unit 2", and after "on" too ("we're on pitch 4"); its
                // number on the same line after a space, and not a part of a word ("plot3D", "bell-pitch").
                var site = SiteWords.Contains(word);
                if (site && (m.ValueSpan.Contains('\n') || s[m.Groups["w"].Index + word.Length] is not (' ' or '\t')
                    || m.Index > 0 && s[m.Index - 1] is '-' or '_' or '/' or '.')) continue;
                if (UnitWords.Contains(word) && !UnitIsHome(s, m.Index, on: site)) continue;
                // "Bell House (flat 22)", "Bell House, flat 22", "First Floor Flat 2": the building or floor before goes too.
                // Added whole even where a cue took the building already: the spans are merged below.
                var parsed = scan.Parse(m.Index, cued: false);
                // "Block C, Bell Estate", "Block 4, Bell House": a block is a home's only with its building; "Block 3 of the
                // hospital" is not.
                if (word.StartsWith("block", StringComparison.OrdinalIgnoreCase) && parsed.End <= m.Index + m.Length) continue;
                var p = scan.Before(scan.Extend(parsed), buildings: true);
                if (p.Kind is not (Part.None or Part.Floor) && p.End > p.Start) found.Add(new(p.Start, p.End - p.Start, Redactor.Address, false));
            }
        }
        // "Rose Cottage, Mill Lane": a named house with its street.
        if (s.AsSpan().IndexOfAny(HouseWordCues) >= 0)
        {
            foreach (Match m in HousePattern().Matches(s))
                NamedHouse(s, scan, found, before, scan.HouseEndingAt(m.Index, m.Index + m.Length), RuralHouseWords.Contains(m.ValueSpan));
        }
        // "The Old Forge, Church Road", "The Old Post Office, Mill Lane": a house named for what it was, with no house word.
        if (!caps && s.Contains(" Old ", StringComparison.Ordinal))
            foreach (Match m in OldNamePattern().Matches(s))
                NamedHouse(s, scan, found, before, scan.OldName(m.Index), rural: false);
        MoreShapes(s, scan, found, before, lower || caps, hasDigit);
        WordShapes(s, scan, found, before, lower || caps, hasDigit);
        if (s.Contains('\n')) Lines(s, scan, found, before);
        if (found.Count - before > 1) Merge(found, before);
    }

    // A named house is an address with its street or house number after it, or with a town or postcode after it where a cue
    // or a comma list stands before or the house is a rural one ("Hill Farm, Orsett").
    private static void NamedHouse(string s, Scanner scan, List<Found> found, int before, Parsed p, bool rural)
    {
        if (p.Kind != Part.House || Taken(found, before, p.Start)) return;
        var next = scan.Next(p.End);
        // "Bell House 97a Elm Lane", "Rose Cottage Mill Lane": typed on one line with no comma, the street follows straight on.
        if (next.Kind == Part.None && p.End < s.Length && s[p.End] == ' '
            && scan.Parse(p.End + 1, cued: false) is { Kind: Part.Street or Part.Numbered } joined && joined.Start == p.End + 1)
            next = joined;
        // "The Coach House, Manor Farm, Orsett": a house within another; what follows the last says whether it is an address.
        for (var guard = 0; guard < 3 && next.Kind == Part.House; guard++)
        {
            rural |= RuralHouseWords.Contains(LastWord(s, next.End));
            next = scan.Next(next.End);
        }
        // "Park View, Mill Lane and Dock Road were gritted" lists streets: a "View" is a house before a house number, after a cue or
        // comma, or with a town or postcode after its street.
        if (next.Kind == Part.Street && EndsWithWord(s, p.End, "view") && !scan.Preceded(p.Start)
            && scan.Next(next.End).Kind is not (Part.Place or Part.Postcode)) return;
        if (next.Kind is Part.Street or Part.Numbered || next.Kind is Part.Place or Part.Postcode && (scan.Preceded(p.Start) || rural))
            Add(found, before, scan.Extend(p));
        // "get well soon to Ida Jager of Hall Farm Cottages": a house after the person who lives there.
        else if (next.Kind == Part.None && OfPerson(s, p.Start)) Add(found, before, p);
        // "Hill Farm, off the A13", "Rose Cottage, off Mill Lane": a rural home placed by the road it is off; the road stays.
        else if (OffRoadPattern().Match(s, p.End) is { Success: true } off && off.Index == p.End
            && (off.Groups["road"].Success || scan.Parse(off.Index + off.Length, cued: false).Kind == Part.Street))
            Add(found, before, p);
    }

    // One address read from two starts ("Flat 3" and "3, Bell House, …") becomes one span: the redactor keeps only the
    // first of two that overlap, which would leave the rest of the longer one in.
    private static void Merge(List<Found> found, int before)
    {
        found.Sort(before, found.Count - before, Comparer<Found>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
        var kept = before;
        for (var i = before + 1; i < found.Count; i++)
        {
            var last = found[kept];
            if (found[i].Start <= last.End)
            {
                if (found[i].End > last.End) found[kept] = last with { Length = found[i].End - last.Start };
            }
            else found[++kept] = found[i];
        }
        found.RemoveRange(kept + 1, found.Count - kept - 1);
    }

    // A letter's address, one part a line: "Rose Cottage\nMill Lane\nGrays\nRM17 6SL".
    private static void Lines(string s, Scanner scan, List<Found> found, int before)
    {
        var lines = new List<Parsed>();
        var at = 0;
        while (at <= s.Length)
        {
            var end = s.IndexOf('\n', at);
            if (end < 0) end = s.Length;
            var start = at;
            while (start < end && char.IsWhiteSpace(s[start])) start++;
            var p = scan.Parse(start, cued: false);
            var rest = p.End;
            while (rest < end && (char.IsWhiteSpace(s[rest]) || s[rest] == ',')) rest++;
            // "Grays RM17 6SL" on one line is a town.
            if (p.Kind == Part.Place && rest < end && scan.Parse(rest, cued: false) is { Kind: Part.Postcode } code)
            {
                rest = code.End;
                while (rest < end && char.IsWhiteSpace(s[rest])) rest++;
                p = p with { Kind = Part.Postcode };
            }
            lines.Add(p.Kind != Part.None && rest == end ? p : new Parsed(Part.None, start, start));
            at = end + 1;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var p = lines[i];
            if (p.Kind is Part.None or Part.Place or Part.Postcode or Part.Floor || Taken(found, before, p.Start)) continue;
            var prev = i > 0 ? lines[i - 1].Kind : Part.None;
            var next = i + 1 < lines.Count ? lines[i + 1].Kind : Part.None;
            // A numbered line with no street word needs a street or postcode beside it, or under its town, not just a town:
            // "14 Dockside\nGrays\nRM17 6SL" is an address, "2 Findings\nGrays" is not.
            bool Supports(Part k) => k is Part.Postcode or Part.Street or Part.Numbered or Part.Flat
                || (k is Part.Place && p.Kind is not Part.NumberedNoType)
                || (k is Part.House or Part.NumberedNoType && p.Kind is not (Part.House or Part.NumberedNoType));
            var townThenPostcode = false;
            for (var j = i + 1; j < lines.Count && !townThenPostcode; j++)
            {
                if (lines[j].Kind == Part.Postcode) townThenPostcode = j > i + 1;
                else if (lines[j].Kind != Part.Place) break;
            }
            if (Supports(prev) || Supports(next) || townThenPostcode) found.Add(new(p.Start, p.End - p.Start, Redactor.Address, false));
        }
    }

    private static void Add(List<Found> found, int before, Parsed p)
    {
        if (p.Kind is Part.None or Part.Place or Part.Postcode or Part.Floor || p.End <= p.Start || Taken(found, before, p.Start)) return;
        found.Add(new(p.Start, p.End - p.Start, Redactor.Address, false));
    }

    private static bool Taken(List<Found> found, int from, int at)
    {
        for (var i = from; i < found.Count; i++) if (found[i].Start <= at && at < found[i].End) return true;
        return false;
    }

    // "Ward 7 Bay Road"? No: a number after ward, bus, page, aged… counts or names something else.
    private static bool Counting(string s, int at)
    {
        var before = s.AsSpan(0, at).TrimEnd();
        var i = before.Length;
        while (i > 0 && char.IsLetter(before[i - 1])) i--;
        var word = before[i..];
        return word.Length > 0 && CountingWords.Contains(word);
    }

    // The word before "is at" / "'s at" names a person: a pronoun, a relative or a role, or a capitalised word ("Mary", "Mum").
    private static bool PersonBefore(string s, int at)
    {
        var word = WordBefore(s, at);
        return !word.IsEmpty && (PersonWords.Contains(word) || char.IsUpper(word[0]) && !SmallWords.Contains(word));
    }

    // The word ending before at, spaces skipped: "Mum is at" → "Mum" for the cue "is at".
    private static ReadOnlySpan<char> WordBefore(string s, int at)
    {
        var end = at;
        while (end > 0 && s[end - 1] == ' ') end--;
        return LastWord(s, end);
    }

    // "my number 1", "the No 9": a word that makes what follows a thing of someone's, not a house.
    private static bool Determined(string s, int at)
    {
        var before = s.AsSpan(0, at).TrimEnd();
        var i = before.Length;
        while (i > 0 && char.IsLetter(before[i - 1])) i--;
        return i < before.Length && Determiners.Contains(before[i..]);
    }

    private static ReadOnlySpan<char> LastWord(string s, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(s[start - 1])) start--;
        return s.AsSpan(start, end - start);
    }

    private static bool EndsWithWord(string s, int end, string word) =>
        end >= word.Length && s.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (end == word.Length || !char.IsLetter(s[end - word.Length - 1]));

    private static bool RoomInHome(string s, int end)
    {
        var m = RoomHomePattern().Match(s, end);
        return m.Success && m.Index == end;
    }

    // "unit 2" is a home after "at", "live in", "my" or at the start; "the stroke unit 2" or "Assessment Unit 2" is not. A site's
    // plot or pitch also after "on"; a flat numbered in words not after "is" ("the land is flat one way").
    private static bool UnitIsHome(string s, int at, bool on = false, bool words = false)
    {
        var before = s.AsSpan(0, at).TrimEnd();
        if (before.Length == 0 || !char.IsLetter(before[^1])) return true;
        var i = before.Length;
        while (i > 0 && char.IsLetter(before[i - 1])) i--;
        var word = before[i..];
        if (words && word.Equals("is", StringComparison.OrdinalIgnoreCase)) return false;
        // "lives in static caravan 12": a park home's kind before its number ("the static unit 4" is not).
        return UnitCueWords.Contains(word) || on && word.Equals("on", StringComparison.OrdinalIgnoreCase)
            || word.Equals("static", StringComparison.OrdinalIgnoreCase) && s.AsSpan(at).StartsWith("caravan", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the address parts of the text: a flat, a numbered street, a street, a named house, a place, a postcode.</summary>
    private readonly struct Scanner(string s, bool caseless)
    {
        public Parsed Parse(int at, bool cued)
        {
            at = SkipSpace(at);
            if (at >= s.Length) return default;
            var lists = RedactionLists.Instance;
            var m = PostcodePattern().Match(s, at);
            if (m.Success && m.Index == at) return new(Part.Postcode, at, m.Index + m.Length);
            // "First Floor Flat 2", "2nd floor, 12 High Street": a floor is a part only with what it is the floor of.
            var floor = FloorAtPattern().Match(s, at);
            if (floor.Success && floor.Index == at)
            {
                var floorEnd = floor.Index + floor.Length;
                var restAt = SkipSeparator(floorEnd, out _);
                var rest = Parse(restAt, cued);
                // "Block C, Bell Estate": beside a block, as beside a flat, an estate is a building.
                if (rest.Kind == Part.None && s.AsSpan(at).StartsWith("block", StringComparison.OrdinalIgnoreCase)) rest = House(restAt, cued, lowerType: true);
                return rest.Kind is Part.Flat or Part.Numbered or Part.House ? rest with { Start = at } : new(Part.Floor, at, floorEnd);
            }
            if (char.IsAsciiDigit(s[at]) || NumberWord(at) > at)
            {
                var n = HouseNumberPattern().Match(s, at);
                if (!n.Success || n.Index != at) return default;
                // "22 b Baker Street", "7 A Mill Lane": a house's letter typed apart, taken only with a street word after it.
                var lettered = n.Index + n.Length + 2;
                if (lettered + 1 < s.Length && s[lettered - 2] == ' ' && char.ToLowerInvariant(s[lettered - 1]) is >= 'a' and <= 'h' && s[lettered] == ' '
                    && Street(lettered, cued, requireType: false, out var letterTyped) is var ls && letterTyped)
                    return new(Part.Numbered, at, ls.End);
                // "no 14 on Dock Road", "number 7 in Mill Lane": a house numbered as such, then its street.
                if (NumberWord(at) > at && OnStreetPattern().Match(s, n.Index + n.Length) is { Success: true } on && on.Index == n.Index + n.Length
                    && Street(on.Index + on.Length, cued, requireType: true, out var onTyped) is var onStreet && onTyped)
                    return new(Part.Numbered, at, onStreet.End);
                var w = Street(n.Index + n.Length, cued, requireType: false, out var typed);
                if (w.End <= n.Index + n.Length) return default;
                // "3b Bell House", "12 Tudor Lodge": a flat's number before its building's name, in mixed-case text.
                if (!typed && !caseless && House(SkipSpace(n.Index + n.Length), cued: false) is { Kind: Part.House } building && building.End == w.End)
                    return new(Part.Numbered, at, w.End);
                return new(typed ? Part.Numbered : Part.NumberedNoType, at, w.End);
            }
            var f = FlatAtPattern().Match(s, at);
            if (f.Success && f.Index == at)
            {
                var end = f.Index + f.Length;
                // "Flat 3, Bell House" / "flat 3b Bell House" / "flat 22 of Bell House": the building goes with the flat.
                var next = SkipSeparator(end, out _);
                if (OfPattern().Match(s, end) is { Success: true } of && of.Index == end) next = end + of.Length;
                if (next > end)
                {
                    var b = House(next, cued, lowerType: true);
                    if (b.Kind == Part.House) end = b.End;
                    else if (TheBuilding(next) is var named and > 0) end = named;
                    // "flat 4 the maltings, 12 high st": in any case, "the" and a word buildings are named with.
                    else if (s.AsSpan(next).StartsWith("the ", StringComparison.OrdinalIgnoreCase) && WordEnd(next + 4) is var tw && tw > next + 4
                        && (TheStreetNames.Contains(s.AsSpan(next + 4, tw - next - 4)) || HouseWords.Contains(s.AsSpan(next + 4, tw - next - 4))))
                        end = tw;
                }
                return new(Part.Flat, at, end);
            }
            if (!char.IsLetter(s[at])) return default;
            if (KeptAt(at, lists) is var kept and > 0) return new(Part.Place, at, kept);
            var street = Street(at, cued, requireType: true, out var isStreet);
            if (isStreet && !Kept(at, street.End, lists)) return new(Part.Street, at, street.End);
            var house = House(at, cued);
            if (house.Kind == Part.House) return house;
            // "lives at The Old Rectory", "Flat 2, The Grange": the article is part of the house's name, capitalised ("lives at the
            // old house", "delivered to the wrong house" are not).
            if (!caseless && (s.AsSpan(at).StartsWith("The ", StringComparison.Ordinal) || s.AsSpan(at).StartsWith("the ", StringComparison.Ordinal))
                && House(at + 4, cued: false) is { Kind: Part.House } theNamed)
                return theNamed with { Start = at };
            if (TheHouse(at) is { Kind: Part.House } single) return single;
            return OldName(at) is { Kind: Part.House } old ? old : default;
        }

        /// <summary>
        /// "The Old Forge", "The Old Post Office", "the Old School House": a house named for what it was, "The Old" and one to
        /// three capitalised words, in mixed-case text only (in lower case "the old lady" is no house).
        /// </summary>
        public Parsed OldName(int at)
        {
            if (caseless || at + 8 >= s.Length || s[at] is not ('T' or 't') || !s.AsSpan(at + 1).StartsWith("he Old ", StringComparison.Ordinal)
                || !char.IsUpper(s[at + 8])) return default;
            var i = at + 8;
            var end = i;
            for (var count = 0; count < 3; count++)
            {
                var w = WordEnd(i);
                if (w == i || !Capitalised(i, w) || SmallWords.Contains(s.AsSpan(i, w - i))) break;
                end = w;
                if (w >= s.Length || s[w] != ' ') break;
                i = w + 1;
            }
            return end > at + 8 ? new(Part.House, at, end) : default;
        }

        /// <summary>The named house that ends at <paramref name="end"/>, starting as far back as three words allow.</summary>
        public Parsed HouseEndingAt(int typeStart, int end, bool lowerType = false)
        {
            Span<int> starts = stackalloc int[3];
            var n = 0;
            var i = typeStart;
            while (n < 3)
            {
                var j = i - 1;
                if (j < 0 || s[j] != ' ') break;
                var k = j;
                while (k > 0 && (char.IsLetter(s[k - 1]) || s[k - 1] is '\'' or '’' or '-')) k--;
                if (k == j) break;
                starts[n++] = k;
                i = k;
            }
            for (var t = n - 1; t >= 0; t--)
            {
                var p = House(starts[t], cued: false, lowerType);
                if (p.Kind == Part.None || p.End != end) continue;
                // "The Old Rectory": the article is part of the house's name.
                var the = p.Start - 4;
                if (the >= 0 && s.AsSpan(the, 4).Equals("The ", caseless ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                    && (the == 0 || !char.IsLetter(s[the - 1])))
                    p = p with { Start = the };
                return p;
            }
            return TheHouse(typeStart - 4) is { Kind: Part.House } the2 && the2.End == end ? the2 : default;
        }

        // "The Barn", "The Stables": "The" and one capitalised word that names a house alone, in mixed-case text ("the farm, church
        // road was shut" is a farm).
        private Parsed TheHouse(int at)
        {
            if (caseless || at < 0 || at + 4 >= s.Length || at > 0 && char.IsLetter(s[at - 1])
                || !s.AsSpan(at, 4).Equals("The ", StringComparison.Ordinal)) return default;
            var w = WordEnd(at + 4);
            return Capitalised(at + 4, w) && TheHouseWords.Contains(s.AsSpan(at + 4, w - at - 4)) ? new(Part.House, at, w) : default;
        }

        // "Apartment 9, The Maltings, Grays": after a flat, "The" and up to three capitalised words that end the phrase name its
        // building; "Flat 3, The Council never came" runs on into a sentence. The end, or 0.
        private int TheBuilding(int at)
        {
            if (caseless || !s.AsSpan(at).StartsWith("The ", StringComparison.Ordinal)) return 0;
            var i = at + 4;
            for (var count = 0; count < 3; count++)
            {
                var w = WordEnd(i);
                if (w == i || !Capitalised(i, w) || SmallWords.Contains(s.AsSpan(i, w - i))) return 0;
                if (KeptAt(i, RedactionLists.Instance) > 0) return 0;
                if (w >= s.Length || s[w] is ',' or '.' or '\n' or '\r' or ')' or ';') return w;
                if (s[w] != ' ') return 0;
                i = w + 1;
            }
            return 0;
        }

        /// <summary>
        /// The street after a house number written in words ("twenty two rectory road"): its name and a street word, which the
        /// number needs as much as a house numbered in digits without one would; or none.
        /// </summary>
        public Parsed StreetAfterWords(int at)
        {
            var (end, words) = Street(at, cued: false, requireType: false, out var typed);
            return typed && words >= 2 && !Kept(SkipSpace(at), end, RedactionLists.Instance) ? new(Part.Numbered, at, end) : default;
        }

        /// <summary>Any words up to the end of the phrase, for "her address is …" (a place there stays).</summary>
        public Parsed Words(int at)
        {
            at = SkipSpace(at);
            var end = at;
            var i = at;
            for (var count = 0; count < 5; count++)
            {
                var w = WordEnd(i);
                if (w == i) break;
                if (!Capitalised(i, w) && !caseless) break;
                if (SmallWords.Contains(s.AsSpan(i, w - i)) && !(count == 0 && s.AsSpan(i, w - i).Equals("The", StringComparison.Ordinal))) break;
                end = w;
                i = w;
                if (i >= s.Length || s[i] != ' ') break;
                i++;
            }
            return end > at ? new(Part.House, at, end) : default;
        }

        /// <summary>
        /// True when a listed town stands straight after <paramref name="end"/> (one space), with a postcode after it or ending the
        /// phrase: "14 Dockside Grays RM17 6SL", "14 Dockside Grays.".
        /// </summary>
        public bool TownEnds(int end)
        {
            if (end + 1 >= s.Length || s[end] != ' ' || Parse(end + 1, cued: false) is not { Kind: Part.Place } town || town.Start != end + 1) return false;
            var i = SkipSpace(town.End);
            return i >= s.Length || s[i] is '.' or ',' or ';' or '\n' or '\r' or ')' || Parse(i, cued: false).Kind == Part.Postcode;
        }

        /// <summary>True when a postcode follows <paramref name="end"/> after one space: "14 Dockside RM17 6SL".</summary>
        public bool PostcodeAfter(int end) =>
            end + 1 < s.Length && s[end] == ' ' && Parse(end + 1, cued: false) is { Kind: Part.Postcode } code && code.Start == end + 1;

        public bool ClauseEnds(int at)
        {
            var i = SkipSpace(at);
            return i >= s.Length || s[i] is '.' or ',' or ';' or '!' or '?' or ')' or '\n' or '\r';
        }

        /// <summary>The clause ends at <paramref name="at"/>, or a word that closes a request follows ("send it to 14, Dockside please").</summary>
        public bool Closes(int at)
        {
            if (ClauseEnds(at)) return true;
            if (at >= s.Length || s[at] != ' ') return false;
            var w = WordEnd(at + 1);
            return Closers.Contains(s.AsSpan(at + 1, w - at - 1)) && ClauseEnds(w);
        }

        /// <summary>A house number and the one to three capitalised words after it ("14 Dockside", "3 Willow Brook"), or none.</summary>
        public Parsed NumberAndName(int at)
        {
            var n = HouseNumberPattern().Match(s, at);
            if (!n.Success || n.Index != at) return default;
            var i = n.Index + n.Length;
            // "Mum is at 14, Dockside": a comma after the number, unless a person follows ("Mum is at 85, Grandad at 90"), the name
            // ending the phrase.
            var comma = i < s.Length && s[i] == ',';
            if (comma) i++;
            if (i >= s.Length || s[i] != ' ') return default;
            var first = ++i;
            var end = i;
            for (var count = 0; count < 3; count++)
            {
                var w = WordEnd(i);
                // Capitalised, not in capitals ("NO88 DTK" is a registration).
                if (w == i || !Capitalised(i, w) || !s.AsSpan(i + 1, w - i - 1).ContainsAnyInRange('a', 'z')
                    || SmallWords.Contains(s.AsSpan(i, w - i)) || Months.Contains(s.AsSpan(i, w - i))) break;
                if (comma && count == 0 && PersonOrName(s.AsSpan(i, w - i))) break;
                end = w;
                if (w >= s.Length || s[w] != ' ') break;
                i = w + 1;
            }
            // After a comma the name ends the phrase, or a town or postcode follows: "I sent it to 3, Social Care never replied".
            if (comma && !(Closes(end) || TownEnds(end) || PostcodeAfter(end))) return default;
            return end > first ? new(Part.NumberedNoType, at, end) : default;
        }

        /// <summary>
        /// True when the words after the house number in [<paramref name="at"/>, <paramref name="end"/>) may name a street: none
        /// is a listed place, a weekday or a venue, nor is the word after them ("she is at 10 Thameside Theatre").
        /// </summary>
        public bool HomeName(int at, int end)
        {
            var lists = RedactionLists.Instance;
            var i = at;
            while (i < end)
            {
                while (i < end && !char.IsLetter(s[i])) i++;
                var w = WordEnd(i);
                if (w == i) break;
                var word = s.AsSpan(i, w - i);
                if (lists.KeepWords.Contains(word) || KeptAt(i, lists) > 0 || Weekdays.Contains(word) || Venues.Contains(word)) return false;
                i = w;
            }
            // "at 3 Counties hospital": the word after may say it is a venue.
            var next = end + 1;
            return !(end < s.Length && s[end] == ' ' && WordEnd(next) is var e && e > next && Venues.Contains(s.AsSpan(next, e - next)));
        }

        /// <summary>The part after a comma or a line break at <paramref name="end"/>, if any.</summary>
        public Parsed Next(int end)
        {
            var next = SkipSeparator(end, out var separated);
            return separated ? Parse(next, cued: false) : default;
        }

        public bool CommaAfter(int end)
        {
            var i = SkipSpace(end);
            return i < s.Length && s[i] == ',';
        }

        /// <summary>True when a cue or a comma list stands before <paramref name="at"/>.</summary>
        public bool Preceded(int at)
        {
            var before = s.AsSpan(0, at).TrimEnd();
            return before.Length > 0 && before[^1] is ',' or ':' || before.EndsWith("at", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// True when a provider or office that the lists keep stands just before, with a comma: "Ockendon Centre, …". Only a
        /// phrase of two words or more: "Grays, 14 Dock Road" is still a home in Grays.
        /// </summary>
        public bool KeptBefore(int at)
        {
            var end = at;
            while (end > 0 && s[end - 1] == ' ') end--;
            if (end == 0 || s[end - 1] != ',') return false;
            end--;
            var lists = RedactionLists.Instance;
            // Each word start back to the last break: the phrase must run from one of them to the comma.
            for (var i = end - 1; i >= 0 && i >= end - 60; i--)
            {
                if (s[i] is ',' or '\n' or '.' or '(' or ':') break;
                if (char.IsLetter(s[i]) && (i == 0 || s[i - 1] == ' ') && KeptAt(i, lists, phrasesOnly: true) == end) return true;
            }
            return false;
        }

        /// <summary>
        /// The part with a floor written before it ("First Floor Flat 2", "2nd floor, 12 High Street") and, when
        /// <paramref name="buildings"/>, a named building before a flat ("Bell House (flat 22)", "Bell House, flat 22",
        /// "Bell House flat 22"); a listed home or provider ("Orchard House, flat 3") stays.
        /// </summary>
        public Parsed Before(Parsed p, bool buildings)
        {
            if (p.Kind is Part.None or Part.Place or Part.Postcode or Part.Floor) return p;
            var i = p.Start;
            while (i > 0 && s[i - 1] is ' ' or '\t') i--;
            var bracket = i > 0 && s[i - 1] == '(';
            if (i > 0 && s[i - 1] is '(' or ',' or '-' or '–') i--;
            while (i > 0 && s[i - 1] is ' ' or '\t') i--;
            var k = i;
            while (k > 0 && char.IsLetter(s[k - 1])) k--;
            if (k == i) return p;
            var word = s.AsSpan(k, i - k);
            var start = p.Start;
            if (word.Equals("floor", StringComparison.OrdinalIgnoreCase) || word.Equals("flat", StringComparison.OrdinalIgnoreCase)
                || word.Equals("front", StringComparison.OrdinalIgnoreCase) || word.Equals("rear", StringComparison.OrdinalIgnoreCase)
                || word.Equals("back", StringComparison.OrdinalIgnoreCase) || word.Length == 1 && char.IsUpper(word[0]))
            {
                // Up to four words back, a floor or block that ends where the part's separator begins: "Lower Ground Floor
                // Flat, 14 …", "Block C, Flat 12".
                var o = k;
                for (var words = 0; words < 4 && o > 0; words++)
                {
                    var j = o;
                    while (j > 0 && s[j - 1] == ' ') j--;
                    if (j == o || j == 0 || !char.IsLetterOrDigit(s[j - 1])) break;
                    o = j;
                    while (o > 0 && char.IsLetterOrDigit(s[o - 1])) o--;
                    if (FloorAtPattern().Match(s, o) is { Success: true } floor && floor.Index == o && floor.Index + floor.Length == i) start = o;
                }
            }
            // "Willow Park Homes, plot 23", "Haddon Marina berth 14": a site before its plot or berth (not a retail park's unit).
            else if (buildings && (HouseWords.Contains(word) || SiteNames.Contains(word) && SiteWords.Contains(WordAt(p.Start)))
                && HouseEndingAt(k, i, lowerType: true) is { Kind: Part.House } house) start = house.Start;
            // "Kenning House extra care, flat 23", "Elm Court sheltered housing (flat 4)": the kind of housing may stand between
            // the building and the flat; the scheme named alone ("Elm Court sheltered housing is lovely") stays.
            else if (buildings && SchemeEndingAt(i) is var scheme and >= 0)
            {
                var e = scheme;
                while (e > 0 && s[e - 1] == ' ') e--;
                var b = e;
                while (b > 0 && char.IsLetter(s[b - 1])) b--;
                if (b < e && HouseWords.Contains(s.AsSpan(b, e - b)) && HouseEndingAt(b, e, lowerType: true) is { Kind: Part.House } home) start = home.Start;
            }
            if (start == p.Start) return p;
            var end = p.End;
            if (bracket && end < s.Length && s[end] == ')') end++;
            return p with { Start = start, End = end };
        }

        // Where a kind of housing with its own flats ("extra care", "sheltered housing scheme") that ends at end begins; -1 if none.
        private int SchemeEndingAt(int end)
        {
            foreach (var kind in SchemeKinds)
            {
                var at = end - kind.Length;
                if (at > 0 && s[at - 1] == ' ' && s.AsSpan(at, kind.Length).Equals(kind, StringComparison.OrdinalIgnoreCase)) return at;
            }
            return -1;
        }

        /// <summary>The part with what follows it in a comma list or on the next lines, up to a town or postcode.</summary>
        public Parsed Extend(Parsed p)
        {
            if (p.Kind is Part.None or Part.Place or Part.Postcode) return p;
            var end = p.End;
            for (var guard = 0; guard < 4; guard++)
            {
                var next = Next(end);
                if (next.Kind is Part.Flat or Part.Numbered or Part.Street or Part.House or Part.Floor) { end = next.End; continue; }
                // "Pear Tree Cottage, Bulphan Fen": a hamlet named by its village and a word of the land is narrower than the
                // village, which alone stays ("Rose Cottage, Bulphan").
                if (next.Kind == Part.Place && next.End + 1 < s.Length && s[next.End] == ' ' && WordEnd(next.End + 1) is var land
                    && Capitalised(next.End + 1, land) && LandWords.Contains(s.AsSpan(next.End + 1, land - next.End - 1))) { end = land; break; }
                // "Flat 3 Bell Court Dock Road": after a flat or a building, a street may follow with no comma.
                if (next.Kind == Part.None && p.Kind is Part.Flat or Part.House && Parse(end, cued: false) is { Kind: Part.Street or Part.Numbered } joined
                    && joined.Start > end && s[end] == ' ') { end = joined.End; continue; }
                // "Apartment 7, The Maltings, 3 Quay Street": a building's name with no house word, between two parts.
                if (next.Kind != Part.None) break;
                var words = Words(SkipSeparator(end, out var separated));
                if (!separated || words.Kind == Part.None || KeptAt(words.Start, RedactionLists.Instance) >= words.End) break;
                if (Next(words.End).Kind is Part.Numbered or Part.Street) end = words.End;
                else break;
            }
            // "88 Clarence Road (room 4)": a room or flat in brackets after the address is part of it.
            if (RoomInBracketsPattern().Match(s, end) is { Success: true } bracketed && bracketed.Index == end) end += bracketed.Length;
            return p with { End = end };
        }

        // Words up to a street word ("Dock Road", "High St."); without one, up to four capitalised words ("Dockside").
        private (int End, int Words) Street(int at, bool cued, bool requireType, out bool typed)
        {
            typed = false;
            var end = at;
            var i = SkipSpace(at);
            if (i < s.Length && s[i] == ',') i = SkipSpace(i + 1);
            var words = 0;
            var lowerWords = false;
            var placeAt = -1;
            var lowerThe = false;
            var previous = -1;
            var saint = false;
            for (var count = 0; count < 4; count++)
            {
                var w = WordEnd(i);
                if (w == i) break;
                var word = s.AsSpan(i, w - i);
                var capital = Capitalised(i, w);
                // "Crown Court", "Magistrates Court": a court of law, not a street.
                if (words > 0 && PublicBuilding(previous, word)) break;
                // "14 Dock Road's front step": the street word before a possessive; the "'s" stays.
                if (words > 0 && word.Length > 3 && word[^2] is '\'' or '’' && word[^1] is 's' or 'S' && StreetTypes.Contains(word[..^2])
                    && TypeFits(word[..^2], w - 2, capital, lowerWords || !capital, cued))
                {
                    typed = true;
                    return (w - 2, words + 1);
                }
                // "4 Becket Estate": after a house number an estate is numbered as a street is; named alone it is a neighbourhood
                // ("she lives on the Bell Estate").
                if (words > 0 && ((StreetTypes.Contains(word) || !requireType && capital && word.Equals("estate", StringComparison.OrdinalIgnoreCase))
                        && TypeFits(word, w, capital, lowerWords || !capital, cued)
                    || capital && !lowerWords && StreetWordSlip(word)
                    // "14 dock raod", "9 hill crecent": in lower case a slip only of a plain street word (StrongLowerTypes).
                    || !capital && StreetWordSlip(word, lower: true)
                    // "22 st johns way", "5 st peters close": after a saint's name any street word names the street.
                    || saint && words >= 2 && StreetTypes.Contains(word) && !AmbiguousAbbreviations.Contains(word)))
                {
                    typed = true;
                    // "Dock Rd.": a short form's full stop; "Dock Road." ends a sentence, and the stop stays.
                    end = w < s.Length && s[w] == '.' && word.Length <= 4 && !WholeShortTypes.Contains(word) ? w + 1 : w;
                    // "Dock Approach Rd", "Mill Hill Road": a street word may name the street whose word follows it.
                    if (end == w && w + 1 < s.Length && s[w] == ' ' && WordEnd(w + 1) is var after && after > w + 1
                        && s.AsSpan(w + 1, after - w - 1) is var second && StreetTypes.Contains(second) && !WeakLowerTypes.Contains(second)
                        && Capitalised(w + 1, after) == capital && TypeFits(second, after, capital, lowerWords || !capital, cued))
                        end = after < s.Length && s[after] == '.' && second.Length <= 4 && !WholeShortTypes.Contains(second) ? after + 1 : after;
                    // "23 Willow Park Homes", "4 Belhus Park Estate": a site named for its park.
                    else if (end == w && word.Equals("park", StringComparison.OrdinalIgnoreCase) && w + 1 < s.Length && s[w] == ' '
                        && WordEnd(w + 1) is var site && site > w + 1 && SiteNames.Contains(s.AsSpan(w + 1, site - w - 1))
                        && Capitalised(w + 1, site) == capital)
                        end = site;
                    // "14 London Road North": a direction that is part of the street's name.
                    if (DirectionAfterPattern().Match(s, end) is { Success: true } direction && direction.Index == end
                        && (caseless || char.IsUpper(s[end + 1]))) end += direction.Length;
                    return (end, words + 1);
                }
                // "9 The Broadway"; in lower case "3 the crescent" only with its street word.
                var the = words == 0 && word.Equals("the", StringComparison.OrdinalIgnoreCase);
                if (SmallWords.Contains(word) && !(the && (capital || caseless || cued))) break;
                lowerThe |= the && !capital;
                saint |= words == 0 && (word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("saint", StringComparison.OrdinalIgnoreCase));
                // "on 12 March Street party was…": a date, not a house number.
                if (words == 0 && Months.Contains(word)) break;
                if (!capital && !caseless && !cued && requireType) break;
                // "her address is 14 dockside grays": with no street word, the words stop at a town.
                if (words > 0 && placeAt < 0 && RedactionLists.Instance.KeepWords.Contains(word)) placeAt = end;
                lowerWords |= !capital;
                previous = i;
                words++;
                end = w;
                // "12 St. John's Close", "Gt. Portland Street": a short word's full stop inside a street's name.
                if (w + 1 < s.Length && s[w] == '.' && s[w + 1] == ' ' && word.Length <= 3 && capital) { i = w + 2; continue; }
                if (w >= s.Length || s[w] != ' ') break;
                i = w + 1;
            }
            if (requireType || lowerThe) return (at, 0);
            // With no street word the words must be capitalised (or the text caseless): "14 Dockside", not "14 days".
            if (lowerWords && !caseless && !cued) return (at, 0);
            return placeAt > 0 ? (placeAt, words) : (end, words);
        }

        // "Cresent", "Raod", "Avenu", "Gardns", "Clsoe": one slip of the keys in a street word (a letter left out, added,
        // changed or two swapped; in a short word only a swap), with its first letter right. Not a plural: "Side Streets".
        private static bool StreetWordSlip(ReadOnlySpan<char> word, bool lower = false)
        {
            if (word.Length < 4 || word.Length > 11) return false;
            foreach (var target in SlipTargets)
            {
                if (lower && !StrongLowerTypes.Contains(target)) continue;
                if (char.ToLowerInvariant(word[0]) != target[0] || Math.Abs(word.Length - target.Length) > 1) continue;
                if (word.Length == target.Length + 1 && char.ToLowerInvariant(word[^1]) is 's' or 'd'
                    && word[..^1].Equals(target, StringComparison.OrdinalIgnoreCase)) continue;
                // "2 Community Garden", "Rose Cottage": the singular is a word of its own.
                if (word.Length + 1 == target.Length && target[^1] == 's' && word.Equals(target.AsSpan(0, word.Length), StringComparison.OrdinalIgnoreCase)) continue;
                if (OneSlip(word, target, swapOnly: target.Length < 6)) return true;
            }
            return false;
        }

        private static bool OneSlip(ReadOnlySpan<char> word, string target, bool swapOnly)
        {
            var i = 0;
            while (i < word.Length && i < target.Length && char.ToLowerInvariant(word[i]) == target[i]) i++;
            if (i == word.Length && i == target.Length) return false;
            var a = word[i..];
            var b = target.AsSpan(i);
            // Two letters swapped: "Raod".
            if (a.Length == b.Length && a.Length >= 2 && char.ToLowerInvariant(a[0]) == b[1] && char.ToLowerInvariant(a[1]) == b[0]
                && a[2..].Equals(b[2..], StringComparison.OrdinalIgnoreCase)) return true;
            if (swapOnly) return false;
            if (a.Length == b.Length) return a[1..].Equals(b[1..], StringComparison.OrdinalIgnoreCase);
            if (a.Length + 1 == b.Length) return a.Equals(b[1..], StringComparison.OrdinalIgnoreCase);
            return a[1..].Equals(b, StringComparison.OrdinalIgnoreCase);
        }

        private bool TypeFits(ReadOnlySpan<char> type, int end, bool capital, bool lowerWords, bool cued)
        {
            if (capital && !lowerWords)
            {
                // "St Mary's", "Dr Patel": an abbreviation before a capitalised word is a saint's or a doctor's.
                if (AmbiguousAbbreviations.Contains(type) && end + 1 < s.Length && s[end] == ' ' && char.IsUpper(s[end + 1])) return false;
                return true;
            }
            if (caseless || cued) return !AmbiguousAbbreviations.Contains(type) || PlainAfter(end);
            return StrongLowerTypes.Contains(type) && !capital && (!type.Equals("st", StringComparison.OrdinalIgnoreCase) || PlainAfter(end));
        }

        // After "st", "dr", "pl": the text ends, no word follows, or a small word does ("7 mill st in grays"); "st johns", "dr patel" are a saint's and a doctor's.
        private bool PlainAfter(int end)
        {
            var i = end < s.Length && s[end] == '.' ? end + 1 : end;
            if (i + 1 >= s.Length || !char.IsLetter(s[i + 1])) return true;
            if (s[i] != ' ') return false;
            var w = WordEnd(i + 1);
            return SmallWords.Contains(s.AsSpan(i + 1, w - i - 1));
        }

        // With lowerType, beside a flat, the house word may be in lower case after a capitalised name ("flat 7 Bell house").
        private Parsed House(int at, bool cued, bool lowerType = false)
        {
            var i = at;
            var previous = at;
            for (var count = 0; count < 4; count++)
            {
                var w = WordEnd(i);
                if (w == i) return default;
                var word = s.AsSpan(i, w - i);
                if (!Capitalised(i, w) && !caseless && !cued && !(lowerType && count > 0 && (HouseWords.Contains(word) || SiteNames.Contains(word)))) return default;
                // "homes" is a small word ("2 homes"), but not ending a site's name.
                if (SmallWords.Contains(word) && !(lowerType && count > 0 && SiteNames.Contains(word))) return default;
                // "Crown Court", "Magistrates Court", "Town Hall", "Church Hall" are no one's home.
                if (count > 0 && PublicBuilding(previous, word)) return default;
                previous = i;
                // "Beech House care home": a named care home is a provider, kept as the listed ones are. Beside a flat, block or
                // plot an estate, park or marina is a building too ("Flat 12, Bell Estate", "plot 23, Willow Park Homes"), unless a
                // street is named for it ("flat 3, Bell Park Road"); alone it is a neighbourhood.
                if (count > 0 && (HouseWords.Contains(word) || lowerType && SiteNames.Contains(word) && !StreetTypeAfter(w)))
                {
                    // "Ivy House Farm", "Manor Farm Cottages": a house word may name the next one.
                    // Not a street named for one ("Rose Cottage Mill Lane").
                    // "Willow Park Homes": beside a plot a site word may too.
                    if (count < 3 && w + 1 < s.Length && s[w] == ' ' && WordEnd(w + 1) is var nextEnd && nextEnd > w + 1
                        && (HouseWords.Contains(s.AsSpan(w + 1, nextEnd - w - 1)) || lowerType && SiteNames.Contains(s.AsSpan(w + 1, nextEnd - w - 1)))
                        && (Capitalised(w + 1, nextEnd) || caseless)
                        && !StreetTypeAfter(nextEnd))
                    {
                        previous = i;
                        i = w + 1;
                        continue;
                    }
                    return Kept(at, w, RedactionLists.Instance) || CareHomeAfterPattern().Match(s, w) is { Success: true } home && home.Index == w
                        ? new(Part.Place, at, w) : new(Part.House, at, w);
                }
                if (w >= s.Length || s[w] != ' ') return default;
                i = w + 1;
            }
            return default;
        }

        private ReadOnlySpan<char> WordAt(int at) => s.AsSpan(at, WordEnd(at) - at);

        // A street word straight after end: "Bell Park Road" names a street for the park.
        private bool StreetTypeAfter(int end) =>
            end + 1 < s.Length && s[end] == ' ' && WordEnd(end + 1) is var e && e > end + 1 && StreetTypes.Contains(s.AsSpan(end + 1, e - end - 1));

        // The end of the keep-list or gazetteer phrase or word at at ("Grays", "Orchard House", "Chadwell St Mary"); 0 if none.
        private int KeptAt(int at, RedactionLists lists, bool phrasesOnly = false)
        {
            var w = WordEnd(at);
            if (w == at) return 0;
            var first = s.AsSpan(at, w - at);
            var best = !phrasesOnly && lists.KeepWords.Contains(first) ? w : 0;
            if (lists.KeepPhrases.TryGetValue(first, out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    var i = w;
                    var ok = true;
                    foreach (var word in phrase)
                    {
                        if (i >= s.Length || !char.IsWhiteSpace(s[i]) && s[i] != '-') { ok = false; break; }
                        i++;
                        var e = WordEnd(i);
                        if (!s.AsSpan(i, e - i).Equals(word, StringComparison.OrdinalIgnoreCase)) { ok = false; break; }
                        i = e;
                    }
                    if (ok && i > best) best = i;
                }
            }
            return best;
        }

        private bool Kept(int at, int end, RedactionLists lists) => KeptAt(at, lists) == end;

        private int WordEnd(int i)
        {
            var e = i;
            while (e < s.Length && (char.IsLetter(s[e]) || (e > i && s[e] is '\'' or '’' or '-' && e + 1 < s.Length && char.IsLetter(s[e + 1])))) e++;
            return e;
        }

        private bool Capitalised(int i, int end) => end > i && char.IsUpper(s[i]);

        // "Crown Court", "Town Hall": <paramref name="word"/> ends a public building's name begun by the word at previous.
        private bool PublicBuilding(int previous, ReadOnlySpan<char> word) =>
            NotHomes.Contains(word) && PublicBuildingWords.Contains(s.AsSpan(previous, WordEnd(previous) - previous));

        private int NumberWord(int at)
        {
            var m = NumberCuePattern().Match(s, at);
            return m.Success && m.Index == at ? at + m.Length : at;
        }

        private int SkipSpace(int i)
        {
            while (i < s.Length && s[i] is ' ' or '\t') i++;
            return i;
        }

        // ", " or a line break (with spaces around); says whether there was one.
        private int SkipSeparator(int i, out bool separated)
        {
            var j = SkipSpace(i);
            separated = false;
            if (j < s.Length && s[j] == ',') { separated = true; j++; }
            while (j < s.Length && char.IsWhiteSpace(s[j]))
            {
                if (s[j] == '\n') separated = true;
                j++;
            }
            return j;
        }
    }

    private static readonly System.Buffers.SearchValues<string> CueWords = System.Buffers.SearchValues.Create(
        ["live", "living", "moved", "moving", "move", "relocated", "housed", "addr", "adress", "round", "deliver", "stay", "visit", "place", "street", "c/o", "resid", "tenant", "leaseholder", "lodger", "occupant", "home", "house", "flat", "bungalow", "'m at", "’m at", "am at", "re at", "are at", "'m in", "’m in", "am in", "re in", "are in", "line 1", "line 2", "line 3", "line 4", "line1", "line2", "line3", "line4"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> HouseWordCues = System.Buffers.SearchValues.Create(
        ["cottage", "farm", "barn", "bungalow", "villa", "lodge", "house", "manor", "grange", "hall", "rectory", "vicarage", "croft",
         "court", "mansions", "tower", "heights", "flats", "apartments", "mill", "forge", "stables", "dairy", "granary", "smithy",
         "oast", "paddock", "view"],
        StringComparison.OrdinalIgnoreCase);

    private static Lookup Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lookup StreetTypes = Set(
        "road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "way", "crescent", "cres", "gardens",
        "gdns", "grove", "terrace", "tce", "mews", "walk", "square", "sq", "rise", "parade", "vale", "chase", "mead", "wharf",
        "approach", "boulevard", "place", "pl", "court", "ct", "hill", "row", "green", "park", "view", "gate", "croft", "fields",
        "meadow", "meadows", "yard", "circus", "broadway", "quay", "heights", "dene", "garth", "wynd", "crossway", "esplanade",
        "embankment", "cottages", "villas",
        // Royal Mail's other short forms: Close, Terrace, Parade, Heights, Grove; and as people shorten them: Av, Ter, Wy, Wk,
        // Grn, Gdn, Pk, Cresc.
        "cl", "terr", "pde", "hts", "gro", "av", "ter", "wy", "wk", "grn", "gdn", "pk", "cresc",
        // And as people shorten Gardens, Mews and Grove too: Gds, Mws, Gr.
        "gds", "mws", "gr");

    // Street words long enough that one slip still names them (StreetWordSlip); short ones only with two letters swapped.
    private static readonly string[] SlipTargets =
        ["street", "avenue", "crescent", "gardens", "terrace", "parade", "square", "approach", "boulevard", "meadows", "cottages",
         "esplanade", "road", "lane", "close", "drive", "grove", "walk"];

    // The house words that name a home, not an office or a hall: "Hill Farm, Orsett" is an address with no cue before it.
    private static readonly Lookup RuralHouseWords = Set("cottage", "cottages", "farm", "farmhouse", "barn", "bungalow", "rectory", "vicarage", "villa");

    // Street words that are plainly streets in lower case too: "14 dock rd", "2 mill lane".
    // And, as people type them on a phone (stop 26): "4 oak cl", "4 mill pk", "12 station pde", "7 mill st in grays" ("st" only
    // before a small word or none).
    private static readonly Lookup StrongLowerTypes = Set(
        "road", "rd", "street", "avenue", "ave", "lane", "ln", "crescent", "cres", "gardens", "gdns", "grove", "terrace", "tce",
        "mews", "close", "drive",
        "st", "cl", "pk", "pde", "parade", "terr", "gdn", "gds", "wy", "av", "cresc", "wharf", "quay", "chase", "vale");

    // Street words that in lower case name a thing as often: "walked to 2 village green", "went to 2 car park".
    private static readonly Lookup WeakLowerTypes = Set(
        "green", "park", "view", "hill", "row", "gate", "yard", "fields", "place", "court", "way", "square", "circus", "broadway",
        "heights", "approach", "wing");

    private static readonly Lookup NotHomes = Set("court", "hall");

    private static readonly Lookup LandWords = Set("fen", "fens", "marsh", "marshes", "heath", "common", "end", "green", "corner", "cross", "bottom");

    private static readonly Lookup Closers = Set("please", "pls", "plz", "thanks", "thank", "thankyou", "ta", "asap");

    // The first word of a court of law or a public hall: "Crown Court", "County Court", "Town Hall", "Village Hall".
    private static readonly Lookup PublicBuildingWords = Set(
        "crown", "county", "magistrates", "magistrates'", "magistrates’", "family", "high", "supreme", "youth", "coroners",
        "coroner's", "coroner’s", "tribunal", "town", "city", "village", "church", "community", "parish", "civic", "sports",
        "dining", "concert", "bingo", "scout", "guide", "memorial", "market", "county's");

    // Street words of four letters or fewer that are whole words, not short forms: a full stop after them ends the sentence.
    private static readonly Lookup WholeShortTypes = Set(
        "road", "lane", "way", "walk", "rise", "vale", "mead", "hill", "row", "park", "view", "gate", "yard", "quay", "dene", "wynd", "mews");

    // Not "ln": no word but a lane's ("22 mill ln every morning").
    private static readonly Lookup AmbiguousAbbreviations = Set("st", "dr", "pl", "ct", "sq");

    // "wing" names a part of a building ("Room 4, Oak Wing, Bell House"); "view" a house ("Sea View, Mill Lane") as often as a
    // street, read as a house only where a house is (HousePattern, beside a flat).
    private static readonly Lookup HouseWords = Set(
        "cottage", "cottages", "farm", "farmhouse", "barn", "barns", "bungalow", "villa", "lodge", "house", "manor", "grange", "hall",
        "rectory", "vicarage", "croft", "mansions", "court", "tower", "towers", "heights", "point", "building", "block", "apartments", "flats",
        "mill", "forge", "stables", "dairy", "granary", "smithy", "oast", "paddock", "view", "wing");

    // A house word that names a house with "The" alone: "The Barn, Church Road", "The Old Forge" aside.
    private static readonly Lookup TheHouseWords = Set(
        "cottage", "farm", "farmhouse", "barn", "barns", "bungalow", "lodge", "manor", "grange", "rectory", "vicarage", "croft",
        "mill", "forge", "stables", "dairy", "granary", "smithy", "oast", "paddock");

    private static readonly Lookup CountingWords = Set(
        "ward", "room", "bay", "bed", "unit", "flat", "bungalow", "bedsit", "studio", "caravan", "chalet", "block", "apartment", "apt", "maisonette", "level", "floor", "platform", "bus", "route", "junction", "exit", "page", "week",
        "weeks", "year", "years", "day", "days", "aged", "age", "step", "stage", "band", "grade", "phase", "section", "chapter",
        "tier", "point", "gate", "terminal", "door", "line", "question", "item", "table", "box", "option", "part", "version",
        "number", "about", "over", "under", "nearly", "almost", "only", "just", "around", "approx", "than", "every", "for");

    private static readonly Lookup Months = Set(
        "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug",
        "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec");

    private static readonly Lookup PersonWords = Set(
        "i", "she", "he", "they", "we", "you", "mum", "mom", "mother", "dad", "father", "nan", "nana", "nanny", "gran", "granny",
        "grandma", "grandad", "grandpa", "grandmother", "grandfather", "son", "daughter", "sister", "brother", "wife", "husband",
        "partner", "aunt", "auntie", "uncle", "niece", "nephew", "cousin", "friend", "neighbour", "neighbor", "client", "resident",
        "tenant", "patient", "lodger", "boy", "girl", "man", "woman", "lady", "gentleman", "couple", "family", "parents", "mam");

    private static readonly Lookup Determiners = Set("my", "your", "our", "their", "his", "her", "its", "the", "a", "an", "this", "that");

    private static readonly Lookup Weekdays = Set(
        "monday", "mon", "tuesday", "tues", "tue", "wednesday", "wed", "thursday", "thurs", "thu", "friday", "fri", "saturday", "sat",
        "sunday", "sun");

    // Where a class, a visit or an appointment is, not a home: "the group is at 10 Thameside Theatre".
    private static readonly Lookup Venues = Set(
        "theatre", "theater", "library", "centre", "center", "hall", "church", "chapel", "mosque", "temple", "hospital", "hospice",
        "surgery", "clinic", "practice", "pharmacy", "chemist", "school", "academy", "college", "university", "station", "stadium",
        "club", "cafe", "café", "shop", "shops", "market", "museum", "pool", "gym", "office", "offices", "hub", "ward", "unit",
        "cinema", "pub", "inn", "arms", "hotel", "restaurant", "bar", "meeting", "meetings", "session", "sessions", "appointment",
        "appointments", "class", "classes", "group", "groups", "bus", "buses", "train", "trains", "platform", "gate", "terminal");

    private static readonly Lookup UnitWords = Set("unit", "studio", "caravan", "chalet", "plot", "pitch", "berth", "mooring");

    // A home on a site: a park home's or a new build's plot, a Traveller site's pitch, a boat's berth or mooring in a marina.
    private static readonly Lookup SiteWords = Set("plot", "pitch", "berth", "mooring");

    // The last word of a site's name beside its plot, pitch, berth or flat: "plot 23, Willow Park Homes", "berth 14, Haddon
    // Marina", "Plot 7, Orsett Caravan Park"; named alone a site is a place ("the bins at Willow Park Homes").
    private static readonly Lookup SiteNames = Set("estate", "park", "homes", "marina", "moorings", "site", "boatyard");

    // Kinds of housing whose tenants have flats of their own, as written between a scheme's building and a flat; longest first.
    private static readonly string[] SchemeKinds =
        ["sheltered housing scheme", "extra care housing", "extra care scheme", "housing with care", "sheltered housing",
         "sheltered scheme", "supported living", "retirement housing", "retirement flats", "extra care", "sheltered"];

    private static readonly System.Buffers.SearchValues<string> FlatWordCues = System.Buffers.SearchValues.Create(
        ["block", "flat", "apartment", "apt", "maisonette"], StringComparison.OrdinalIgnoreCase);

    private static readonly Lookup UnitCueWords = Set("at", "in", "into", "to", "my", "our", "his", "her", "their", "from", "is", "no");

    private static readonly Lookup SmallWords = Set(
        "the", "a", "an", "my", "our", "his", "her", "their", "your", "this", "that", "these", "those", "down", "up", "along",
        "across", "on", "in", "at", "to", "from", "of", "off", "by", "and", "or", "but", "so", "with", "for", "is", "was", "are",
        "were", "be", "been", "has", "have", "had", "it", "its", "i", "we", "you", "he", "she", "they", "me", "him", "them", "us",
        "who", "which", "where", "when", "there", "here", "near", "next", "now", "since", "because", "until", "till", "then",
        "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "second", "seconds", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "yards", "yard", "miles", "mile", "metres", "meters", "times", "people", "steps",
        "stops", "doors", "houses", "car", "cars", "bus", "buses", "more", "other", "different", "new", "all", "some", "any",
        "no", "not", "very", "too", "also", "just", "only", "about", "over", "under", "out", "into", "onto", "round", "around",
        "through", "past", "behind", "outside", "inside", "opposite", "alone", "own", "home", "am", "pm", "o'clock", "visits",
        "calls", "carers", "staff", "patients", "falls", "nights", "mornings", "tablets", "pills", "noon", "midday", "midnight",
        "today", "tomorrow", "tonight", "percent", "per", "cent", "pounds", "quid", "degrees", "addresses", "places", "homes",
        "properties", "rooms");

    // "at flat 12", "Flat 3", "flat 3b", "apt 4", "Apartment 7", "unit 2", "room 12"; not "a flat 2 doors down", "a flat 3 bed".
    private const string FlatShape =
        @"\b(?<w>flat|apartment|apt|maisonette|bungalow|bedsit|studio|caravan|chalet|block|unit|room|plot|pitch|berth|mooring)\.?\s*(?:no\.?\s*|number\s*)?(?:\d{1,4}[a-z]?(?:/\d{1,3}[a-z]?)?|(?-i:[A-H])(?=,|\s+\d|\s*\))|(?<=(?:flat|apartment|maisonette)\s+)(?<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))\b(?!\s*-?\s*(?:bed|beds|bedroom|bedrooms|doors?|floors?|stor(?:e)?ys?|stories|mins?|minutes|hours?|days?|weeks?|months?|years?|times|people|miles?|yards?|metres?|streets?|roads?|houses?|%)\b)";

    [GeneratedRegex(FlatShape, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FlatPattern();

    [GeneratedRegex(@"\G" + FlatShape, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FlatAtPattern();

    // A house number where a street may follow: "14 ", "23a ", "14-16 ", "no. 7 ", "7, "; never a year ("in 2019 Dock Road").
    [GeneratedRegex(@"(?<![\w£$€.,:/\-])(?:(?:no|number)\.?\s*)?(?!(?:19|20)\d\d(?!\d))\d{1,4}[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?(?![\w:%.])(?:,?\s)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\G(?:(?:no|number)\.?\s*)?(?!(?:19|20)\d\d(?!\d))\d{1,4}[a-z]?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?(?![\w:%])(?=,?\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HouseNumberPattern();

    [GeneratedRegex(@"\G(?:no|number)\.?\s*(?=\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberCuePattern();

    // After "lives at" or "live in": "no 7", "No. 7", "number 7a" ("number 7 on the list" is read as a home too: after
    // "lives at" it is one); after "lives at" a bare "16" or "22b" only at a clause's end ("he lives at 16.").
    [GeneratedRegex(@"\G[ \t]*(?<n>(?<no>(?:no\.?|number)[ \t]*)?\d{1,4}[a-z]?)\b(?![.,]?\d|\s*(?:%|percent)|/)(?(no)|(?=[ \t]*(?:[.,;!?)]|$)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareNumberPattern();

    // A floor, as an address writes it before or after a flat or house number: "First Floor", "2nd floor", "ground floor
    // flat", "basement flat", "top floor front".
    [GeneratedRegex(@"\G(?:block\s+(?-i:[A-Z])|(?:(?:lower|upper)\s+)?(?:ground|first|second|third|fourth|fifth|sixth|top|1st|2nd|3rd|[4-9]th|1[0-9]th)\s+floor(?:\s+(?:flat(?!\s*\d)|front|rear|back))?|(?:basement|garden|attic|top|upper|lower)\s+flat)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FloorAtPattern();

    [GeneratedRegex(@"\G[ \t]+(?:(?:care|nursing|residential|retirement)[ \t]+(?:home|centre|center|village)|hospice)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CareHomeAfterPattern();

    // Where a named house stands: "Little Orchard just outside Horndon", "… near Fobbing", "… on the edge of Orsett".
    [GeneratedRegex(@"\G[ \t]+(?:(?:just|right|out)[ \t]+)?(?:outside|near|by|behind|opposite|beyond|past|on[ \t]+the[ \t]+edge[ \t]+of|off[ \t]+the)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlacedByPattern();

    // ", Larch wing", " Oak wing": a wing after a room, its word in any case.
    [GeneratedRegex(@"\G(?:,[ \t]*|[ \t]+)\p{Lu}[\p{L}'’\-]*[ \t]+[Ww]ing\b", RegexOptions.CultureInvariant)]
    private static partial Regex WingAfterPattern();

    // " (room 4)", " (flat 2b)": a room or flat in brackets after an address.
    [GeneratedRegex(@"\G[ \t]*\((?:room|rm|flat|apt|apartment|unit|bedsit)\.?[ \t]*\d{1,4}[a-z]?\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoomInBracketsPattern();

    private static readonly System.Buffers.SearchValues<string> BoatWords = System.Buffers.SearchValues.Create(
        ["boat", "barge", "nb ", "n/b "], StringComparison.OrdinalIgnoreCase);

    // "lives on his narrowboat, ", "living aboard the barge called ", "lives on a houseboat named ", and with the name straight
    // after its kind: "lives on the narrowboat ", "lives aboard NB " (a quoted name is apart: "the houseboat 'Kestrel'").
    [GeneratedRegex(@"\b(?:live[sd]?|living)[ \t]+(?:on|aboard|in)[ \t]+(?<kind>(?:(?:his|her|their|my|our|a|the)[ \t]+)?(?:narrow[ \t]?boat|house[ \t]?boat|canal[ \t]+boat|barge|boat|nb|n/b))(?:(?<apart>[ \t]*,[ \t]*(?:(?:called|named)[ \t]+)?|[ \t]+(?:called|named)[ \t]+)|[ \t]+)(?<apart>['‘""“])?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LivesAboardPattern();

    // ", off the A13", " off Mill Lane": the road a rural home is off (a road number, or a street read after it).
    [GeneratedRegex(@"\G[ \t]*,?[ \t]*(?:just[ \t]+)?off[ \t]+(?:the[ \t]+)?(?<road>(?-i:[AB])\d{1,4}\b)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OffRoadPattern();

    [GeneratedRegex(@"\G (?:north|south|east|west)\b(?![\w'’-])(?![ \t]+(?:of|side|bound|end)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DirectionAfterPattern();

    [GeneratedRegex(@"\G[ \t]*(?:on|in)[ \t]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnStreetPattern();

    [GeneratedRegex(@"\G[ \t]+(?:of|in)[ \t]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfPattern();

    [GeneratedRegex(@"\G\b" + IdentifierFinder.PostcodeShape + @"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostcodePattern();

    // Being at or going to a place, before a house number: "is at", "she's now at", "came to", "sent it to", "pops round to".
    [GeneratedRegex(@"(?:\b(?<be>is|was|are|were)|(?<=\w)(?<be>['’](?:s|re)))(?:\s+(?:now|still|currently|also))?\s+at\s+(?=(?:(?:no\.?|number)\s*)?\d)|\b(?:next\s+door\s+to|opposite|(?:go|goes|going|went|gone|come|comes|coming|came|sent|send|sends|sending|post|posted|drive|drives|drove|driven|take|takes|took|taken|taking|pop|pops|popped|popping|walk|walks|walked|walking|deliver|delivers|delivering)(?:\s+(?:her|him|them|me|us|it|mum|dad|round|over|back|up|down|out|along|it\s+round))?\s+to)\s+(?=\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AtNumberPattern();

    // "The Old …", "the Old …", before a capitalised word.
    [GeneratedRegex(@"\b[Tt]he Old (?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OldNamePattern();

    // The last word of a named house ("Rose Cottage", "Bell House", "The Old Rectory"); its first words are read backwards.
    [GeneratedRegex(@"\b(?:cottage|cottages|farm|farmhouse|barn|barns|bungalow|villa|lodge|house|manor|grange|hall|rectory|vicarage|croft|court|mansions|towers?|heights|flats|apartments|mill|forge|stables|dairy|granary|smithy|oast|paddock|view)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HousePattern();

    // After "room 12": ", at, in or of" a home that is named as one, before any hospital word.
    [GeneratedRegex(@"\G\s*(?:,\s*|\s(?:at|in|of)\s+)(?:the\s+)?(?!(?:[\p{L}'’\-]+\s+){0,4}(?:hospital|hospice|ward|clinic|surgery|centre|center|infirmary|practice|unit)\b)(?:[\p{L}'’\-]+\s+){0,4}?(?:care\s+home|nursing\s+home|residential\s+home|home|house|court|lodge|manor|grange|gardens|sheltered|extra\s+care)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoomHomePattern();

    // "I live at", "lives on", "living in", "moved to", "moving into", "her address is", "address:", "resides at", "house name:";
    // and, needing capitals after them as "in" and "to" do, "my house is", "mum's flat on", "nan's house in", "nan's house,", "c/o", "we're at", "moved
    // her to", "rehoused at", "delivered to", "round at", "staying at", "visited her at", "the house on", "a tenant at", "resident of". "the top of", "the end
    // of" may come between: "lives at the end of Mill Lane".
    [GeneratedRegex(@"\b(?:(?:live[sd]?|living|reside[sd]?|residing)(?:\s+(?:now|still|currently|alone|together))?\s+(?:(?<at>at)|on|(?<loose>in))|(?:moved|moving|move|relocated|rehoused|re-housed)(?:\s+(?:her|him|them|me|us|mum|dad|nan|gran))?(?:\s+(?:in|house|home))?\s+(?<loose>to|into)|(?<loose>)(?:rehoused|re-housed)\s+(?:at|in)|(?:delivered|round)\s+(?<loose>to)|(?<loose>)(?:round|stay(?:s|ed|ing)?|visit(?:s|ed|ing)?\s+(?:her|him|them|mum|dad|nan|gran))\s+at|(?<loose>)the\s+(?:house|flat|bungalow)\s+(?:at|on)|(?:(?:home\s+|postal\s+|new\s+|full\s+|correspondence\s+)?(?:address|adress|addr\.?))(?:\s+line\s*\d)?(?<said>\s+(?:is|was|now\s+is|is\s+now))?\s*(?<said>[:\-])?|(?:house\s+name|street(?:\s+name)?)\s*(?<said>:)|(?<loose>)(?:my|our|his|her|their|(?:mum|dad|mother|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|son|daughter|sister|brother|aunt|auntie|uncle)['’]?s)\s+(?:home|house|flat|bungalow|place)(?:\s+is)?(?:\s+(?:at|on|in)|,)?|(?<loose>)c/o|(?<loose>)(?:tenant|resident|leaseholder|lodger|occupant)\s+(?:at|of|in)|(?<loose>)(?<be>)(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+(?:now\s+)?(?:at|in)|(?<=(?:^|\n)[ \t]*)line[ \t]*[1-4][ \t]*:)\s+(?<of>the\s+(?:top|bottom|end|far\s+end|other\s+end|back|front|corner)\s+of\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CuePattern();
}
