namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Finds person names from the name lists, the words around them and their capitals, with no model: a listed name that
/// is not also an English word ("Sandra", "Krzysztof", "Okafor") is a name when capitalised; one that is ("Sue", "Smith")
/// only mid-sentence or beside another name; a weak one ("Hope", "Will", "May", "Bill") only after a strong cue; and an
/// unlisted capitalised word that is no English word ("Zebedee") only after a cue. A full name becomes one span.
/// </summary>
/// <remarks>
/// Worked examples (mixed case): "Sandra was great" → name; "I hope Will can come" → none ("Will" is weak, no cue); "my son
/// Will" → name; "Mark Thompson rang" → one name (weak "Mark" beside listed "Thompson"); "Queen's Hospital" and "Orchard
/// House" → none (a provider word follows); "St Luke's" → none. In ALL-CAPS or all-lower text capitals say nothing, so a
/// name needs the lists: "my son david" and "MY SON DAVID" → name; "spoke to reception" → none. A listed name that is
/// also a word, starting a sentence, needs a person's doing after it: "Ruby rang" and "Holly's husband" → name; "Faith
/// keeps me going" and "Her Ivy has grown" → none. "her name was fern" → name; "my son said no" → none.
/// </remarks>
internal static class NameFinder
{
    private enum Cue { None, Contact, Strong }

    [Flags]
    private enum Kind : ushort
    {
        First = 1, Surname = 2, Word = 4, Weak = 8, Keep = 16, Stop = 32, Capital = 64, Upper = 128, Lower = 256, Protected = 512, Looked = 1024,
    }

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouyAEIOUY");

    [ThreadStatic] private static Token[]? tokenBuffer;
    [ThreadStatic] private static Kind[]? kindBuffer;

    public static void Find(string text, List<Found> found)
    {
        var before = found.Count;
        FindEach(text, found);
        DropWeekdays(text, found, before);
        JoinParticles(text, found, before + 1);
    }

    // "Our befriender Minna comes Thursdays": a weekday written whole is never a name alone, whichever rule took it ("Mrs
    // Tuesday" keeps its title outside the span, so a title before it keeps it a name).
    private static void DropWeekdays(string text, List<Found> found, int from)
    {
        for (var k = found.Count - 1; k >= from; k--)
        {
            var f = found[k];
            if (f.Placeholder != Redactor.Name || f.Length < 6 || !NameCues.Weekdays.Contains(text.AsSpan(f.Start, f.Length))) continue;
            var before = text.AsSpan(0, f.Start).TrimEnd(' ');
            var title = before.LastIndexOfAny(' ', '\n');
            if (before.Length > 0 && NameCues.Titles.Contains(before[(title + 1)..].TrimEnd('.'))) continue;
            found.RemoveAt(k);
        }
    }

    private static void FindEach(string text, List<Found> found)
    {
        var tokens = tokenBuffer ??= new Token[64];
        var n = Token.Split(text, ref tokens);
        tokenBuffer = tokens;
        if (n == 0) return;
        var kinds = kindBuffer is { } k && k.Length >= n ? k : kindBuffer = new Kind[Math.Max(n, 64)];
        var caseless = !HasBothCases(text);
        var lists = RedactionLists.Instance;
        // Only the case is read now; the lists are looked up when a rule asks (most words are lower case and never asked about).
        for (var i = 0; i < n; i++) kinds[i] = Shape(tokens[i].Of(text));
        ProtectKeepPhrases(text, tokens, kinds, n, lists, caseless);

        var scan = new Scan(text, tokens, kinds, n, caseless, lists);
        for (var i = 0; i < n; i++)
        {
            if (scan.RecordName(i, found) is var recorded and >= 0 || (recorded = scan.CapitalsSurnameFirst(i, found)) >= 0
                || (recorded = scan.DisplayName(i, found)) >= 0)
            {
                i = recorded;
                continue;
            }
            if (scan.IdentifierLabel(i)) continue;
            if (scan.MessageHeader(i) is var header and >= 0)
            {
                found.Add(new(tokens[i].Start, tokens[header].Start + tokens[header].Length - tokens[i].Start, Redactor.Name, true));
                i = header;
                continue;
            }
            if ((kinds[i] & (Kind.Lower | Kind.Upper)) != 0 && scan.CalledOnNumber(i))
            {
                var end = scan.Extend(i, cued: true);
                found.Add(new(tokens[i].Start, tokens[end].Start + tokens[end].Length - tokens[i].Start, Redactor.Name, true));
                i = end;
                continue;
            }
            if (!caseless && (kinds[i] & Kind.Lower) != 0)
            {
                // "hi its dawn again", "thank u priya for", "spoke to margie joly": phone-style text in a mixed-case comment.
                if (scan.LowerCued(i))
                {
                    var end = scan.Extend(i, cued: true);
                    found.Add(new(tokens[i].Start, tokens[end].Start + tokens[end].Length - tokens[i].Start, Redactor.Name, true));
                    i = end;
                    continue;
                }
                // "Me and kajendran (my partner)", "the lady who does my mums calls, joža, is lovely", "eurgain lukáč is my dad".
                if (scan.LowerBesidePerson(i) is var person and >= 0)
                {
                    found.Add(new(tokens[i].Start, tokens[person].Start + tokens[person].Length - tokens[i].Start, Redactor.Name, true));
                    i = person;
                    continue;
                }
                if (!scan.CouldBeLowerName(i)) continue;
            }
            if (scan.InitialThenSurname(i) is var afterInitial and > 0)
            {
                var named = scan.Extend(afterInitial, cued: false);
                found.Add(new(tokens[i].Start, tokens[named].Start + tokens[named].Length - tokens[i].Start, Redactor.Name, true));
                i = named;
                continue;
            }
            if (scan.TitleParticle(i) is var titled and > 0)
            {
                found.Add(new(tokens[i].Start, tokens[titled].Start + tokens[titled].Length - tokens[i].Start, Redactor.Name, true));
                i = titled;
                continue;
            }
            // "Mr Le came", "Ms Ma rang": after a title a short joining word with no name after it is the surname itself.
            if (scan.ParticleSurname(i))
            {
                found.Add(new(tokens[i].Start, tokens[i].Length, Redactor.Name, true));
                continue;
            }
            if ((scan.ReviewHeader(i) is var reviewer and >= 0) || (reviewer = scan.BeforeAddress(i)) >= 0)
            {
                found.Add(new(tokens[i].Start, tokens[reviewer].Start + tokens[reviewer].Length - tokens[i].Start, Redactor.Name, true));
                i = reviewer;
                continue;
            }
            var kind = scan.Kinds(i);
            if ((kind & (Kind.Stop | Kind.Keep | Kind.Protected)) != 0) continue;
            if (scan.SplitWord(i))
            {
                i++;
                continue;
            }
            if ((NameCues.Roles.Contains(tokens[i].Of(text)) || NameCues.Titles.Contains(tokens[i].Of(text))) && !scan.SurnameAfterTitle(i)) continue;
            // "Wed agency / Thu Nuwan again": a weekday written short before a name is the rota's day, though a list holds it
            // ("Thu" is a Vietnamese name too); after a title it is the name ("Mrs Thu Nguyen").
            if (scan.WeekdayBeforeName(i)) continue;
            if ((kind & (Kind.First | Kind.Surname | Kind.Weak | Kind.Capital | Kind.Upper)) == 0 && !caseless && !scan.SaysHere(i) && !scan.ShoutOut(i)
                && !(scan.LowerNameAfterCue(i) && scan.CueBefore(i) == Cue.Strong) && !scan.NamedPlainly(i)) continue;
            var cue = scan.CueBefore(i);
            if (!scan.Accept(i, cue, out var uncertain))
            {
                if (scan.FirstThenUnlisted(i) is var surname and > 0)
                {
                    scan.ListedBefore(i, found);
                    found.Add(new(tokens[i].Start, tokens[surname].Start + tokens[surname].Length - tokens[i].Start, Redactor.Name, true));
                    i = scan.ListedAfter(surname, found);
                }
                else if (scan.PairedName(i) is var pair and > 0)
                {
                    scan.ListedBefore(i, found);
                    found.Add(new(tokens[i].Start, tokens[i].Length, Redactor.Name, true));
                    found.Add(new(tokens[pair].Start, tokens[pair].Length, Redactor.Name, true));
                    i = pair;
                }
                else if (scan.UnlistedFullName(i) is var end and > 0)
                {
                    found.Add(new(tokens[i].Start, tokens[end].Start + tokens[end].Length - tokens[i].Start, Redactor.Name, true));
                    i = scan.ListedAfter(end, found);
                }
                else if (scan.SpeltLikeName(i) is var through and >= 0)
                {
                    scan.ListedBefore(i, found);
                    var from = scan.BeforeParticle(i, found);
                    found.Add(new(tokens[from].Start, tokens[through].Start + tokens[through].Length - tokens[from].Start, Redactor.Name, true));
                    i = scan.ListedAfter(through, found);
                }
                else if (scan.AfterLabel(i) is var labelled and >= 0)
                {
                    found.Add(new(tokens[i].Start, tokens[labelled].Start + tokens[labelled].Length - tokens[i].Start, Redactor.Name, true));
                    i = labelled;
                }
                else if (scan.ThankedByName(i) || scan.ShoutedDoer(i) || scan.RotaOrSpeaker(i) || scan.LaidOut(i) || scan.Aged(i) || scan.ApostropheDropped(i)
                    || scan.HeardFrom(i) || scan.NameBeforeRole(i) || scan.Neighbour(i) || scan.SignedFrom(i) || scan.InEmail(i) || scan.WithFamily(i)
                    || scan.GivenTask(i))
                {
                    found.Add(new(tokens[i].Start, tokens[i].Length, Redactor.Name, true));
                }
                else if (scan.BeforeBirthDate(i, found) is var born and >= 0)
                {
                    // "Ercan Just (DOB …)": the word joins the name found just before it, as one span.
                    var from = i > 0 && found.Count > 0 && found[^1].End == tokens[i - 1].Start + tokens[i - 1].Length ? found[^1].Start : tokens[i].Start;
                    if (from < tokens[i].Start) found.RemoveAt(found.Count - 1);
                    found.Add(new(from, tokens[born].Start + tokens[born].Length - from, Redactor.Name, true));
                    i = born;
                }
                continue;
            }
            var first = scan.ExtendBack(i, cue);
            var last = scan.Extend(i, cue == Cue.Strong || (cue == Cue.Contact && (kind & Kind.Upper) != 0));
            i = first;
            if (cue != Cue.Strong && scan.IsPlaceOrProvider(i, last)) { i = last; continue; }
            scan.ListedBefore(i, found);
            var start = scan.BeforeParticle(i, found);
            found.Add(new(tokens[start].Start, tokens[last].Start + tokens[last].Length - tokens[start].Start, Redactor.Name, uncertain || start < i));
            i = scan.ListedAfter(last, found);
            if (i == last && scan.AndName(last) is var other and > 0)
            {
                // "Tina and Tek Bahadur Jerde": the other person's whole name.
                var otherEnd = scan.Extend(other, cued: false);
                found.Add(new(tokens[other].Start, tokens[otherEnd].Start + tokens[otherEnd].Length - tokens[other].Start, Redactor.Name, true));
                i = otherEnd;
            }
        }
    }

    /// <summary>
    /// "Ozioma Eze (carer). Ozioma came on time.": a word taken as part of a name is a name wherever else the same text
    /// writes it the same way, as notes name someone in full once and then by one name. Only from a name of two words or more
    /// when the word is also an English word ("Octave Rasiah … Octave came"); never a weak name ("Will", "May"), a title,
    /// a joining word, a kept word, a word in capitals or under three letters. Runs after every finder, so the tagger's names
    /// count too.
    /// </summary>
    public static void Repeat(string text, List<Found> found)
    {
        var names = 0;
        foreach (var f in found) if (f.Placeholder == Redactor.Name) names++;
        if (names == 0) return;
        var tokens = tokenBuffer ??= new Token[64];
        var n = Token.Split(text, ref tokens);
        tokenBuffer = tokens;
        var lists = RedactionLists.Instance;
        var count = found.Count;
        for (var i = 0; i < n; i++)
        {
            var t = tokens[i];
            var w = t.Of(text);
            // Capitalised, not in capitals: an acronym taken once ("NEAS") is not spread.
            if (w.Length < 3 || !char.IsUpper(w[0]) || !w[1..].ContainsAnyInRange('a', 'z') || Covered(found, count, t)) continue;
            for (var k = 0; k < count; k++)
            {
                var f = found[k];
                if (f.Placeholder != Redactor.Name || !NamesWord(text, f, w, lists)) continue;
                found.Add(new(t.Start, t.Length, Redactor.Name, true));
                break;
            }
        }
    }

    private static bool Covered(List<Found> found, int count, Token t)
    {
        for (var k = 0; k < count; k++) if (found[k].Start < t.Start + t.Length && t.Start < found[k].End) return true;
        return false;
    }

    // Whether the name span holds the word whole, and the word may be repeated.
    private static bool NamesWord(string text, Found f, ReadOnlySpan<char> w, RedactionLists lists)
    {
        var span = text.AsSpan(f.Start, f.Length);
        var at = span.IndexOf(w, StringComparison.Ordinal);
        if (at < 0) return false;
        var end = at + w.Length;
        if ((at > 0 && char.IsLetter(span[at - 1])) || (end < span.Length && (char.IsLetter(span[end]) || span[end] is '\'' or '’' or '-'))) return false;
        if (lists.WeakNames.Contains(w) || lists.KeepWords.Contains(w) || NameCues.Titles.Contains(w) || NameCues.Particles.Contains(w)
            || NameCues.Roles.Contains(w) || NameCues.Stop.Contains(w) || NameCues.Institutions.Contains(w)) return false;
        return !lists.EnglishWords.Contains(w) || span.Trim().Contains(' ');
    }

    /// <summary>
    /// "[name] van [name]" → one span: two names found apart with only joining words between them ("Tek Bahadur van
    /// Schalkwyk", "Loan ap al-Shammari") are one person's name, so the joining words go too.
    /// </summary>
    public static void JoinParticles(string text, List<Found> found, int from)
    {
        for (var k = Math.Max(from, 1); k < found.Count; k++)
        {
            var (a, b) = (found[k - 1], found[k]);
            if (a.Placeholder != Redactor.Name || b.Placeholder != Redactor.Name || b.Start <= a.End || b.Start - a.End > 12) continue;
            var between = text.AsSpan(a.End, b.Start - a.End);
            if (between.Length < 3 || between[0] != ' ' || between[^1] != ' ') continue;
            var joined = true;
            foreach (var range in between.Trim(' ').Split(' ')) joined &= NameCues.Particles.Contains(between.Trim(' ')[range]);
            if (!joined) continue;
            found[k - 1] = new(a.Start, b.End - a.Start, Redactor.Name, a.Uncertain || b.Uncertain);
            found.RemoveAt(k--);
        }
    }

    /// <summary>
    /// "Eglantine Ó [name]", "JOOLS Ó [NAME]": an Irish surname's "Ó", "Ní", "Nic", "Uí" or "Mac" and the capitalised word
    /// before it join a name found after them, as only a given name stands there. Runs after the tagger, on sorted spans.
    /// </summary>
    public static void IrishGiven(string text, List<Found> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.Placeholder != Redactor.Name) continue;
            var start = f.Start;
            var before = text.AsSpan(0, start);
            if (IrishParticleAt(before, out var particle)) start = particle;
            else if (!IrishParticleStarts(text.AsSpan(f.Start, f.Length))) continue;
            var head = text.AsSpan(0, start);
            if (head.Length < 3 || head[^1] != ' ' || !char.IsLetter(head[^2])) continue;
            var from = head.Length - 1;
            while (from > 0 && char.IsLetter(head[from - 1])) from--;
            var word = head[from..^1];
            if (word.Length < 2 || !char.IsUpper(word[0]) || NameCues.Stop.Contains(word) || NameCues.Roles.Contains(word) || NameCues.Titles.Contains(word)
                || RedactionLists.Instance.KeepWords.Contains(word) || (k > 0 && found[k - 1].End > from)) continue;
            found[k] = new(from, f.End - from, Redactor.Name, true);
        }
    }

    private static readonly string[] IrishParticles = ["Ó ", "Ní ", "Nic ", "Uí ", "Mac ", "NÍ ", "NIC ", "UÍ ", "MAC "];

    // Whether the text before ends with an Irish particle and a space ("Ó "), and where the particle starts.
    private static bool IrishParticleAt(ReadOnlySpan<char> before, out int at)
    {
        at = -1;
        foreach (var p in IrishParticles)
        {
            if (before.Length < p.Length + 1 || !before.EndsWith(p) || before[^(p.Length + 1)] != ' ') continue;
            at = before.Length - p.Length;
            return true;
        }
        return false;
    }

    private static bool IrishParticleStarts(ReadOnlySpan<char> span)
    {
        foreach (var p in IrishParticles) if (span.StartsWith(p)) return true;
        return false;
    }

    private static bool HasBothCases(string text)
    {
        bool upper = false, lower = false;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsUpper(c)) upper = true;
            else if (char.IsLower(c)) lower = true;
            if (upper && lower) return true;
        }
        return false;
    }

    private static Kind Shape(ReadOnlySpan<char> w)
    {
        if (!char.IsUpper(w[0])) return ParticleJoined(w) || IrishMutated(w) ? Kind.Capital : Kind.Lower;
        foreach (var c in w[1..]) if (char.IsLower(c)) return Kind.Capital;
        return w.Length > 1 ? Kind.Upper : Kind.Capital;
    }

    // "Ó hUiginn", "Uí nÉill", "Mac an tSaoir": Irish writes a surname's sound change before its capital (h before a vowel
    // after "Ó", n and t after others), so the name is capitalised at its second letter; English writes no word so.
    private static bool IrishMutated(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w[0] is 'h' or 'n' or 't' && char.IsUpper(w[1]) && char.IsLower(w[2])
        && (w[0] == 't' ? w[1] == 'S' : "AEIOUÁÉÍÓÚ".Contains(w[1]));

    // "al-Hashimi", "el-Sayed", "bin-Laden", "de-Souza": a lower-case joining word, a hyphen, then a capitalised part is
    // written as a name is, so it reads as capitalised; "al-Anon"-like words are rare, and the lists still judge the whole.
    private static bool ParticleJoined(ReadOnlySpan<char> w)
    {
        var dash = w.IndexOfAny('-', '‐');
        return dash is > 0 and <= 4 && dash + 2 < w.Length && char.IsUpper(w[dash + 1]) && char.IsLower(w[dash + 2])
            && NameCues.Particles.Contains(w[..dash]);
    }

    private static Kind Classify(string text, Token t, RedactionLists lists)
    {
        var w = t.Of(text);
        var kind = Kind.Looked;
        if (NameCues.Stop.Contains(w)) kind |= Kind.Stop;
        if (lists.KeepWords.Contains(text.AsSpan(t.Start, t.End - t.Start)) || lists.KeepWords.Contains(w)) kind |= Kind.Keep;
        if (lists.WeakNames.Contains(w)) kind |= Kind.Weak;
        if (lists.EnglishWords.Contains(w)) kind |= Kind.Word;
        if (lists.FirstNames.Contains(w)) kind |= Kind.First;
        if (lists.Surnames.Contains(w)) kind |= Kind.Surname;
        if ((kind & (Kind.First | Kind.Surname)) == 0) kind |= ListedParts(w, lists);
        if ((kind & (Kind.First | Kind.Surname | Kind.Word)) == 0 && CareCompound(w, lists)) kind |= Kind.Keep;
        return kind;
    }

    // "The letter from Carewatch", "Homecare rang", "Healthline said": a care or health word joined to an English word
    // names a provider or a service; no name list holds such a word, and people do not bear one.
    private static bool CareCompound(ReadOnlySpan<char> w, RedactionLists lists)
    {
        foreach (var part in (ReadOnlySpan<string>)["care", "health"])
        {
            if (w.Length < part.Length + 3) continue;
            if (w.StartsWith(part, StringComparison.OrdinalIgnoreCase) && lists.EnglishWords.Contains(w[part.Length..])) return true;
            if (w.EndsWith(part, StringComparison.OrdinalIgnoreCase) && lists.EnglishWords.Contains(w[..^part.Length])) return true;
        }
        return false;
    }

    // "Anne-Marie", "Okonkwo-Smith": listed when each part is; "O'Hara": when the part after O' is.
    private static Kind ListedParts(ReadOnlySpan<char> w, RedactionLists lists)
    {
        if (w.Length > 3 && w[0] is 'O' or 'o' && w[1] is '\'' or '’')
            return lists.Surnames.Contains(w[2..]) || lists.FirstNames.Contains(w[2..]) ? Kind.Surname : 0;
        var dash = w.IndexOfAny('-', '‐');
        if (dash <= 0) return 0;
        Kind kind = Kind.First | Kind.Surname;
        foreach (var range in w.SplitAny('-', '‐'))
        {
            var part = w[range];
            var partKind = (lists.FirstNames.Contains(part) ? Kind.First : 0) | (lists.Surnames.Contains(part) ? Kind.Surname : 0);
            if (partKind == 0 || lists.KeepWords.Contains(part)) return 0;
            kind &= partKind | (Kind.First | Kind.Surname);
        }
        return kind;
    }

    // "7th Dec 2014", "in Nov 2019", "Jan 5": a month's short name beside a number is a date, though "Jan" and "Dec" are names.
    private static bool DatePart(string text, Token[] tokens, int i, int n)
    {
        if (!NameCues.MonthAbbreviations.Contains(tokens[i].Of(text))) return false;
        var before = text.AsSpan(i > 0 ? tokens[i - 1].End : 0, tokens[i].Start - (i > 0 ? tokens[i - 1].End : 0)).TrimEnd(" .,".AsSpan());
        var after = text.AsSpan(tokens[i].End, (i + 1 < n ? tokens[i + 1].Start : text.Length) - tokens[i].End).TrimStart(" .,".AsSpan());
        return (before.Length > 0 && char.IsAsciiDigit(before[^1]) && before.Length <= 8) || (after.Length > 0 && char.IsAsciiDigit(after[0]));
    }

    // Keep phrases are proper nouns ("Orchard House"), so in mixed-case text only a capitalised word can start one.
    private static void ProtectKeepPhrases(string text, Token[] tokens, Kind[] kinds, int n, RedactionLists lists, bool caseless)
    {
        for (var i = 0; i < n; i++)
        {
            if (!caseless && (kinds[i] & Kind.Lower) != 0) continue;
            if (DatePart(text, tokens, i, n)) { kinds[i] |= Kind.Protected; continue; }
            if (Eponym(text, tokens, i, n)) { kinds[i] |= Kind.Protected; continue; }
            if (!lists.KeepPhrases.TryGetValue(tokens[i].Of(text), out var phrases)
                && !lists.KeepPhrases.TryGetValue(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start), out phrases)) continue;
            // "Mrs Macmillan", "Dr Marie Curie": after a title the words are a person's name again.
            if (AfterTitle(text, tokens, i)) continue;
            foreach (var rest in phrases)
            {
                // "John Macmillan": a service's single word after a listed first name is that person's surname.
                if (rest.Length == 0 && i > 0 && AfterFirstName(text, tokens, i, lists)) continue;
                if (i + rest.Length >= n) continue;
                var match = true;
                for (var j = 0; j < rest.Length && match; j++)
                {
                    var t = tokens[i + 1 + j];
                    match = NameCues.PhraseWord(text.AsSpan(t.Start, t.End - t.Start), rest[j], j == rest.Length - 1)
                        || NameCues.PhraseWord(t.Of(text), rest[j], j == rest.Length - 1);
                }
                if (!match) continue;
                for (var j = 0; j <= rest.Length; j++) kinds[i + j] |= Kind.Protected;
                break;
            }
        }
    }

    private static bool AfterTitle(string text, Token[] tokens, int i) =>
        i > 0 && NameCues.Titles.Contains(tokens[i - 1].Of(text)) && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End) is " " or ". ";

    private static bool AfterFirstName(string text, Token[] tokens, int i, RedactionLists lists)
    {
        var p = tokens[i - 1].Of(text);
        return text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End) is " " && char.IsUpper(p[0]) && tokens[i - 1].End == tokens[i - 1].Start + tokens[i - 1].Length
            && lists.FirstNames.Contains(p) && !NameCues.Stop.Contains(p) && !NameCues.Titles.Contains(p);
    }

    /// <summary>
    /// A condition named after the person who described it: "Bell's palsy", "Crohn's disease", "Graves' disease", "Asperger
    /// syndrome". The name before the condition's word is no one's here, unless a title says so ("Mr Bell's disease").
    /// </summary>
    private static bool Eponym(string text, Token[] tokens, int i, int n)
    {
        if (i + 1 >= n || !char.IsUpper(text[tokens[i].Start]) || AfterTitle(text, tokens, i)) return false;
        var gap = text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End);
        return gap is " " or "' " or "’ " && NameCues.ConditionWords.Contains(tokens[i + 1].Of(text));
    }

    private readonly ref struct Scan(string text, Token[] tokens, Kind[] kinds, int n, bool caseless, RedactionLists lists)
    {
        private readonly bool hasAt = text.AsSpan().IndexOfAny('@', '＠') >= 0;

        private ReadOnlySpan<char> Word(int i) => tokens[i].Of(text);

        /// <summary>The token's kind, its list lookups made on first asking.</summary>
        public Kind Kinds(int i)
        {
            if ((kinds[i] & Kind.Looked) == 0) kinds[i] |= Classify(text, tokens[i], lists);
            return kinds[i];
        }

        // A lower-case word in mixed text is a name only after a strong cue ("my son david", "my name is john"): one
        // lookup of the word before, so most words cost no more.
        // "Dad's wellbeing", "my child's behavior": after a possessive comes what is the person's, not a name.
        // "my name's heulwen": "name's" is "name is", the one possessive that names.
        public bool CouldBeLowerName(int i) => i > 0 && ((NameCues.BeforeLowerCaseName.Contains(Word(i - 1))
            && (!Possessive(i - 1) || Word(i - 1).Equals("name", StringComparison.OrdinalIgnoreCase))) || SaysHere(i) || ShoutOut(i));

        /// <summary>"shout out to nancy", "shout-out to Kemi", "shoutout to": thanks addressed to someone, in any case.</summary>
        public bool ShoutOut(int i)
        {
            if (i < 2 || !Word(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase) || !IsSpace(Gap(i))) return false;
            var p = Word(i - 2);
            return p.Equals("shoutout", StringComparison.OrdinalIgnoreCase) || p.Equals("shout-out", StringComparison.OrdinalIgnoreCase)
                || (i >= 3 && p.Equals("out", StringComparison.OrdinalIgnoreCase) && Word(i - 3).Equals("shout", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>"it's nancy here", "this is Afzuna here", "Hi, Eluned here": someone saying who is writing, in any case.</summary>
        public bool SaysHere(int i)
        {
            if (i == 0 || i + 1 >= n || !Word(i + 1).Equals("here", StringComparison.OrdinalIgnoreCase)) return false;
            var gap = Gap(i + 1);
            if (!IsSpace(gap) && gap.Trim() is not ",") return false;
            var p = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start);
            if ((IsSpace(Gap(i)) || Gap(i) is ", ") && p is "hi" or "Hi" or "HI" or "hello" or "Hello" or "hiya" or "Hiya" or "hey" or "Hey") return true;
            if (!IsSpace(Gap(i))) return false;
            if (p is "it's" or "it’s" or "its" or "It's" or "It’s" or "Its" or "IT'S" or "ITS") return true;
            return i >= 2 && Word(i - 1).Equals("is", StringComparison.OrdinalIgnoreCase) && Word(i - 2).Equals("this", StringComparison.OrdinalIgnoreCase);
        }

        private ReadOnlySpan<char> Gap(int i) => text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);

        private bool Is(int i, Kind kind) => (Kinds(i) & kind) != 0;

        private bool Listed(int i) => Is(i, Kind.First | Kind.Surname | Kind.Weak);

        // Listed, and neither an English word nor weak: "Sandra", "Okafor".
        private bool Strongly(int i) => Is(i, Kind.First | Kind.Surname) && !Is(i, Kind.Word | Kind.Weak);

        private bool Shouted(int i) => Is(i, Kind.Upper) || caseless;

        private static bool IsSpace(ReadOnlySpan<char> gap) => gap.Length is > 0 and <= 2 && !gap.ContainsAnyExcept(' ', '\u00A0');

        // The gap between a cue word and the name: " ", ", ", ": ", ". " (after a title).
        private static bool IsCueGap(ReadOnlySpan<char> gap) =>
            gap.Length is > 0 and <= 3 && gap.Trim().Length <= 1 && gap.Trim() is "" or "," or ":" or "-" && !gap.Contains('\n');

        public Cue CueBefore(int i)
        {
            var gap = i > 0 ? Gap(i) : text.AsSpan(0, tokens[0].Start);
            if (IsDashSignOff(i, gap)) return Cue.Strong;
            if (i == 0) return Cue.None;
            var p = Word(i - 1);
            var lineBreak = gap.Contains('\n');
            // "Dr. Okafor", but not "see a doctor. Hope you can help": only an abbreviated title takes a full stop.
            if (!lineBreak && NameCues.Titles.Contains(p) && !Possessive(i - 1) && (IsSpace(gap) || (gap is ". " or "." && p.Length <= 4 && !p.Equals("nan", StringComparison.OrdinalIgnoreCase))))
                return Cue.Strong;
            // "My husband (Eluned) has dementia": a role, then the name in brackets.
            if (gap is " (" or "(" && !Is(i, Kind.Lower) && NameCues.Roles.Contains(p) && i >= 2 && NameCues.Determiners.Contains(Word(i - 2))) return Cue.Strong;
            // "Name of carer (optional): Bathsheba", "Name of worker: Enfys": a form's label that starts with "Name".
            if (!lineBreak && gap.TrimEnd(' ').EndsWith(":") && gap.Length <= 4 && !Is(i, Kind.Lower) && FormNameLabel(i)) return Cue.Strong;
            if (!(IsCueGap(gap) || lineBreak)) return Cue.None;
            if (NameCues.SignOffs.Contains(p) && (lineBreak || gap.Contains(',') || gap.Contains(':')) && NearEnd(i)) return Cue.Strong;
            // "Thanks again, Tinks & Baby Palmisano x": a sign-off said twice is one still.
            if (p.Equals("again", StringComparison.OrdinalIgnoreCase) && i >= 2 && NameCues.SignOffs.Contains(Word(i - 2)) && IsSpace(Gap(i - 1))
                && gap.Contains(',') && n - i <= 5) return Cue.Strong;
            if (lineBreak && SignOffLine(i)) return Cue.Strong;
            // "Best, Chinonso" and "Ta, Ffion" with more text after (comments pasted together): a sign-off word starting a
            // sentence, a comma, then a capitalised name that is no English word.
            if (!lineBreak && gap.Contains(',') && NameCues.ClosingWords.Contains(p) && SentenceStart(i - 1) && Is(i, Kind.Capital)
                && !Is(i, Kind.Word | Kind.Weak | Kind.Stop)) return Cue.Strong;
            // "Love from Phoebe", "With love from Jean": the sign-off needs no comma.
            if (p.Equals("from", StringComparison.OrdinalIgnoreCase) && i >= 2 && Word(i - 2).Equals("love", StringComparison.OrdinalIgnoreCase) && NearEnd(i))
                return Cue.Strong;
            if (lineBreak) return Cue.None;
            if (p.Equals("name", StringComparison.OrdinalIgnoreCase) && (gap.Contains(':') || tokens[i - 1].End > tokens[i - 1].Start + 4))
                return Cue.Strong;
            // "SURNAME GHEBREHIWET FIRST NAME THULASI", "Forename Ana Surname Vlad": a form's labels copied without colons.
            if (!Is(i, Kind.Lower) && !Is(i - 1, Kind.Lower) && IsSpace(gap) && (p.Equals("surname", StringComparison.OrdinalIgnoreCase)
                || p.Equals("forename", StringComparison.OrdinalIgnoreCase) || p.Equals("forenames", StringComparison.OrdinalIgnoreCase)
                || (p.Equals("name", StringComparison.OrdinalIgnoreCase) && i >= 2 && IsSpace(Gap(i - 1)) && !Is(i - 2, Kind.Lower)
                    && Word(i - 2) is "first" or "First" or "FIRST" or "last" or "Last" or "LAST" or "family" or "Family" or "FAMILY"
                        or "given" or "Given" or "GIVEN" or "middle" or "Middle" or "MIDDLE")))
                return Cue.Strong;
            // "Present: Ana Vlad (Chair)", "Apologies: Irum", "Action: Efua to chase": a minutes label before people; an
            // English word after it ("Action: Review") is not asked.
            if (gap.Contains(':') && NameCues.ListLabels.Contains(p) && (SentenceStart(i - 1) || QuotedOrPiped(i - 1)) && !Is(i, Kind.Lower)
                && (Strongly(i) || !Is(i, Kind.Word) || (Is(i, Kind.First) && !Is(i, Kind.Weak) && i + 1 < n && (Word(i + 1) is "to" || ListedNext(i)))))
                return Cue.Strong;
            // "From: Shirel Lundqvist" heading a message.
            if (p.Equals("from", StringComparison.OrdinalIgnoreCase) && gap.Contains(':') && SentenceStart(i - 1)) return Cue.Strong;
            if (i >= 2 && p is "is" or "was" or "IS" or "WAS" && Word(i - 2).Equals("name", StringComparison.OrdinalIgnoreCase)) return Cue.Strong;
            // "hiya its cabdi from no 12" in phone text: a greeting, then who is writing.
            if (i >= 2 && IsSpace(gap) && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start) is "its" or "it's" or "it’s" or "ITS" or "IT'S"
                && Word(i - 2) is "hi" or "hiya" or "hello" or "hey" or "HI" or "HIYA" or "HELLO" or "HEY") return Cue.Strong;
            // "my mum's care", "my dad's meds": after a role's possessive comes what is theirs, not a name.
            if (NameCues.Roles.Contains(p) && !Possessive(i - 1))
            {
                for (var j = i - 2; j >= Math.Max(0, i - 4); j--)
                {
                    // "DAD'S CARER FEM", "Grandad's friend Jo": someone's role is a person's as "my" makes it.
                    if (NameCues.Determiners.Contains(Word(j)) || (j == i - 2 && Possessive(j) && IsSpace(Gap(i - 1)))) return Cue.Strong;
                }
                return Cue.Contact;
            }
            if (RoleAtPlace(i)) return Cue.Contact;
            if (NamingVerb(i)) return Cue.Strong;
            if (Thanked(i)) return Cue.Contact;
            if (p.Equals("called", StringComparison.OrdinalIgnoreCase) || p.Equals("named", StringComparison.OrdinalIgnoreCase))
                return i >= 2 && NameCues.Namers.Contains(Word(i - 2)) ? Cue.Strong : Cue.Contact;
            if (GoesBy(i)) return Cue.Strong;
            // "spoke to a Sharmistha in the finance team": someone spoken to whose name is all one knows of them; not
            // "Thanks to a NetBSD compiler warning".
            if (IsSpace(gap) && i >= 3 && p is "a" or "an" && IsSpace(Gap(i - 1)) && Word(i - 2) is "to" or "with"
                && Word(i - 3) is "spoke" or "speak" or "spoken" or "speaking" or "talked" or "talk" or "talking" or "Spoke" or "Talked"
                && !NameCues.Roles.Contains(Word(i)) && !InnerCapital(Word(i))) return Cue.Contact;
            if (p is "I'm" or "I’m" or "Im" or "i'm" or "i’m" or "im" or "I'M" or "IM") return Cue.Contact;
            if (i >= 2 && p.Equals("am", StringComparison.OrdinalIgnoreCase) && Word(i - 2).Equals("i", StringComparison.OrdinalIgnoreCase)) return Cue.Contact;
            if (NameCues.ContactLinks.Contains(p) && i >= 2 && NameCues.ContactVerbs.Contains(Word(i - 2))) return Cue.Contact;
            // "Visited Foday again", "ask Maxamed in the office", "I shadowed Ilse": whom one visits, asks or shadows is a person.
            // Spelt like a name and no word, so "call Close()", "supported Python versions" stay.
            if (IsSpace(gap) && !Possessive(i - 1) && NameCues.VisitVerbs.Contains(p) && NameWord(i, alone: true) && !InnerCapital(Word(i))) return Cue.Contact;
            // "on behalf of Cissie, who": whom another acts for.
            if (IsSpace(gap) && i >= 3 && p is "of" && Word(i - 2).Equals("behalf", StringComparison.OrdinalIgnoreCase) && IsSpace(Gap(i - 1))
                && NameWord(i, alone: true) && !InnerCapital(Word(i))) return Cue.Contact;
            if (TextSpeltTo(i)) return Cue.Contact;
            if (p.Equals("thanks", StringComparison.OrdinalIgnoreCase) || p.Equals("cheers", StringComparison.OrdinalIgnoreCase)) return Cue.Contact;
            return Cue.None;
        }

        private bool Possessive(int j) => tokens[j].End != tokens[j].Start + tokens[j].Length;

        /// <summary>
        /// "who everyone calls Sunny", "we all call her Bez", "known as Shell": the name someone goes by, often an English word.
        /// </summary>
        private bool GoesBy(int i)
        {
            if (i < 2 || !IsSpace(Gap(i)) || !IsSpace(Gap(i - 1))) return false;
            var p = Word(i - 1);
            var pp = Word(i - 2);
            if (p.Equals("as", StringComparison.OrdinalIgnoreCase)) return pp.Equals("known", StringComparison.OrdinalIgnoreCase);
            if (InnerCapital(Word(i))) return false;
            if (p is "him" or "her" or "HIM" or "HER") return pp.Equals("call", StringComparison.OrdinalIgnoreCase) || pp.Equals("calls", StringComparison.OrdinalIgnoreCase);
            // Not "we call chdir()", "they call FcFontRenderPrepare": people's calling someone, not a program's.
            if (p.Equals("call", StringComparison.OrdinalIgnoreCase)) return pp.Equals("all", StringComparison.OrdinalIgnoreCase);
            return p.Equals("calls", StringComparison.OrdinalIgnoreCase)
                && pp is "everyone" or "everybody" or "all" or "people" or "staff" or "she" or "he" or "residents" or "family" or "EVERYONE" or "EVERYBODY";
        }

        /// <summary>
        /// "The manager at the day centre, Tryphena, is brilliant": a role placed at an office, then the name between commas,
        /// as "the carer, Krzysztof, was" without the place.
        /// </summary>
        private bool RoleAtPlace(int i)
        {
            if (i < 4 || Gap(i) is not ", " || !(NameCues.Offices.Contains(Word(i - 1)) || NameCues.Institutions.Contains(Word(i - 1)))) return false;
            var after = i + 1 < n ? Gap(i + 1) : text.AsSpan(tokens[i].End);
            if (!after.StartsWith(",")) return false;
            for (var j = i - 2; j >= Math.Max(1, i - 5); j--)
            {
                if (!IsSpace(Gap(j + 1))) return false;
                if (Word(j) is "at" or "in" or "on" or "from" or "At" or "In" or "On" or "From")
                    return NameCues.Roles.Contains(Word(j - 1)) && IsSpace(Gap(j));
            }
            return false;
        }

        // "… | Adult: Tsungai", "says 'Patient: SINFI": a field after a pipe or a quoted document's line starts as a line does.
        private bool QuotedOrPiped(int j) => tokens[j].Start > 0 && text[tokens[j].Start - 1] is '\'' or '‘' or '"' or '“'
            || text.AsSpan(0, tokens[j].Start).TrimEnd(' ').EndsWith("|");

        // "Present: Heaven, Orpah (chair)", "Apols: Phoebe.": in a list of people a name ends at a comma, a full stop or a
        // bracket, as "Action: Review of…" does not.
        private bool ListedNext(int i)
        {
            var after = (i + 1 < n ? Gap(i + 1) : text.AsSpan(tokens[i].End)).TrimEnd(' ');
            return after is "," or "." or " (" or "(" or ";" || after.Length == 0;
        }

        // The label before the colon at <paramref name="i"/> starts its line or sentence with "Name" and has at most five words.
        private bool FormNameLabel(int i)
        {
            for (var k = i - 1; k >= Math.Max(0, i - 5); k--)
            {
                if (k < i - 1 && Gap(k + 1).Contains(':')) return false;
                if (SentenceStart(k)) return Word(k) is "Name" or "NAME" or "Names";
            }
            return false;
        }

        /// <summary>
        /// Someone thanked, praised or asked for by name: "Big thank you to Xaliimo", "Praise for Inderjit!", "pass this on to
        /// Mared at the Hub", "Nobody but Tirion knows".
        /// </summary>
        private bool Thanked(int i)
        {
            if (i < 2 || !IsSpace(Gap(i)) || !IsSpace(Gap(i - 1))) return false;
            var p = Word(i - 1);
            var pp = Word(i - 2);
            if (p.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                if (pp.Equals("you", StringComparison.OrdinalIgnoreCase)) return i >= 3 && Word(i - 3).Equals("thank", StringComparison.OrdinalIgnoreCase);
                // "Credit to Maudlyn", "grateful to Heulwen", "hats off to Ogechi".
                if (pp is "credit" or "Credit" or "kudos" or "Kudos" or "praise" or "Praise" or "grateful" or "Grateful" or "mention" or "Mention" or "MENTION") return true;
                if (pp is "off" && i >= 3 && Word(i - 3).Equals("hats", StringComparison.OrdinalIgnoreCase)) return true;
                if (!pp.Equals("on", StringComparison.OrdinalIgnoreCase) || i < 3) return false;
                // "pass this on to", "passed it on to", "pass on to".
                var k = Word(i - 3) is "this" or "it" or "that" or "these" or "them" or "This" or "It" && i >= 4 ? i - 4 : i - 3;
                return Word(k).StartsWith("pass", StringComparison.OrdinalIgnoreCase);
            }
            if (p.Equals("for", StringComparison.OrdinalIgnoreCase)) return pp.Equals("praise", StringComparison.OrdinalIgnoreCase);
            return (p.Equals("but", StringComparison.OrdinalIgnoreCase) || p.Equals("except", StringComparison.OrdinalIgnoreCase))
                && pp is "nobody" or "Nobody" or "noone" or "everyone" or "anyone" or "Everyone"
                || (p.Equals("but", StringComparison.OrdinalIgnoreCase) && i >= 3 && pp.Equals("one", StringComparison.OrdinalIgnoreCase)
                    && Word(i - 3).Equals("no", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// A case record's "Surname, First" after its label and a colon: "Re: PATEL, Anita - review overdue", "Client: Ní
        /// Mhurchú, Thiago". The surname (up to three words, joining words too) and the first name each become a span; each
        /// must be a listed name or no English word, so "Re: Transport, Meals" stays. Returns the first name's index, or -1.
        /// </summary>
        public int RecordName(int i, List<Found> found)
        {
            if (i == 0 || tokens[i - 1].End >= tokens[i].Start || text[tokens[i - 1].End] != ':' || Gap(i).Trim() is not ":" || Gap(i).Contains('\n')) return -1;
            // "Re:" and "Client:" capitalised, or starting a sentence: a label, not "the answer re: transport".
            if (!NameCues.RecordLabels.Contains(Word(i - 1)) || !(SentenceStart(i - 1) || !Is(i - 1, Kind.Lower) || (i >= 2 && Word(i - 2).Equals("service", StringComparison.OrdinalIgnoreCase)))) return -1;
            var last = i;
            while (last - i < 2 && last + 1 < n && IsSpace(Gap(last + 1)) && NameCues.Particles.Contains(Word(last)) && !Possessive(last)) last++;
            if (last + 1 >= n || Gap(last + 1) is not ", " || !RecordPart(last) || !RecordPart(last + 1)) return -1;
            for (var j = i; j < last; j++)
            {
                if (!NameCues.Particles.Contains(Word(j)) || Is(j, Kind.Lower)) return -1;
            }
            var first = last + 1;
            found.Add(new(tokens[i].Start, tokens[last].Start + tokens[last].Length - tokens[i].Start, Redactor.Name, true));
            found.Add(new(tokens[first].Start, tokens[first].Length, Redactor.Name, true));
            return first;
        }

        /// <summary>
        /// "Subject: Discharge - KOWALCZYK, Agata - package needed", "re HUGHES, Bronwen": a surname in capitals, a comma, then
        /// the first name capitalised, as hospital and council systems write a person anywhere in a line, with no label. In
        /// mixed-case text only (a shouted sentence says nothing), the surname listed or no English word, with a vowel (not
        /// "CQC, Ofsted"), the first name listed or spelt like a name. Returns the first name's index, or -1.
        /// </summary>
        public int CapitalsSurnameFirst(int i, List<Found> found)
        {
            if (caseless || !Is(i, Kind.Upper) || Word(i).Length < 3 || i + 1 >= n || !Is(i + 1, Kind.Capital)) return -1;
            // "TSANG Meiling (as on her passport)" as a form writes it, with no comma: the surname must be no English word and
            // the first name must end the phrase ("ASAP Please", "NHS England Midlands" are no one).
            if (Gap(i + 1) is " " && !SurnameInCapitals(i)) return -1;
            if (Gap(i + 1) is not (", " or " ")) return -1;
            if (ShoutedRun(i) && !(i > 0 && !Is(i - 1, Kind.Lower) && NameCues.Particles.Contains(Word(i - 1)))) return -1;
            if (!RecordPart(i) || !RecordPart(i + 1) || !Voweled(Word(i)) || NameCues.Offices.Contains(Word(i)) || NameCues.Weekdays.Contains(Word(i + 1))) return -1;
            if (Is(i, Kind.Word) && !Strongly(i) && !Is(i, Kind.Surname)) return -1;
            if (!NameWord(i + 1, alone: true)) return -1;
            var start = i > 0 && IsSpace(Gap(i)) && !Is(i - 1, Kind.Lower) && NameCues.Particles.Contains(Word(i - 1)) ? i - 1 : i;
            found.Add(new(tokens[start].Start, tokens[i].Start + tokens[i].Length - tokens[start].Start, Redactor.Name, true));
            found.Add(new(tokens[i + 1].Start, tokens[i + 1].Length, Redactor.Name, true));
            return i + 1;
        }

        private bool SurnameInCapitals(int i) =>
            // Not "API EventTarget", "README ToC", "INRIA Paris-Rocquencourt": a first name has no capital inside or hyphen after.
            !Is(i, Kind.Word) && !Is(i + 1, Kind.Word | Kind.Weak) && Word(i + 1).Length > 2 && !InnerCapital(Word(i + 1))
            && !(i + 2 < n && Gap(i + 2).StartsWith("-"))
            && (i + 2 >= n || !IsSpace(Gap(i + 2)) || Is(i + 2, Kind.Lower));

        /// <summary>
        /// "[10:42] Mensah, Kofi (Adult Social Care)", "Hughes, Bronwen (Reablement)": the "Surname, First (Department)" that
        /// e-mail and chat programs show for a council's staff, heading a line or after a chat's time. Both words listed or
        /// spelt like names, the brackets opening on a capital. Returns the first name's index, or -1.
        /// </summary>
        public int DisplayName(int i, List<Found> found)
        {
            if (caseless || !Is(i, Kind.Capital) || i + 2 >= n || Gap(i + 1) is not ", " || !Is(i + 1, Kind.Capital)) return -1;
            if (Gap(i + 2) is " - " or " – " or " — ") return ListedPerson(i, found);
            if (Gap(i + 2) is not " (" || !Is(i + 2, Kind.Capital)) return -1;
            var before = i > 0 ? Gap(i) : text.AsSpan(0, tokens[0].Start);
            if (!(i == 0 || before.Contains('\n') || before.TrimEnd(' ').EndsWith("]") || before.TrimEnd(' ').EndsWith("-"))) return -1;
            if (!RecordPart(i) || !RecordPart(i + 1) || !NameWord(i, alone: true) || !NameWord(i + 1, alone: true)) return -1;
            found.Add(new(tokens[i].Start, tokens[i].Length, Redactor.Name, true));
            found.Add(new(tokens[i + 1].Start, tokens[i + 1].Length, Redactor.Name, true));
            return i + 1;
        }

        /// <summary>
        /// "pls ring luiza on 07700 900123", "text kemi on +44 …", "CALL DERVLA ON 01375 …": the word (and a surname after it)
        /// between a call verb and "on" or "at" a number is whoever is to be called, in any case: listed and no weak name, or no
        /// English word. Not "ring reception on", "call them on", "ring back on".
        /// </summary>
        public bool CalledOnNumber(int i)
        {
            // The word before is read first: most words are never looked up in the lists.
            if (i == 0 || !IsSpace(Gap(i)) || !NameCues.CallVerbs.Contains(Word(i - 1))) return false;
            var on = i + 1;
            if (on < n && !Word(on).Equals("on", StringComparison.OrdinalIgnoreCase) && !Word(on).Equals("at", StringComparison.OrdinalIgnoreCase)) on++;
            if (on >= n || on == i + 2 && !IsSpace(Gap(i + 1)) || !IsSpace(Gap(on))
                || !(Word(on).Equals("on", StringComparison.OrdinalIgnoreCase) || Word(on).Equals("at", StringComparison.OrdinalIgnoreCase))) return false;
            var k = tokens[on].End;
            while (k < text.Length && text[k] == ' ') k++;
            if (!(k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] is '+' or '(' && k + 1 < text.Length && (char.IsAsciiDigit(text[k + 1]) || text[k + 1] == '+'))))) return false;
            for (var j = i; j < on; j++)
            {
                if (Is(j, Kind.Stop | Kind.Keep | Kind.Protected) || Word(j).Length < 2 || IsContraction(j) || NameCues.Roles.Contains(Word(j))
                    || NameCues.Titles.Contains(Word(j)) || NameCues.Offices.Contains(Word(j)) || NameCues.Institutions.Contains(Word(j))) return false;
                if (Is(j, Kind.Word) && !(Is(j, Kind.First | Kind.Surname) && !Is(j, Kind.Weak) && !NameCues.UsuallyWords.Contains(Word(j)))) return false;
            }
            return true;
        }

        /// <summary>
        /// "GWENLLIAN!!! thank you for everything", "Perpetua, thank you for all you did": someone addressed by name starting a
        /// sentence, then thanked. The word listed (a first name that is a word too, not a weak one) or spelt like a name and no
        /// English word; so "WOW!!! thank you", "Anyway, thank you", "Brilliant! Thanks" stay.
        /// </summary>
        public bool ThankedByName(int i)
        {
            if (i + 1 >= n || !(Is(i, Kind.Capital) || Is(i, Kind.Upper)) || Word(i).Length < 2 || !SentenceStart(i)) return false;
            var gap = Gap(i + 1).Trim(' ');
            if (gap.Length == 0 || (gap is not "," && gap.ContainsAnyExcept('!'))) return false;
            var next = Word(i + 1);
            if (!(next.Equals("thank", StringComparison.OrdinalIgnoreCase) || next.Equals("thanks", StringComparison.OrdinalIgnoreCase)
                || next.Equals("thankyou", StringComparison.OrdinalIgnoreCase))) return false;
            return NameWord(i, alone: true) || (Is(i, Kind.First) && !Is(i, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected) && Word(i).Length > 2
                && !NameCues.UsuallyWords.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i)) && !NameCues.Titles.Contains(Word(i)));
        }

        /// <summary>
        /// "Aldergrove, Thandeka - unpaid carer for her son", "bin Harun, Siti - carer": a register's or sign-in sheet's
        /// "Surname, First - who they are" starting a sentence or line (a joining word may open the surname). Both words listed
        /// or spelt like names, so "Overall, Sandra - great" stays. Returns the first name's index, or -1.
        /// </summary>
        private int ListedPerson(int i, List<Found> found)
        {
            var start = i > 0 && IsSpace(Gap(i)) && NameCues.Particles.Contains(Word(i - 1)) && !Is(i - 1, Kind.Upper) ? i - 1 : i;
            if (!SentenceStart(start) || !RecordPart(i) || !RecordPart(i + 1) || !NameWord(i, alone: true) || !NameWord(i + 1, alone: true)) return -1;
            found.Add(new(tokens[start].Start, tokens[i].Start + tokens[i].Length - tokens[start].Start, Redactor.Name, true));
            found.Add(new(tokens[i + 1].Start, tokens[i + 1].Length, Redactor.Name, true));
            return i + 1;
        }

        // A word a layout puts a person in: listed and no English word (or a listed first name, not weak, when not alone), or
        // no English word and spelt like a name.
        private bool NameWord(int j, bool alone) =>
            !Is(j, Kind.Stop | Kind.Keep | Kind.Protected) && !NameCues.Roles.Contains(Word(j)) && !NameCues.Institutions.Contains(Word(j))
            && !NameCues.Offices.Contains(Word(j)) && !NameCues.Titles.Contains(Word(j)) && !NameCues.Weekdays.Contains(Word(j)) && !IsContraction(j)
            && (Strongly(j) || (!alone && Is(j, Kind.First) && !Is(j, Kind.Weak))
                || (!Is(j, Kind.Word | Kind.Weak) && Word(j).Length > 2 && Word(j).IndexOfAny(Vowels) >= 0 && lists.NameShape.Score(Word(j)) >= NameCues.ShapeFloor));

        /// <summary>
        /// "NINO:JA231146C", "Reg AB12 CDE", "Ref: 4471": an identifier's label, some of them names elsewhere ("Nino", "Reg"),
        /// straight before a code with a digit in it.
        /// </summary>
        public bool IdentifierLabel(int i) => !Possessive(i) && NameCues.LabelsCode(Word(i), text, tokens[i].End);

        /// <summary>
        /// Who a message, note or handover is from or for, before its colon: "SMS 09:12 from Berhan: hi is…", "Handover to
        /// Tariq: bed 4 refused meds", "Note from Aisha Malik: …", "Priya -> Tom: chase the OT", "Tom -> Priya". Up to three
        /// capitalised words, listed or spelt like names, and no role, office, weekday or English word (not "from Monday:",
        /// "to Reception:"). Returns the name's last token, or -1.
        /// </summary>
        public int MessageHeader(int i)
        {
            if (!Is(i, Kind.Capital)) return -1;
            var gap = i > 0 ? Gap(i) : text.AsSpan(0, tokens[0].Start);
            var arrowBefore = i > 0 && Arrow(gap);
            if (!arrowBefore && !(i > 0 && IsSpace(gap) && Word(i - 1) is "from" or "From" or "to" or "To" or "FROM" or "TO" or "cc" or "CC" or "Cc"))
            {
                // "Priya -> Tom": the one handing over, starting the line.
                return i + 1 < n && Arrow(Gap(i + 1)) && (SentenceStart(i) || gap.Contains('\n')) && NameWord(i, alone: true)
                    && (Strongly(i) || lists.NameShape.Score(Word(i)) >= 0) ? i : -1;
            }
            var last = i;
            while (last - i < 2 && last + 1 < n && IsSpace(Gap(last + 1)) && Is(last + 1, Kind.Capital) && NameWord(last + 1, alone: false)) last++;
            for (var j = i; j <= last; j++)
            {
                if (!NameWord(j, alone: false)) return -1;
            }
            var after = last + 1 < n ? Gap(last + 1) : text.AsSpan(tokens[last].End);
            if (tokens[last].End != tokens[last].Start + tokens[last].Length) return -1;
            if (after.StartsWith(":") && !after.StartsWith("::")) return last;
            // "Handover from Ngozi to Berenike - bed 3 settled", "Fwd: from Tendai - please pass": a note's header ends at a dash
            // as at a colon, when the note says it is one; "from Ngozi to Berenike" names both ends of a handover.
            if (!arrowBefore && NoteHeader(i - 1))
            {
                if (after.TrimStart(' ') is ['-' or '–' or '—', ' ', ..]) return last;
                if (Word(i - 1) is "from" or "From" && last + 2 < n && IsSpace(after) && Word(last + 1) is "to" && IsSpace(Gap(last + 2))
                    && Is(last + 2, Kind.Capital) && NameWord(last + 2, alone: false)) return last;
            }
            // "Priya -> Tom" ending the line: an arrow before says a handover.
            return arrowBefore && (after.Trim(' ').Length == 0 || after.TrimStart(' ').StartsWith("\n") || after.TrimStart(' ') is [',' or '.', ..]) ? last : -1;
        }

        // "from"/"to" heading a note: starting it, after a colon ("Fwd: from"), after a note's word ("Handover from", "Message to")
        // or after "from [name]" ("from Ngozi to Berenike").
        private bool NoteHeader(int j) =>
            SentenceStart(j) || (j > 0 && (NameCues.Notes.Contains(Word(j - 1)) || Gap(j).TrimEnd(' ').EndsWith(":")))
            || (j >= 2 && Word(j) is "to" && Word(j - 2) is "from" or "From" && Is(j - 1, Kind.Capital));

        private static bool Arrow(ReadOnlySpan<char> gap) => gap.Trim(' ') is "->" or "-->" or "→" or "=>" or ">" or "—>" or "–>";

        private bool RecordPart(int j) =>
            (Is(j, Kind.Capital) || Is(j, Kind.Upper)) && Word(j).Length > 1 && !Is(j, Kind.Stop | Kind.Keep | Kind.Protected)
            && (Is(j, Kind.First | Kind.Surname | Kind.Weak) || !Is(j, Kind.Word)) && !NameCues.Institutions.Contains(Word(j))
            && !NameCues.Roles.Contains(Word(j)) && !NameCues.Titles.Contains(Word(j)) && !IsContraction(j);

        // "- Ethel" or "— Ethel Brown" ending the text.
        private bool IsDashSignOff(int i, ReadOnlySpan<char> gap)
        {
            var t = gap.TrimEnd();
            return t.Length > 0 && t[^1] is '-' or '–' or '—' && (t.Length == 1 || char.IsWhiteSpace(t[^2]) || t[^2] == '\n') && NearEnd(i);
        }

        // A sign-off name is the last thing written: at most three words follow it.
        private bool NearEnd(int i) => n - i <= 3;

        /// <summary>
        /// A closing on a short line of its own, then the name on the next line, then at most a short line saying who they
        /// are: "Kind regards\nBilqees Bygrave\n(carer for my husband)", "REGARDS\nARSAL PATWARY\nSON AND NEXT OF KIN",
        /// "Thank you\nMaudlyn &amp; Sue". The name's line holds at most three words besides "&amp;" and "and".
        /// </summary>
        private bool SignOffLine(int i)
        {
            var p = Word(i - 1);
            if (!(NameCues.ClosingWords.Contains(p) || p is "you" or "You" or "YOU" && i >= 2 && Word(i - 2).Equals("thank", StringComparison.OrdinalIgnoreCase))) return false;
            // The closing's line: at most three words ("Kind regards", "Many thanks", "Thank you").
            var k = i - 1;
            while (k > 0 && !Gap(k).Contains('\n') && i - k < 4) k--;
            if (k > 0 && !Gap(k).Contains('\n') || i - k > 3) return false;
            // The name's line, then what is left.
            var words = 0;
            var j = i;
            for (; j < n && (j == i || !Gap(j).Contains('\n')); j++)
            {
                // "Thank you\nReablement Team": a team or a place signs too.
                if (NameCues.Institutions.Contains(Word(j))) return false;
                if (Word(j) is not ("and" or "AND")) words++;
            }
            return words <= 3 && n - j <= 8;
        }

        public bool Accept(int i, Cue cue, out bool uncertain)
        {
            uncertain = false;
            var listed = Listed(i);
            var capital = Is(i, Kind.Capital);
            // An unlisted word is a name only with a cue, capitalised (unless the text is caseless), and no English word.
            var unlistedName = !listed && !Is(i, Kind.Word) && (capital || caseless) && Word(i).Length > 1;
            if ((SaysHere(i) || ShoutOut(i)) && !Is(i, Kind.Stop | Kind.Keep | Kind.Protected))
            {
                uncertain = !listed;
                return Is(i, Kind.First | Kind.Surname | Kind.Weak) || !Is(i, Kind.Word);
            }
            // "Dr Ó Gallchobhair", "Mr Ó GALLCHOBHAIR": a particle straight after a title starts the name.
            if (cue == Cue.Strong && NameCues.Particles.Contains(Word(i)) && !Is(i, Kind.Lower) && i + 1 < n && IsSpace(Gap(i + 1))
                && !Is(i + 1, Kind.Lower | Kind.Word | Kind.Stop | Kind.Keep))
            {
                uncertain = true;
                return true;
            }
            // "carer Don't employ…", "carer Can't think…": a word with its verb's ending is never a name, whatever the cue.
            if (IsContraction(i)) return false;
            if (PaperNamed(i)) return false;
            // "we said thanks Even though": a word that is seldom a name needs a strong cue.
            if (cue != Cue.Strong && Is(i, Kind.Word) && NameCues.UsuallyWords.Contains(Word(i))) return false;
            switch (cue)
            {
                case Cue.Strong:
                    uncertain = !listed;
                    // "Yours sincerely,\nWinsome Doro", "her name was fern", "the nurse was called carol": the cue says a name
                    // so plainly that an English word after it is one.
                    if (NamedPlainly(i)) return true;
                    // "my son said no", "the carer said": in lower case a verb after a role is the person's doing, though a
                    // list holds it ("Said").
                    if (listed && !capital && Doing(i)) return false;
                    if (listed) return capital || Shouted(i) || Strongly(i) || WordNameAfterRole(i);
                    if (WordCalledAfterRole(i)) return true;
                    // "Mr OKAFOR", "PLEASE RING MY SON PEREGRINE": in capitals, after a title or in a shouted sentence.
                    // "Patient: SINFI OMADOV  DOB": in capitals after a record's label too.
                    return unlistedName || (Is(i, Kind.Upper) && !Is(i, Kind.Word) && Word(i).Length > 2 && ((i > 0 && NameCues.Titles.Contains(Word(i - 1))) || ShoutedRun(i)
                            || (i > 0 && Gap(i).Contains(':') && NameCues.ListLabels.Contains(Word(i - 1)) && Voweled(Word(i)))))
                        || LowerNameAfterCue(i);
                case Cue.Contact:
                    uncertain = true;
                    if (listed && !Is(i, Kind.Weak)) return capital || (Shouted(i) && Strongly(i)) || Strongly(i) && caseless;
                    if (Is(i, Kind.Weak)) return (capital || caseless) && NextIsSurname(i);
                    return (unlistedName && capital && !Is(i, Kind.Upper)) || ShoutedUnlisted(i);
                default:
                    if (Strongly(i) && capital && !InPlace(i)) return true;
                    uncertain = true;
                    if (WordNameActs(i)) return true;
                    // "the Oyebanji family", "REIS FAMILY - STILL WAITING": a family named by its surname.
                    if (FamilyAfter(i) && (Is(i, Kind.Capital) || Shouted(i)) && (Strongly(i) || !Is(i, Kind.Word | Kind.Weak)) && Word(i).Length > 2
                        && !NameCues.Institutions.Contains(Word(i))) return true;
                    // "COURTEOUS LY AND SN": in capitals a listed name of two letters is as often a fragment or an abbreviation.
                    if (Strongly(i) && (caseless || (Is(i, Kind.Upper) && ShoutedRun(i))) && Word(i).Length > 2) return true;
                    // "Visits from Ruby", "Carers like Amber": a preposition that leads to a person here is no article.
                    if (Is(i, Kind.Word) && Is(i, Kind.First) && !Is(i, Kind.Weak) && capital && !SentenceStart(i) && (!InPhraseOrAfterArticle(i) || PeopleBefore(i) || OurPerson(i, i))
                        && !RunOn(i)) return true;
                    // "- Jasmine at the day centre", "Heaven – driver", "the new carer (\"Peer\")": a first name that is also a
                    // word, in a place the layout keeps for a person.
                    if (Is(i, Kind.Word) && Is(i, Kind.First) && !Is(i, Kind.Weak) && capital && (AtOffice(i) || RoleAfterDash(i) || Nicknamed(i, i))) return true;
                    // "we have 2 green bins", "WE HAVE 2 GREEN BINS": where capitals say nothing, an English word before a plural
                    // noun is a thing, though lists hold both ("Green", "Bins"); "mark thompson", "WILL SMITH" stay names.
                    return listed && (capital || Shouted(i)) && NextIsSurname(i) && !(!capital && Is(i, Kind.Word) && PluralNoun(i + 1));
            }
        }

        /// <summary>
        /// "HAS SPOKEN TO PETRONELLA EGAL ABOUT", "ASK FOR MIECZYSŁAW": in a shouted sentence after a contact cue, a word in
        /// capitals no list or dictionary holds, with a second such word or a listed surname after it, or alone with a
        /// name's ending or a letter English does not write. Not "SPOKE TO PALS" (a word) nor "SPOKE TO NELFT" (an acronym).
        /// </summary>
        private bool ShoutedUnlisted(int i)
        {
            if (!Is(i, Kind.Upper) || !ShoutedRun(i) || !Unknown(i, shoutedToo: true) || Word(i).Length < 4 || IsContraction(i)) return false;
            if (NameCues.HasNameAffix(Word(i)) || Word(i).IndexOfAnyInRange('\u00C0', '\u024F') >= 0) return true;
            // "THANKS TO HEULWEN FOR": alone, five letters or more with two vowels and spelt like a name (an acronym seldom is).
            if (Word(i).Length >= 5 && Word(i).Count('A') + Word(i).Count('E') + Word(i).Count('I') + Word(i).Count('O') + Word(i).Count('U') >= 2
                && lists.NameShape.Score(Word(i)) >= 0) return true;
            var next = i + 1;
            return next < n && IsSpace(Gap(next)) && Is(next, Kind.Upper) && Word(next).Length > 2 && !IsContraction(next)
                && (Unknown(next, shoutedToo: true) || (Is(next, Kind.First | Kind.Surname) && !Is(next, Kind.Word | Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected)));
        }

        // A shouted sentence, not an acronym: "MY SON DAVID WAS", not "the TED staff" or "a BA".
        private bool ShoutedRun(int i) =>
            (i > 0 && Is(i - 1, Kind.Upper) && IsSpace(Gap(i))) || (i + 1 < n && Is(i + 1, Kind.Upper) && IsSpace(Gap(i + 1)));

        /// <summary>
        /// A sign-off on a line of its own ending the text ("Yours sincerely,\nWinsome") or "name is/was" ("her name was
        /// fern"): after these an English word is a name too.
        /// </summary>
        public bool NamedPlainly(int i)
        {
            if (i == 0 || Is(i, Kind.Stop | Kind.Keep | Kind.Protected) || Word(i).Length < 3 || NameCues.Roles.Contains(Word(i))
                || NameCues.Institutions.Contains(Word(i)) || NameCues.Titles.Contains(Word(i)) || IsContraction(i)) return false;
            var p = Word(i - 1);
            var gap = Gap(i);
            if (gap.Contains('\n')) return NameCues.SignOffs.Contains(p) && NearEnd(i) && (Is(i, Kind.Capital) || Shouted(i));
            if (!IsSpace(gap)) return false;
            // "her name was fern", not "his name was called" or "my name is spelt wrong": in mixed-case text, a lower-case English
            // word after "name is" is a name only when a list holds it.
            if (i >= 2 && p is "is" or "was" or "IS" or "WAS" && Word(i - 2).Equals("name", StringComparison.OrdinalIgnoreCase))
                return !(Is(i, Kind.Lower) && !caseless && Is(i, Kind.Word) && !Is(i, Kind.First | Kind.Surname));
            // "who everyone calls Sunny", not "also known as Carers Allowance": capitalised, and no capitalised word after it.
            if (GoesBy(i)) return (Is(i, Kind.Capital) || (Shouted(i) && Is(i, Kind.First))) && !(i + 1 < n && IsSpace(Gap(i + 1)) && !Is(i + 1, Kind.Lower));
            // "a lady called Faith", "the nurse was called carol", not "the service is called reablement": a person named.
            if (!p.Equals("called", StringComparison.OrdinalIgnoreCase) && !p.Equals("named", StringComparison.OrdinalIgnoreCase)) return false;
            // "Doctor called back", "one named visitor": a lower-case word after them is a name only when a list holds it;
            // "THE NURSE CALLED BACK": in capitals, only a listed name that is no English word, or no word at all.
            if (Is(i, Kind.Lower) && !caseless && !Is(i, Kind.First | Kind.Surname | Kind.Weak)) return false;
            if (Shouted(i) && Is(i, Kind.Word) && !Strongly(i)) return false;
            for (var j = i - 2; j >= Math.Max(0, i - 4); j--)
            {
                var w = Word(j);
                if (w is "is" or "was" or "IS" or "WAS" or "Is" or "Was") continue;
                return NameCues.Roles.Contains(w) || NameCues.Namers.Contains(w);
            }
            return false;
        }

        /// <summary>
        /// A listed first name that is also an English word, starting a sentence, is a name when a person's doing follows:
        /// "Bobby made mum laugh", "Ruby rang twice", "FERN NEVER TURNS UP", "Lion's manager rang"; not "Faith keeps me going",
        /// "April was a bad month" (weak words need a strong cue whatever follows).
        /// </summary>
        private bool WordNameActs(int i)
        {
            if (!Is(i, Kind.First) || !Is(i, Kind.Word) || Is(i, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected)) return false;
            if (!(Is(i, Kind.Capital) || (Is(i, Kind.Upper) && ShoutedRun(i))) || !SentenceStart(i) || i + 1 >= n) return false;
            if (!IsSpace(Gap(i + 1))) return PersonAfter(i) || Addressed(i);
            var possessive = tokens[i].End != tokens[i].Start + tokens[i].Length;
            if (possessive) return NameCues.Roles.Contains(Word(i + 1));
            // "Mace, my sister, does", "Billy - you are a star!", "Hank and I have"; "Beau is the only one", "Tone has been our carer".
            return NameCues.PersonVerbs.Contains(Word(i + 1)) || PersonAfter(i) || Addressed(i) || ActsAsPerson(i);
        }

        /// <summary>
        /// "the paramedics Olive oil spray", "we said thanks Even though", "rang up Chase them up": a sentence begun with no
        /// full stop, so a capitalised word that is also a name sits mid-line between two plain words. Not "I saw Ruby
        /// yesterday" (a word before a person) nor "because Holly was late" (a person's doing after).
        /// </summary>
        private bool RunOn(int i)
        {
            if (i == 0 || i + 1 >= n || Possessive(i) || !IsSpace(Gap(i)) || !IsSpace(Gap(i + 1)) || !Is(i - 1, Kind.Lower) || !Is(i + 1, Kind.Lower)) return false;
            var p = Word(i - 1);
            if (NameCues.BeforePeople.Contains(p) || NameCues.ContactLinks.Contains(p) || NameCues.ContactVerbs.Contains(p) || NameCues.Roles.Contains(p)
                || NameCues.Titles.Contains(p) || NameCues.FromPeople.Contains(p) || p is "with" or "for" or "when" or "because" or "if" or "but" or "that" or "like"
                || PeopleBefore(i)) return false;
            var next = Word(i + 1);
            return !(NameCues.AfterPeople.Contains(next) || NameCues.PersonVerbs.Contains(next) || NameCues.PersonNext.Contains(next));
        }

        // "the Law", "Coffee/Tea", "Patient Transport Crews": a capitalised word, not a name.
        private bool InPhraseOrAfterArticle(int i)
        {
            if (i == 0) return false;
            var gap = Gap(i);
            if (!IsSpace(gap) && gap.Trim().Length > 0 && gap.Trim() is not "," and not "(") return true;
            var p = Word(i - 1);
            // "Is Dolly still working there?": a question's first word is no article.
            if (NameCues.Articles.Contains(p)) return !(p is "Is" or "IS" && SentenceStart(i - 1));
            return Is(i - 1, Kind.Capital) && !Is(i - 1, Kind.First | Kind.Surname) && !SentenceStart(i - 1) && IsSpace(gap);
        }

        // The next word is a listed surname written the same way, right after: "Mark Thompson", "john smith".
        private bool NextIsSurname(int i)
        {
            if (i + 1 >= n || !IsSpace(Gap(i + 1)) || tokens[i].End != tokens[i].Start + tokens[i].Length) return false;
            var next = i + 1;
            if (!Is(next, Kind.Surname) || Is(next, Kind.Keep | Kind.Stop | Kind.Protected | Kind.Weak)) return false;
            return (Kinds(i) & (Kind.Capital | Kind.Upper | Kind.Lower)) == (Kinds(next) & (Kind.Capital | Kind.Upper | Kind.Lower));
        }

        private bool SentenceStart(int i)
        {
            var before = text.AsSpan(0, tokens[i].Start).TrimEnd(" \t\"'“‘(*•".AsSpan());
            return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n' or '\r' or ':' or '-' or ';';
        }

        /// <summary>
        /// "Mrs de Pennefather", "Dr ap Iorwerth", "Mr van der Berg": a joining word, in either case, straight after a title and
        /// before a capitalised word that is no English word (or a listed surname), starts the name. Returns its last token, or -1.
        /// </summary>
        public int TitleParticle(int i)
        {
            if (i == 0 || i + 1 >= n || caseless || !NameCues.Particles.Contains(Word(i)) || Possessive(i) || !NameCues.Titles.Contains(Word(i - 1))
                || Gap(i) is not (" " or ". ") || !IsSpace(Gap(i + 1))) return -1;
            var next = i + 1;
            while (next + 1 < n && next - i < 2 && NameCues.Particles.Contains(Word(next)) && IsSpace(Gap(next + 1))) next++;
            if (!Is(next, Kind.Capital) || Is(next, Kind.Stop | Kind.Keep | Kind.Protected) || (Is(next, Kind.Word) && !Is(next, Kind.Surname))
                || NameCues.Institutions.Contains(Word(next)) || Word(next).Length < 2) return -1;
            return Extend(i, cued: true);
        }

        /// <summary>
        /// "Guoqiang ap Bacalo", "Loan ap al-Shammari" found at the surname: the first name before its joining word joins the
        /// span, when it is capitalised, listed or no English word, and no cue, place or title. Returns the span's first token.
        /// </summary>
        public int BeforeParticle(int i, List<Found> found)
        {
            if (i < 2 || caseless || !NameCues.Particles.Contains(Word(i - 1)) || !IsSpace(Gap(i)) || !IsSpace(Gap(i - 1)) || Possessive(i - 2)) return i;
            var p = i - 2;
            if (found.Count > 0 && found[^1].End > tokens[p].Start) return i;
            return Is(p, Kind.Capital) && Word(p).Length > 1 && !Is(p, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak)
                && (Is(p, Kind.First | Kind.Surname) || !Is(p, Kind.Word)) && !NameCues.Titles.Contains(Word(p)) && !NameCues.Roles.Contains(Word(p))
                && !NameCues.Institutions.Contains(Word(p)) && !IsContraction(p) ? p : i;
        }

        /// <summary>The last token of the name that starts at <paramref name="i"/>: "Siobhán Ní Bhriain", "Pieter van der Berg".</summary>
        public int Extend(int i, bool cued)
        {
            var last = i;
            while (last - i < NameCues.MaxTokens && last + 1 < n)
            {
                if (tokens[last].End != tokens[last].Start + tokens[last].Length || !IsSpace(Gap(last + 1))) break;
                var next = last + 1;
                var particles = 0;
                while (next + 1 < n && NameCues.Particles.Contains(Word(next)) && IsSpace(Gap(next + 1)) && particles < 2)
                {
                    next++;
                    particles++;
                }
                var afterParticle = particles > 0 || (last == i && NameCues.Particles.Contains(Word(i)));
                // "WHY HAS VIKTORIIA SOBRAL NOT", "I HAVE RUNG COLTEN BONITTO": in capitals, a listed first name goes on into a
                // surname no list holds when it is no word and is spelt like a name, as a cued name does.
                var shoutedFirst = !cued && last == i && Is(i, Kind.Upper) && Is(i, Kind.First) && Strongly(i)
                    && ShoutedSurname(i, next) && lists.NameShape.Score(Word(next)) >= NameCues.ShapeFloor;
                if (!Continues(next, afterParticle) && !(cued && (LowerSurname(i, next) || ShoutedSurname(i, next))) && !shoutedFirst) break;
                last = next;
            }
            return last;
        }

        /// <summary>
        /// The word joined to <paramref name="j"/> by "and" or "&amp;" after it ("Raj and Tomasz", "Maudlyn &amp; Sue"), or -1. An
        /// ampersand is no token, so "&amp;" is read from the gap.
        /// </summary>
        private int AndNext(int j)
        {
            if (j + 1 >= n) return -1;
            if (Gap(j + 1) is " & " or "&") return j + 1;
            return j + 2 < n && Word(j + 1) is "and" or "AND" or "And" && IsSpace(Gap(j + 1)) && IsSpace(Gap(j + 2)) ? j + 2 : -1;
        }

        /// <summary>
        /// "Tina and Oluwasanmi were lovely", "ask for Tina or Oluwasanmi": a capitalised word that is no English word, joined
        /// to a name by "and" or "or". A name of two letters joined so is a name though a dictionary holds it ("Bernie and Mo
        /// on nights"), when a lower-case word or a stop follows ("Smith and Co", "Tina and Jo Brand" are read elsewhere).
        /// </summary>
        public int AndName(int last)
        {
            var other = AndNext(last);
            if (other < 0 && last + 2 < n && Word(last + 1) is "or" && IsSpace(Gap(last + 1)) && IsSpace(Gap(last + 2))) other = last + 2;
            if (caseless || other < 0 || tokens[last].End != tokens[last].Start + tokens[last].Length) return -1;
            if (Word(other).Length == 2 && Is(other, Kind.Capital) && !Is(other, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak)
                && !NameCues.Titles.Contains(Word(other)) && Word(other) is not ("Co" or "Jr" or "Sr" or "St" or "Rd" or "No" or "Ok" or "Oh")
                && (other + 1 >= n || !IsSpace(Gap(other + 1)) || Is(other + 1, Kind.Lower))) return other;
            return Is(other, Kind.Capital) && !Is(other, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) && Word(other).Length > 2
                && !NameCues.Institutions.Contains(Word(other)) && !(other + 1 < n && NameCues.Institutions.Contains(Word(other + 1))) ? other : -1;
        }

        /// <summary>
        /// "Zeeshan and Chukwudi were great", "Patsy and Taryn were": two capitalised words joined by "and", each a listed
        /// name or no English word, that then do what people do. Returns the second word's index, or -1.
        /// </summary>
        public int PairedName(int i)
        {
            var other = AndNext(i);
            if (caseless || other < 0 || other + 1 >= n || !IsSpace(Gap(other + 1)) || !NameCues.PairVerbs.Contains(Word(other + 1))) return -1;
            return PairPart(i) && PairPart(other) ? other : -1;
        }

        private bool PairPart(int i) =>
            Is(i, Kind.Capital) && !Is(i, Kind.Stop | Kind.Keep | Kind.Protected) && Word(i).Length > 2
            && (Is(i, Kind.First | Kind.Surname | Kind.Weak) || !Is(i, Kind.Word))
            && !NameCues.Institutions.Contains(Word(i)) && !NameCues.Titles.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i));

        /// <summary>
        /// "Please can Morwenna Onyekachi ring me back": two capitalised words mid-sentence, neither an English word nor
        /// listed, nor a place or provider: a full name the lists do not hold. Returns the last word's index, or -1.
        /// </summary>
        public int UnlistedFullName(int i)
        {
            if (caseless || i + 1 >= n || SentenceStart(i) || !IsSpace(Gap(i + 1)) || !Unknown(i) || !Unknown(i + 1)) return -1;
            if (tokens[i].End != tokens[i].Start + tokens[i].Length) return -1;
            if (i + 2 < n && IsSpace(Gap(i + 2)) && NameCues.Institutions.Contains(Word(i + 2))) return -1;
            // "Tek Bahadur Jerde", "Tek Bahadur van Schalkwyk": the rest of the name too.
            return Extend(i + 1, cued: false);
        }

        /// <summary>
        /// A capitalised word no list holds, judged by its spelling (<see cref="NameShape"/>) and the words around it: "Nirmala
        /// has been our carer", "Can someone tell Keturah", "Mum says Folasade is". A place or thing reads otherwise: "in
        /// Loughborough", "the Tramadol", "Myeloma Service".
        /// </summary>
        public int SpeltLikeName(int i)
        {
            if (!Unknown(i, shoutedToo: true) || (Is(i, Kind.Upper) && !caseless && !ShoutedRun(i)) || IsContraction(i)) return -1;
            // All-lower text (phones) says nothing by case, and its misspellings are many: only the lists and cues find names there.
            if (Is(i, Kind.Lower)) return -1;
            // In capitals a short word is more often an abbreviation ("DOB", "OT", "RVI") than a name.
            if ((Is(i, Kind.Upper) || caseless) && Word(i).Length < 4) return -1;
            if (i > 0 && Word(i - 1) is "St" or "ST" or "st" or "Saint") return -1;
            if (MistypedWord(Word(i))) return -1;
            // The run of name-like words from here: "Kavitha Kazlauskas", "KETURAH ORAK"; at most three.
            var score = lists.NameShape.Score(Word(i));
            var last = i;
            while (last - i < 2 && last + 1 < n && IsSpace(Gap(last + 1)) && tokens[last].End == tokens[last].Start + tokens[last].Length)
            {
                var next = last + 1;
                // "Grażyna Ní Fhlatharta", "Stanisława Ó Briain": a joining word, then a capitalised part.
                if (NameCues.Particles.Contains(Word(next)) && !Is(next, Kind.Lower) && next + 1 < n && IsSpace(Gap(next + 1))
                    && tokens[next].End == tokens[next].Start + tokens[next].Length && (Is(next + 1, Kind.Capital) || Is(next + 1, Kind.Upper))
                    && !Is(next + 1, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected) && !NameCues.Institutions.Contains(Word(next + 1)))
                {
                    last = next + 1;
                    continue;
                }
                if (!caseless && Is(next, Kind.Upper) != Is(i, Kind.Upper)) break;
                if (Unknown(next, shoutedToo: true) && !IsContraction(next)) score = Math.Max(score, lists.NameShape.Score(Word(next)));
                else if (!(Is(next, Kind.First | Kind.Surname) && !Is(next, Kind.Word | Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected)
                    && (Is(next, Kind.Capital) || Is(next, Kind.Upper) == Is(i, Kind.Upper)))
                    // "Ffion Grimes", "Blodwen Lubbers": a listed surname that is also an English word, capitalised after the name.
                    && !(Is(next, Kind.Surname) && Is(next, Kind.Capital) && !Is(next, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected)
                        && !NameCues.Institutions.Contains(Word(next)) && !NameCues.Roles.Contains(Word(next)))) break;
                last = next;
            }
            if (last + 1 < n && IsSpace(Gap(last + 1)) && NameCues.Institutions.Contains(Word(last + 1))) return -1;
            // "Tryphena is the only one…", "Eluned from the council said…": a sentence's first word, with no cue before it,
            // doing what only a person does; that says more than spelling, so a spelling further from a name's will do.
            var actsFirst = !caseless && Is(i, Kind.Capital) && SentenceStart(i) && ActsAsPerson(last);
            // "Written by Eluned, his wife", "Mum says Eluned is the best": a person's cue on both sides does the same.
            var between = i > 0 && !SentenceStart(i) && IsSpace(Gap(i)) && (NameCues.BeforePeople.Contains(Word(i - 1)) || PeopleBefore(i))
                && last + 1 < n && (NameCues.AfterPeople.Contains(Word(last + 1)) && IsSpace(Gap(last + 1)) || PersonAfter(last) || ActsAsPerson(last));
            if (score < (actsFirst || between ? NameCues.ActingFloor : NameCues.ShapeFloor)) return -1;
            if (actsFirst) score += 0.7f;
            if (last > i) score += 0.5f;
            // A word before governs this one only within its sentence and line: in "left msg on 07700 900024.\n11:15 Khouloud
            // rang back" the "on" belongs to the number.
            if (i > 0 && !SentenceStart(i) && Gap(i).IndexOfAny(".!?\n") < 0)
            {
                var p = Word(i - 1);
                if (PeopleBefore(i) || WithoutThenI(i, last) || OurPerson(i, last) || Dedicated(i, last)) score += 0.7f;
                // "from the Oyebanji family": "the" before a family's name is no sign of a thing; nor "From" before a
                // role in brackets ("From Tryphena (wife and carer)").
                else if (NameCues.BeforeThings.Contains(p) && !FamilyAfter(last) && !RoleInBrackets(last)) score -= 1.0f;
                if (NameCues.BeforePeople.Contains(p)) score += 0.7f;
                // "Thank you Blodwen": the one thanked.
                if (p is "you" or "You" or "u" or "U" or "ya" && i >= 2 && Word(i - 2) is "thank" or "Thank" or "THANK") score += 0.7f;
            }
            if (Addressed(last)) score += 0.7f;
            // "…\nThandeka Morwood" alone on the text's last line: a signature.
            if (i > 0 && Gap(i).Contains('\n') && EndsText(last)) score += 0.7f;
            if (last + 1 < n && NameCues.AfterPeople.Contains(Word(last + 1))) score += 0.7f;
            if (PersonAfter(last) || FamilyAfter(last) || AtOffice(last) || RoleAfterDash(last)) score += 1.0f;
            if (Nicknamed(i, last)) score += 0.7f;
            // Letters English does not write ("ė", "ł", "ą", "ø"): a word no dictionary holds that has them is a name more often than not.
            for (var j = i; j <= last; j++)
            {
                if (Word(j).IndexOfAnyInRange('\u00C0', '\u024F') >= 0 || Word(j).IndexOfAnyInRange('\u1E00', '\u1EFF') >= 0) { score += 0.5f; break; }
            }
            if (tokens[last].End != tokens[last].Start + tokens[last].Length) score += 0.5f;
            if (tokens[i].Start > 0 && text[tokens[i].Start - 1] == '(') score += 0.5f;
            for (var j = i; j <= last; j++)
            {
                if (NameCues.HasNameAffix(Word(j))) { score += 0.5f; break; }
            }
            return score >= NameCues.ShapeAccept ? last : -1;
        }

        /// <summary>
        /// A lower-case word in mixed-case text, after words that greet, thank, reach or name someone as phones write them:
        /// "hi its dawn again", "its dawn here", "thank u priya for", "thanks again\nguled", "spoke to margie joly", "asked
        /// for bogdan", "dad calls her bibi", "aka shaz". The word must be no English word and spelt like a name (or listed
        /// and no word), so "thank u all", "spoke to reception" and "thanks alot" stay.
        /// </summary>
        public bool LowerCued(int i)
        {
            // Every lower-case word passes here: the words before it are read first, and the lists only asked when they cue.
            if (caseless || i == 0 || (kinds[i] & Kind.Lower) == 0) return false;
            var gap = Gap(i);
            if (LowerPossessive(i)) return true;
            if (WaitingFor(i)) return (LowerNameLike(i, alone: false) && (Strongly(i) || lists.NameShape.Score(Word(i)) >= 0)) || WaitedOnToAct(i);
            // "spoke 2 kemar beier", "talked 2 sofie": "2" for "to" after a contact verb cues as "to" does.
            if (TextSpeltTo(i)) return LowerNameLike(i, alone: false);
            // "omg jonalyn is da best carer ever", "kensa was the nicest nurse": a word no dictionary holds, then a role given
            // by "is" or "was", as a person is praised; not after "the", "my" (a thing of someone's).
            if (i + 1 < n && Word(i + 1) is "is" or "was" && !NameCues.Determiners.Contains(Word(i - 1)) && !NameCues.Articles.Contains(Word(i - 1))
                && LowerNameLike(i, alone: false) && ActsAsPerson(i)) return true;
            if (RoleNext(i) || WeakNameAsked(i) || ThankedPair(i)) return true;
            var lineEnd = gap.Contains('\n') && NearEnd(i) && gap.Trim(" \t\r\n,".AsSpan()).Length == 0;
            if (!IsCueGap(gap) && !lineEnd) return false;
            var cue = LowerCue(i, gap, lineEnd);
            if (cue == 0) return false;
            // Alone after a closing word ("thanks again\nguled") even an English word is a name; after any other line it is not ("…\nmate").
            var alone = lineEnd && cue == 1 && (i == n - 1 || Word(i + 1) is "x" or "xx" or "xxx");
            // "hiya its cabdi from no 12", "hi its berry again": a greeting then who is writing names plainly.
            var greeted = cue == 1 && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start) is "its" or "it's" or "it’s" or "Its" or "It's" or "It’s";
            // "hello this is tanner mikac from flat 39": after a greeting and "this is", a listed first name is the caller's,
            // though it is a word too; "hello this is about my mum", "hi this is will" (a weak name) stay.
            if (cue == 1 && Word(i - 1) is "is" && Is(i, Kind.First) && !Is(i, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected)
                && Word(i).Length > 2 && !NameCues.UsuallyWords.Contains(Word(i)) && !Doing(i)) return true;
            if (!LowerNameLike(i, alone || greeted)) return ActsAfterCue(i, cue, alone || greeted || TakeCareAtEnd(i));
            return cue == 1 || Strongly(i) || lists.NameShape.Score(Word(i)) >= 0 || PersonFollows(i);
        }

        /// <summary>
        /// "big thanks to walker and Gwynfor", "spoke to miller and Ana": a listed name in lower case after thanks or speaking
        /// to, joined by "and" to a capitalised name: both are the people thanked.
        /// </summary>
        private bool ThankedPair(int i)
        {
            if (i < 2 || i + 2 >= n || !IsSpace(Gap(i)) || !IsSpace(Gap(i - 1)) || !IsSpace(Gap(i + 1)) || !IsSpace(Gap(i + 2)) || Word(i + 1) is not "and") return false;
            if (!NameCues.ContactLinks.Contains(Word(i - 1)) || !NameCues.ContactVerbs.Contains(Word(i - 2)) || Infinitive(Word(i - 1), Word(i - 2))) return false;
            if (!Is(i, Kind.First | Kind.Surname) || Is(i, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected) || Word(i).Length < 3 || Doing(i)
                || NameCues.Roles.Contains(Word(i)) || NameCues.UsuallyWords.Contains(Word(i))) return false;
            return Is(i + 2, Kind.Capital) && NameWord(i + 2, alone: true);
        }

        /// <summary>
        /// "ask for will.", "spoke to rose, she said": a weak name in lower case after asking for, speaking to or thanks to
        /// someone, ending the clause, where a word would go on ("ask for help with", "spoke to may be").
        /// </summary>
        private bool WeakNameAsked(int i)
        {
            // The words before are read first: most lower-case words are never looked up in the lists.
            if (i < 2 || !NameCues.ContactLinks.Contains(Word(i - 1)) || !NameCues.ContactVerbs.Contains(Word(i - 2))) return false;
            if (!IsSpace(Gap(i)) || !IsSpace(Gap(i - 1)) || !Is(i, Kind.Weak | Kind.Word) || !Is(i, Kind.First) || Word(i).Length < 3 || NameCues.UsuallyWords.Contains(Word(i)) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected)
                || Word(i) is "bill" or "bills" || NameCues.Roles.Contains(Word(i)) || NameCues.Titles.Contains(Word(i))) return false;
            if (Infinitive(Word(i - 1), Word(i - 2))) return false;
            var after = i + 1 < n ? Gap(i + 1) : text.AsSpan(tokens[i].End);
            return i + 1 >= n ? after.Trim().Length <= 1 : after.TrimEnd(' ') is "." or "!" or "?" or "," or ")" || after.Trim(' ').StartsWith("\n");
        }

        /// <summary>
        /// "- loula the carer is the only one", "thanks priya our carer", "rose the carer": a lower-case name, then who they are
        /// ("the", "our" or "my" and a role). The word is no English word and spelt like a name, or, starting a clause, a
        /// listed first name that is also a word; not after "the" or "my" ("the nurse the carer"), nor a verb ("chase the
        /// manager" is asked only at a clause's start, where a name stands).
        /// </summary>
        private bool RoleNext(int i)
        {
            if (i + 2 >= n || !IsSpace(Gap(i + 1)) || !IsSpace(Gap(i + 2)) || Word(i + 1) is not ("the" or "our" or "my") || !NameCues.Roles.Contains(Word(i + 2))
                || Possessive(i) || (i > 0 && (NameCues.Determiners.Contains(Word(i - 1)) || NameCues.Articles.Contains(Word(i - 1))))
                || (i + 3 < n && IsSpace(Gap(i + 3)) && NameCues.Institutions.Contains(Word(i + 3)))) return false;
            var clauseStart = i == 0 || SentenceStart(i) || Gap(i).Trim() is "," or "-" or "–" or "(";
            // "taking up valuable tim my carer": before "my" a word runs on from the clause more often, so it must start one.
            if (Word(i + 1) is "my" && !clauseStart) return false;
            if (LowerNameLike(i, alone: false)) return Strongly(i) || lists.NameShape.Score(Word(i)) >= 0;
            return clauseStart && (Is(i, Kind.First) || Is(i, Kind.Surname)) && !Is(i, Kind.Stop | Kind.Keep | Kind.Protected) && Word(i).Length > 2
                && !NameCues.UsuallyWords.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i)) && !NameCues.Titles.Contains(Word(i)) && !Doing(i)
                && ActsNext(i + 2, orEnds: false);
        }

        /// <summary>
        /// "ok so i rang again and pansy said", "take care patsy" (ending the text): a listed first name that is also an
        /// English word, in lower case, after a cue, when a person's doing follows it or it is the last word after a
        /// closing. Not "and rose early" (no person's doing) nor "thank you all" (no name).
        /// </summary>
        private bool ActsAfterCue(int i, int cue, bool last) =>
            Is(i, Kind.First) && Is(i, Kind.Word) && !Is(i, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected) && Word(i).Length > 2
            && !NameCues.Roles.Contains(Word(i)) && !NameCues.Titles.Contains(Word(i)) && !Doing(i)
            && !NameCues.UsuallyWords.Contains(Word(i)) && (last || (cue > 0 && ActsNext(i, orEnds: false)));

        // What follows a person: "patsy doesnt know", "aura is lovely", "anise does the nights"; or, when asked, the text or
        // the clause ending ("my carer aura.", "my carer aura, who").
        private bool ActsNext(int i, bool orEnds)
        {
            if (i + 1 >= n) return orEnds && text.AsSpan(tokens[i].End).Trim().Length <= 1;
            var gap = Gap(i + 1);
            // "my carer xiaoming\nis very good": handwriting and OCR break lines anywhere, so one line break is a space here.
            if (!IsSpace(gap) && gap.Trim(' ') is not "\n") return orEnds && gap.Trim() is "," or "." or "!" or ")" or "-" && !gap.Contains('\n');
            return Is(i + 1, Kind.Lower) && (NameCues.PersonVerbs.Contains(Word(i + 1)) || NameCues.PersonNext.Contains(Word(i + 1)));
        }

        /// <summary>
        /// "my carer aura is lovely", "the new girl patsy doesnt know", "my sisters husband anise does the nights": after a role
        /// and its determiner, a lower-case listed first name that is also an English word, when a person's doing or the
        /// clause's end follows. Not "my son even said" nor "my carer said" (words that are no one's name there).
        /// </summary>
        // "my carer rose.", "my son will is": a weak name ("rose", "will") too, when the clause ends or a person's doing follows;
        // not "the doctor bill was" (a bill is a thing after a role).
        private bool WordNameAfterRole(int i) =>
            Is(i, Kind.Lower) && !caseless && i > 0 && (NameCues.Roles.Contains(Word(i - 1)) || NameCues.Titles.Contains(Word(i - 1)))
            && Is(i, Kind.First) && (Is(i, Kind.Word) || Is(i, Kind.Weak)) && !Is(i, Kind.Stop | Kind.Keep | Kind.Protected) && Word(i) is not ("bill" or "bills")
            && Word(i).Length > 2 && !Doing(i) && !NameCues.UsuallyWords.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i))
            && (ActsNext(i, orEnds: true) || SurnameThenActs(i));

        /// <summary>
        /// "his wife Shell do the weekends", "my carer Sunny is the only one": after a person's role and "my", "his" or "her", a
        /// capitalised English word no list holds, then what a person does, is what they are called. Not "my son Sometimes
        /// comes" nor "my mum Really is" (words that say when or how), nor a role or a place's word.
        /// </summary>
        private bool WordCalledAfterRole(int i)
        {
            if (i < 2 || !Is(i, Kind.Capital) || !Is(i, Kind.Word) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) || Word(i).Length < 4
                || !IsSpace(Gap(i)) || !NameCues.Roles.Contains(Word(i - 1)) || !IsSpace(Gap(i - 1))
                || Word(i - 2) is not ("my" or "My" or "his" or "His" or "her" or "Her" or "our" or "Our" or "their" or "Their")) return false;
            var w = Word(i);
            if (w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || Doing(i) || NameCues.Roles.Contains(w) || NameCues.Titles.Contains(w)
                || NameCues.Institutions.Contains(w) || NameCues.UsuallyWords.Contains(w) || NameCues.Weekdays.Contains(w)
                || w.Equals("sometimes", StringComparison.OrdinalIgnoreCase) || w.Equals("often", StringComparison.OrdinalIgnoreCase)
                || w.Equals("never", StringComparison.OrdinalIgnoreCase) || w.Equals("once", StringComparison.OrdinalIgnoreCase)
                || w.Equals("soon", StringComparison.OrdinalIgnoreCase) || w.Equals("today", StringComparison.OrdinalIgnoreCase)) return false;
            return i + 1 < n && IsSpace(Gap(i + 1)) && Is(i + 1, Kind.Lower)
                && (NameCues.PersonVerbs.Contains(Word(i + 1)) || NameCues.PersonNext.Contains(Word(i + 1)) || Word(i + 1) is "do" or "will");
        }

        /// <summary>
        /// "my mum vesper passuello has been waiting", "my mum gerens ó ceallaigh has": after a cue, a lower-case word, then a
        /// surname in lower case (joining words allowed) that no dictionary holds or a list holds as a surname, then a
        /// person's doing. The doing after the surname says the two words are one person's name.
        /// </summary>
        private bool SurnameThenActs(int i)
        {
            var j = i + 1;
            var particles = 0;
            while (j + 1 < n && particles < 2 && IsSpace(Gap(j)) && NameCues.Particles.Contains(Word(j))) { j++; particles++; }
            if (j >= n || !IsSpace(Gap(j)) || tokens[i].End != tokens[i].Start + tokens[i].Length) return false;
            return Is(j, Kind.Lower) && (Is(j, Kind.Surname) || !Is(j, Kind.Word)) && !Is(j, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak)
                && Word(j).Length > 2 && !Doing(j) && !NameCues.Institutions.Contains(Word(j)) && !NameCues.Roles.Contains(Word(j))
                && !NameCues.PersonNext.Contains(Word(j)) && !NameCues.AfterPeople.Contains(Word(j)) && !Stretched(Word(j))
                && lists.NameShape.Score(Word(j)) >= NameCues.ShapeFloor && ActsNext(j, orEnds: false);
        }

        /// <summary>
        /// What follows a sentence's first word when that word is a person: a verb only people do, then "she" or "he" ("said
        /// she'd", "told him"); a role given by "is", "was" or "has been" ("is our carer", "has been
        /// mum's carer for 3 years", "was the best nurse"); "is the only one"; "from" an office ("from the council", "from
        /// next door"). Not "Tramadol made me sick" (people and things both make), "Carefirst said they would ring" (a company
        /// says too) nor "Zoom is the only way".
        /// </summary>
        private bool ActsAsPerson(int last)
        {
            var j = last + 1;
            if (j + 1 >= n || !IsSpace(Gap(j)) || !IsSpace(Gap(j + 1)) || tokens[last].End != tokens[last].Start + tokens[last].Length
                || !Is(j, Kind.Lower) || !Is(j + 1, Kind.Lower)) return false;
            var verb = Word(j);
            var next = Word(j + 1);
            if (NameCues.HumanVerbs.Contains(verb)) return NameCues.PersonObjects.Contains(next);
            // "A: Nobby the carer and…", "Mads the driver": a role given straight after, as people are introduced.
            if (verb is "the" && NameCues.Roles.Contains(next)) return !(j + 2 < n && IsSpace(Gap(j + 2)) && NameCues.Institutions.Contains(Word(j + 2)));
            if (verb is "from") return next is "next" || (next is "the" && j + 2 < n && IsSpace(Gap(j + 2)) && NameCues.Offices.Contains(Word(j + 2)));
            var k = j + 1;
            if (verb is "has" or "had" && next is "been") k++;
            else if (verb is not ("is" or "was")) return false;
            if (k + 2 < n && Word(k) is "the" && Word(k + 1) is "only" && Word(k + 2) is "one" or "person") return true;
            // "da", "tha": phone spellings of "the".
            if (k >= n || !(NameCues.Determiners.Contains(Word(k)) || Word(k) is "da" or "tha" || (Possessive(k) && NameCues.Roles.Contains(Word(k))))) return false;
            for (var r = k + 1; r < Math.Min(n, k + 4); r++)
            {
                if (!IsSpace(Gap(r)) || !Is(r, Kind.Lower)) return false;
                if (NameCues.Roles.Contains(Word(r))) return !(r + 1 < n && IsSpace(Gap(r + 1)) && NameCues.Institutions.Contains(Word(r + 1)));
            }
            return false;
        }

        // "Her sister in Beverley rings", "lives in Florence": after a lower-case "in", a lone capitalised word is a place, though
        // a list holds it; "in Sarah's room" and "in Ruth Okafor" stay names.
        private bool InPlace(int i) =>
            i > 0 && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) is "in" && IsSpace(Gap(i)) && !Possessive(i)
            && !(i + 1 < n && IsSpace(Gap(i + 1)) && (Is(i + 1, Kind.Capital) || NameCues.Particles.Contains(Word(i + 1))));

        /// <summary>
        /// "told to call my gp Bill attached", "Will enclosed": a weak name that is also a paper ("Bill", "Will"), then what is
        /// done with papers, is the paper whatever cue comes before it.
        /// </summary>
        private bool PaperNamed(int i)
        {
            if (!Is(i, Kind.Weak) || i + 1 >= n || !IsSpace(Gap(i + 1))) return false;
            var next = Word(i + 1);
            return next.Equals("attached", StringComparison.OrdinalIgnoreCase) || next.Equals("enclosed", StringComparison.OrdinalIgnoreCase)
                || next.Equals("overdue", StringComparison.OrdinalIgnoreCase) || next.Equals("unpaid", StringComparison.OrdinalIgnoreCase);
        }

        // Nothing but punctuation, kisses or a smile after the word.
        private bool EndsText(int i) =>
            (i == n - 1 || (i == n - 2 && Word(i + 1) is "x" or "xx" or "xxx")) && !text.AsSpan(tokens[i].End).ContainsAnyExcept(" .!x\r\n:)".AsSpan());

        // "take care noel" as the text's last words.
        private bool TakeCareAtEnd(int i) =>
            i == n - 1 && i >= 2 && Word(i - 1).Equals("care", StringComparison.OrdinalIgnoreCase) && Word(i - 2).Equals("take", StringComparison.OrdinalIgnoreCase);

        // "tell amintore vondráček i want", "tell cemeti from the agency": after a weak cue, a second unknown word or a word
        // that follows people says a name, whatever the spelling.
        private bool PersonFollows(int i)
        {
            if (i + 1 >= n || !IsSpace(Gap(i + 1))) return false;
            var next = Word(i + 1);
            if (Is(i + 1, Kind.Lower) && (NameCues.AfterPeople.Contains(next) || next.Equals("from", StringComparison.OrdinalIgnoreCase))) return true;
            return Is(i + 1, Kind.Lower) && !Is(i + 1, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) && next.Length > 2
                && !NameCues.Institutions.Contains(next) && lists.NameShape.Score(next) >= NameCues.ShapeFloor;
        }

        // 1: a cue that names or addresses plainly; 2: a weaker one ("please tell krystyna", "then tomasz said"), after which
        // the spelling must lean to a name; 0: none.
        private int LowerCue(int i, ReadOnlySpan<char> gap, bool lineEnd)
        {
            var p = Word(i - 1);
            var pp = i >= 2 && !Gap(i - 1).ContainsAny('.', '!', '?') ? Word(i - 2) : default;
            var raw = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].End - tokens[i - 1].Start);
            if (raw is "its" or "it's" or "it’s" or "Its" or "It's" or "It’s")
                return pp is "hi" or "Hi" or "hello" or "Hello" or "hiya" or "Hiya" or "hey" or "Hey"
                    || (i + 1 < n && Word(i + 1) is "again" or "here" && IsSpace(Gap(i + 1))) ? 1 : 0;
            if (TakeCareAtEnd(i)) return 1;
            // "im lorelie im 13 and i help my mum", "i'm zosia, 15": someone saying who they are, then their age, "and" or a stop.
            if (IsSpace(gap) && (raw is "im" or "Im" or "i'm" or "I'm" or "i’m" or "I’m" || (p is "am" && pp is "i" or "I")))
            {
                if (i + 1 >= n) return 2;
                var next = Gap(i + 1);
                if (next.ContainsAnyInRange('0', '9') || (IsSpace(next) && Word(i + 1) is "im" or "i'm" or "i’m" or "aged" or "age" or "from")) return 1;
                // "I'm transgender and": before "and" or a stop only a listed name that is no English word will do.
                return (next.Trim(' ') is "," or "." or "!" or "(" || (IsSpace(next) && Word(i + 1) is "and" or "here")) && Strongly(i) ? 2 : 0;
            }
            if (lineEnd)
                return p.Equals("again", StringComparison.OrdinalIgnoreCase) || NameCues.ClosingWords.Contains(p) || p is "x" or "xx" or "xxx" or "care" ? 1
                    // "Ta ra for now,\njasmin", "Speak soon,\nbob": a line ending in a comma, then the last word alone signs it;
                    // the spelling must lean to a name.
                    // A word alone on the last line signs the text too ("…thank you\nthandeka"), spelt as a name.
                    // Chat endings ("tbh", "hun", "luv") are short: an unlisted word there needs four letters.
                    : EndsText(i) && (Word(i).Length >= 4 || Strongly(i)) ? 2 : 0;
            // "yeah hello this is ünal bočková from flat 20", "hi, this is marcus": a greeting, "this is", then who is calling.
            if (p is "is" && IsSpace(gap) && pp is "this" && i >= 3 && !Gap(i - 2).ContainsAny('.', '!', '?') && Greeting(Word(i - 3))) return 1;
            if (p is "u" or "you" or "ya" or "U" or "You") return pp.Equals("thank", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (p.Equals("thanks", StringComparison.OrdinalIgnoreCase) || p.Equals("cheers", StringComparison.OrdinalIgnoreCase) || p is "ta" or "Ta" or "thx") return 1;
            // "i want to thank heulwen"; "my carer is heulwen", "carer was torquil": a role then who it is (or how it was:
            // "my carer was fab", so the spelling must lean to a name).
            if (p.Equals("thank", StringComparison.OrdinalIgnoreCase) && IsSpace(gap)) return 1;
            // "Ta ra for now, jasmin" ending the text: a word after a comma, last of all, signs it; the spelling must lean to a name.
            if (gap is ", " && EndsText(i) && (Word(i).Length >= 4 || Strongly(i))) return 2;
            if (p is "is" or "was" && IsSpace(gap) && i >= 2 && IsSpace(Gap(i - 1)) && NameCues.Roles.Contains(Word(i - 2)) && ClauseEnds(i)) return 2;
            if (p.Equals("again", StringComparison.OrdinalIgnoreCase)) return pp.Equals("thanks", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (NameCues.ContactLinks.Contains(p) && NameCues.ContactVerbs.Contains(pp) && !Infinitive(p, pp)) return 1;
            if (NamingVerb(i)) return 1;
            if (!IsSpace(gap)) return 0;
            if (p is "tell" or "told" or "ask" or "asked" or "sorry" or "especially" or "dear" or "bless") return 2;
            // "mum gülten nwafor dob 3/4/41", "carers assessment for nellie nortey done", "the name on it is hendrik noskov": after
            // a role, a care process's "for" or a name's "is", two lower-case words no dictionary holds are someone's whole name.
            if (IsSpace(gap) && LowerPair(i) && ((NameCues.Roles.Contains(p) && !Possessive(i - 1))
                || (p is "for" && pp is "assessment" or "reassessment" or "referral" or "review" or "appointment" or "package") || NameOnIs(i))) return 1;
            // "carer chaminda was lovely", "the driver tomasz is": a role, then a word, then a person's doing.
            if (NameCues.Roles.Contains(p) && !Possessive(i - 1) && ActsNext(i, orEnds: false)) return 2;
            // "the girl in the office vaishvi was rude", "the lady on reception tom said": a role placed at an office, then a
            // word, then a person's doing.
            if (RoleAtOffice(i) && ActsNext(i, orEnds: false)) return 2;
            return p is "and" or "but" or "so" or "then" or "when" or "because" or "cos" or "until" && i + 1 < n && IsSpace(Gap(i + 1))
                && (kinds[i + 1] & Kind.Lower) != 0 && NameCues.PersonVerbs.Contains(Word(i + 1)) ? 2 : 0;
        }

        private bool LowerPair(int i) =>
            i + 1 < n && IsSpace(Gap(i + 1)) && Is(i + 1, Kind.Lower) && LowerNameLike(i, alone: true) && LowerNameLike(i + 1, alone: true);

        // "the name on it is", "the name on the account was": a name's "is" a few words after "name on" or "name under".
        private bool NameOnIs(int i)
        {
            if (Word(i - 1) is not ("is" or "was")) return false;
            for (var j = i - 3; j >= 0 && j >= i - 6; j--)
            {
                if (Gap(j + 1).ContainsAny('.', '!', '?') || Gap(j + 1).Contains('\n')) return false;
                if (Word(j).Equals("name", StringComparison.OrdinalIgnoreCase)) return Word(j + 1) is "on" or "under";
            }
            return false;
        }

        private static bool Greeting(ReadOnlySpan<char> w) =>
            w.Equals("hello", StringComparison.OrdinalIgnoreCase) || w.Equals("hi", StringComparison.OrdinalIgnoreCase)
            || w.Equals("hiya", StringComparison.OrdinalIgnoreCase) || w.Equals("hey", StringComparison.OrdinalIgnoreCase)
            || w.Equals("morning", StringComparison.OrdinalIgnoreCase) || w.Equals("afternoon", StringComparison.OrdinalIgnoreCase)
            || w.Equals("evening", StringComparison.OrdinalIgnoreCase) || w.Equals("hallo", StringComparison.OrdinalIgnoreCase);

        // "the girl in the office", "the man on reception", "the lady at the front desk": a role, then where it sits, ending
        // just before the word at i (up to five words back).
        private bool RoleAtOffice(int i)
        {
            var place = Word(i - 1);
            if (!(NameCues.Offices.Contains(place) || place is "reception" or "Reception" or "desk" or "phones" or "switchboard") || i < 3) return false;
            var k = i - 2;
            if (Word(k) is "front" or "main" && k > 1) k--;
            if (Word(k) is "the" && k > 1) k--;
            return Word(k) is "in" or "at" or "on" or "from" && k >= 1 && NameCues.Roles.Contains(Word(k - 1)) && IsSpace(Gap(k))
                && !Gap(i - 1).ContainsAny(".!?,\n".AsSpan());
        }

        /// <summary>
        /// "Re: DAREK TWISTLETON-WYKEHAM, DOB 10.02.1947", "on behalf of Ercan Just (DOB 10/03/1953)": up to three capitalised
        /// words just before a date of birth are whose it is. The first must be a name by the lists or no English word, unless
        /// a name was found just before it ("Ercan" then "Just"). Returns the last word's index, or -1. Not "ID, DOB" (too
        /// short), "Orsett Hospital, DOB" (a place), "Name, DOB" (a label).
        /// </summary>
        public int BeforeBirthDate(int i, List<Found> found)
        {
            var joined = found.Count > 0 && i > 0 && found[^1].End == tokens[i - 1].Start + tokens[i - 1].Length && IsSpace(Gap(i));
            if (!joined && (Is(i, Kind.Word) && !Strongly(i) || Is(i, Kind.Weak))) return -1;
            for (var last = i; last < Math.Min(n, i + 3); last++)
            {
                if (last > i && !IsSpace(Gap(last)) && Gap(last) is not "-") return -1;
                var w = Word(last);
                if (!Is(last, Kind.Capital | Kind.Upper) || w.Length < 3 || Is(last, Kind.Stop | Kind.Keep | Kind.Protected)
                    || NameCues.Institutions.Contains(w) || NameCues.Roles.Contains(w) || NameCues.Titles.Contains(w)) return -1;
                if (last + 1 < n && Gap(last + 1) is ", " or " (" or "," or " - " or " , " && Word(last + 1).Equals("dob", StringComparison.OrdinalIgnoreCase))
                    return last;
            }
            return -1;
        }

        public bool WeekdayBeforeName(int i) =>
            i + 1 < n && NameCues.Weekdays.Contains(Word(i)) && IsSpace(Gap(i + 1)) && Is(i + 1, Kind.Capital | Kind.Upper)
            && !(i > 0 && NameCues.Titles.Contains(Word(i - 1)) && IsSpace(Gap(i)));

        /// <summary>
        /// "Case study: Savannah, 71, told our outreach worker": a capitalised word, then an age between commas, then lower-case
        /// text, as reports introduce a person. Not "Ward 7, 12, was" (a number before), nor a place or provider.
        /// </summary>
        public bool Aged(int i)
        {
            if (i + 1 >= n || !Is(i, Kind.Capital) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected) || Word(i).Length < 3
                || NameCues.Institutions.Contains(Word(i)) || NameCues.Roles.Contains(Word(i)) || NameCues.Titles.Contains(Word(i))
                || NameCues.Weekdays.Contains(Word(i)) || NameCues.MonthAbbreviations.Contains(Word(i)) || Is(i + 1, Kind.Upper)) return false;
            // After the age a word in lower case ("Ayo, 82, said") or the place the person lives ("Ayo, 82, Chadwell St Mary:"),
            // where a name must be no English word ("Room, 12, Stanford" is no one).
            if (Is(i + 1, Kind.Capital) && Is(i, Kind.Word)) return false;
            var gap = Gap(i + 1);
            if (gap.Length is < 5 or > 7 || !gap.StartsWith(", ") || !gap.EndsWith(", ")) return false;
            var age = gap[2..^2];
            return age.Length is 1 or 2 or 3 && !age.ContainsAnyExceptInRange('0', '9') && int.Parse(age, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 110;
        }

        // The clause ends after the word, or goes on as it does after a person: "my carer is heulwen.", "… heulwen and she",
        // not "the therapist was vey kind" (a misspelling before the word it qualifies).
        private bool ClauseEnds(int i)
        {
            if (i + 1 >= n) return true;
            var gap = Gap(i + 1);
            if (!IsSpace(gap)) return gap.Trim().Length > 0;
            return Word(i + 1) is "and" or "who" or "she" or "he" or "but" or "from" or "x" or "xx";
        }

        /// <summary>
        /// "Yours faithfully\nT. Postlethwaite", "Mrs H Postlethwaite", "spoke to J. Okafor": an initial, then a surname a list
        /// holds or a capitalised word no dictionary holds. Returns the surname's index, or -1. Not "A Smith" or "I Smith"
        /// without a full stop (a word), nor "Block B Reception" (no surname), nor "Hepatitis C Clinic" (a provider), nor "A&amp;E".
        /// </summary>
        public int InitialThenSurname(int i)
        {
            if (tokens[i].Length != 1 || !char.IsUpper(text[tokens[i].Start]) || i + 1 >= n) return -1;
            // "A&E. Åke", "A&E HOLD UP", "24/7": a letter joined to what comes before is no initial.
            if (tokens[i].Start > 0 && !char.IsWhiteSpace(text[tokens[i].Start - 1]) && text[tokens[i].Start - 1] is not ('(' or ',' or '"' or '-' or '\'' or '‘' or '“')) return -1;
            // "from A - B. Lwandle", "THAT O E QAS": letters in a row are no initial.
            if (i > 0 && tokens[i - 1].Length == 1 && Gap(i).Trim().Length <= 1) return -1;
            var gap = Gap(i + 1);
            if (gap is not (" " or ". " or ".")) return -1;
            if (gap is " " && Word(i) is "A" or "I") return -1;
            var next = i + 1;
            // "R. Ó Briain", "R. Ní Bhriain": an Irish surname's joining word after the initial.
            if (Word(next) is "Ó" or "Ní" or "Nic" or "Uí" or "Ua" && next + 1 < n && IsSpace(Gap(next + 1)) && Is(next + 1, Kind.Capital)) next++;
            var shouted = Is(next, Kind.Upper) && (caseless || ShoutedRun(next));
            if (!(Is(next, Kind.Capital) || shouted) || Word(next).Length < 3 || IsContraction(next) || Is(next, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak)) return -1;
            if (NameCues.Institutions.Contains(Word(next)) || NameCues.Roles.Contains(Word(next)) || NameCues.Titles.Contains(Word(next))) return -1;
            if (next + 1 < n && IsSpace(Gap(next + 1)) && NameCues.Institutions.Contains(Word(next + 1))) return -1;
            return !Is(next, Kind.Word) || Is(next, Kind.Surname) ? next : -1;
        }

        /// <summary>
        /// "heulwen's carer is great", "torquil's visits": in lower case, a word no dictionary holds, spelt like a name, whose
        /// role or belonging follows. Not "mum's carer" (a role), "the council's team" (a word), "zimmer's wheels" (kept).
        /// </summary>
        private bool LowerPossessive(int i) =>
            Possessive(i) && i + 1 < n && IsSpace(Gap(i + 1)) && (NameCues.Roles.Contains(Word(i + 1)) || NameCues.Belongings.Contains(Word(i + 1)))
            && LowerNameLike(i, alone: false) && lists.NameShape.Score(Word(i)) >= 0;

        /// <summary>
        /// "waiting for Petra to send the forms", "we r still waiting 4 shagufta to ring": someone waited on to do something,
        /// with the phone spellings "4" and "2" for "for" and "to".
        /// </summary>
        private bool WaitingFor(int i)
        {
            if (i == 0 || i + 1 >= n) return false;
            var gap = Gap(i);
            int waiting;
            if (gap.Trim() is "4" && gap.Length <= 4) waiting = i - 1;
            else if (IsSpace(gap) && i >= 2 && Word(i - 1).Equals("for", StringComparison.OrdinalIgnoreCase) && IsSpace(Gap(i - 1))) waiting = i - 2;
            else return false;
            if (!Word(waiting).StartsWith("wait", StringComparison.OrdinalIgnoreCase) || Word(waiting).Length > 7) return false;
            var after = Gap(i + 1);
            return (after.Trim() is "2" && after.Length <= 4) || (IsSpace(after) && Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// "still waiting 4 vital to send the forms", "waiting for miracle 2 ring back": after waiting for someone, a listed
        /// first name that is also an English word, when what it is waited on to do is what a person does (send, ring,
        /// reply). Not "waiting for approval to come" nor "waiting for transport to arrive" (no such name, no such doing).
        /// </summary>
        private bool WaitedOnToAct(int i) =>
            Is(i, Kind.First) && Is(i, Kind.Word) && !Is(i, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected) && Word(i).Length > 2
            && !NameCues.UsuallyWords.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i)) && !NameCues.Institutions.Contains(Word(i))
            && i + 2 < n && IsSpace(Gap(i + 2)) && Is(i + 2, Kind.Lower) && NameCues.PersonActs.Contains(Word(i + 2));

        // "asked to differrent", "told to wait": after asking or telling, "to" leads to what is to be done, not a person.
        private static bool Infinitive(ReadOnlySpan<char> p, ReadOnlySpan<char> pp) =>
            p.Equals("to", StringComparison.OrdinalIgnoreCase) && pp is "ask" or "asked" or "asking" or "asks" or "told" or "tell" or "tells" or "telling";

        // No English word, role or title, no letter three times over ("sooo"), and spelt like a name; alone on the last line
        // after a closing ("thanks again\nguled") the spelling is not asked.
        private bool LowerNameLike(int i, bool alone) =>
            !Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) && Word(i).Length > 2 && !IsContraction(i) && !DroppedG(Word(i))
            && !NameCues.Institutions.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i)) && !NameCues.Titles.Contains(Word(i))
            && !Stretched(Word(i)) && (alone || Strongly(i) || NameCues.HasNameAffix(Word(i)) || lists.NameShape.Score(Word(i)) >= NameCues.ShapeFloor);

        // "comin", "goin", "nothin": a word whose "g" a phone or a speaker dropped, not a name.
        private bool DroppedG(ReadOnlySpan<char> w)
        {
            if (w.Length < 4 || !w.EndsWith("in", StringComparison.OrdinalIgnoreCase) || w.Length > 20) return false;
            Span<char> g = stackalloc char[w.Length + 1];
            w.CopyTo(g);
            g[^1] = 'g';
            return lists.EnglishWords.Contains(g);
        }

        private static bool Stretched(ReadOnlySpan<char> w)
        {
            for (var j = 2; j < w.Length; j++)
            {
                if (w[j] == w[j - 1] && w[j] == w[j - 2]) return true;
            }
            return false;
        }

        /// <summary>Words that give a person's name or nickname: "calls her Bibi", "called him Jimbo", "known as Shaz", "aka Dazza".</summary>
        private bool NamingVerb(int i)
        {
            if (i == 0 || !IsCueGap(Gap(i)) && Gap(i).Trim() is not "(") return false;
            var p = Word(i - 1);
            if (p.Equals("aka", StringComparison.OrdinalIgnoreCase)) return true;
            if (i < 2 || !IsSpace(Gap(i - 1))) return false;
            var pp = Word(i - 2);
            if (p.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                // "known as Shaz", and "knows her as Gurnam", "we know him as Jim".
                var k = pp is "him" or "her" or "them" or "HIM" or "HER" && i >= 3 && IsSpace(Gap(i - 2)) ? Word(i - 3) : pp;
                return k.Equals("known", StringComparison.OrdinalIgnoreCase) || k.Equals("knows", StringComparison.OrdinalIgnoreCase)
                    || k.Equals("know", StringComparison.OrdinalIgnoreCase) || k.Equals("knew", StringComparison.OrdinalIgnoreCase);
            }
            return p is "him" or "her" or "me" or "them" or "HIM" or "HER" && pp is "call" or "calls" or "called" or "calling" or "Call" or "Calls" or "CALL" or "CALLS" or "CALLED";
        }

        /// <summary>
        /// "Sue, Raj and Tomasz", "Raj, Tomasz, Wiesław": the other members of a list one of whose names was found. A member
        /// is capitalised (or in capitals in a shouted sentence), listed or no English word, and no place, role or title.
        /// Adds the members after <paramref name="last"/>; returns the last token taken.
        /// </summary>
        public int ListedAfter(int last, List<Found> found)
        {
            var j = last;
            var taken = new List<(int First, int Last)>(2);
            // A member is a whole name: "Ceyhun Rapp, Shuying Ní Bhraonáin, Suze".
            while (j + 1 < n && Gap(j + 1) is ", " && Member(j + 1)) taken.Add((j + 1, j = MemberEnd(j + 1)));
            var and = AndNext(j);
            var closed = and > 0 && Member(and);
            if (closed) taken.Add((and, j = MemberEnd(and)));
            // Without "and", two names and a comma may be a clause ("Raj, Bristol is…"): take them only as a list of three, or
            // as the last of a list that began before the found name and ends with its line ("Present: Ana Vlad, Irum" and a new line).
            if (!closed && taken.Count < 2 && !(taken.Count == 1 && (ListBefore(last) && LineEndsAfter(j) || AndAllAfter(j)))) return last;
            foreach (var (first, end) in taken) found.Add(new(tokens[first].Start, tokens[end].Start + tokens[end].Length - tokens[first].Start, Redactor.Name, true));
            return j;
        }

        private int MemberEnd(int k)
        {
            var end = Extend(k, cued: false);
            // "Ana Vlad, Irum Apologies: none" on one line: a label after the member is no part of its name.
            while (end > k && NameCues.ListLabels.Contains(Word(end))) end--;
            return end;
        }

        // The found name that starts at or before <paramref name="last"/> was itself a list's member: ", " before its first word.
        private bool ListBefore(int last)
        {
            var k = last;
            while (k > 0 && IsSpace(Gap(k)) && Is(k - 1, Kind.Capital | Kind.Upper) && last - k < NameCues.MaxTokens) k--;
            return k > 0 && (Gap(k).EndsWith(", ") || Gap(k).TrimEnd(' ').EndsWith(":"));
        }

        private bool LineEndsAfter(int j) =>
            j + 1 >= n ? text.AsSpan(tokens[j].End).Trim(" .".AsSpan()).Length == 0
                : Gap(j + 1).Contains('\n') || Gap(j + 1).Trim(' ') is "." || (NameCues.ListLabels.Contains(Word(j + 1)) && text.AsSpan(tokens[j + 1].End).TrimStart(' ').StartsWith(":"));

        /// <summary>
        /// "Winsome Kandiah", "Guy Lončar", "MYRON THISTLETHWAITE": a listed first name, though also a word, followed by a
        /// capitalised word no list or dictionary holds, spelt like a name, and no place or provider after it. Returns the
        /// surname's index, or -1.
        /// </summary>
        public int FirstThenUnlisted(int i)
        {
            if (i + 1 >= n || !Is(i, Kind.First) || Is(i, Kind.Weak | Kind.Stop | Kind.Keep | Kind.Protected) || !IsSpace(Gap(i + 1))
                || tokens[i].End != tokens[i].Start + tokens[i].Length || NameCues.Roles.Contains(Word(i)) || NameCues.Titles.Contains(Word(i))) return -1;
            var shouted = Is(i, Kind.Upper) && (caseless || ShoutedRun(i));
            if (!(Is(i, Kind.Capital) || shouted)) return -1;
            var next = i + 1;
            if (shouted ? !Is(next, Kind.Upper) : !Is(next, Kind.Capital)) return -1;
            if (!Unknown(next, shoutedToo: shouted) || IsContraction(next) || Word(next).Length < 4) return -1;
            if (next + 1 < n && IsSpace(Gap(next + 1)) && NameCues.Institutions.Contains(Word(next + 1))) return -1;
            if (i > 0 && Word(i - 1) is "St" or "ST" or "Saint") return -1;
            return lists.NameShape.Score(Word(next)) >= 0 ? next : -1;
        }

        /// <summary>"Sue, Raj and Tomasz" found at "Raj": the members before it, when it goes on as a list (", " or " and ").</summary>
        public void ListedBefore(int i, List<Found> found)
        {
            // "Thank you Abbey & Çetiner", "GUIYING AND ALKIŞ ON THE NIGHT SHIFT": the one named with a found name, before it.
            if (AndBefore(i) is var pair and >= 0)
            {
                if (found.Count == 0 || found[^1].End <= tokens[pair].Start) found.Add(new(tokens[pair].Start, tokens[pair].Length, Redactor.Name, true));
                return;
            }
            if (i < 1 || Gap(i) is not ", " || !Member(i - 1)) return;
            if (!(i + 2 < n && ((Gap(i + 1) is ", " && Member(i + 1)) || (AndNext(i) is var next and > 0 && Member(next)) || AndAllAfter(i)))) return;
            var k = i - 1;
            while (k > 0 && Gap(k) is ", " && Member(k - 1)) k--;
            for (var j = k; j < i; j++)
            {
                if (found.Count > 0 && found[^1].End > tokens[j].Start) continue;
                found.Add(new(tokens[j].Start, tokens[j].Length, Redactor.Name, true));
            }
        }

        // "To Tharani, Penny and all the girls at …", "Thanks to Eilidh, Penny and everyone": a list of people closed by
        // "and all" or "and everyone" after the found name.
        private bool AndAllAfter(int i) =>
            i + 2 < n && IsSpace(Gap(i + 1)) && IsSpace(Gap(i + 2)) && Word(i + 1) is "and" or "And"
            && (Word(i + 2) is "all" or "everyone" or "everybody"
                || (Word(i + 2) is "the" && i + 3 < n && (NameCues.Roles.Contains(Word(i + 3)) || Word(i + 3) is "girls" or "staff" or "team")));

        // The member before a found name joined to it by "and" or "&", when no list comes before it: "Abbey & Çetiner".
        private int AndBefore(int i)
        {
            var k = i >= 1 && Gap(i) is " & " or "&" ? i - 1 : i >= 2 && Word(i - 1) is "and" or "AND" or "And" && IsSpace(Gap(i)) && IsSpace(Gap(i - 1)) ? i - 2 : -1;
            if (k < 0 || Possessive(k) || !Member(k) || (k > 0 && Gap(k) is ", ")) return -1;
            // "VERY KNOWLEDGABLE AND POLITEYOUNG": in capitals, a misspelt word is as likely; it must be listed or spelt like a name.
            if (!Is(k, Kind.Capital) && !Is(k, Kind.First | Kind.Surname | Kind.Weak) && lists.NameShape.Score(Word(k)) < 0) return -1;
            // "in Tilbury and Ifrax": a place or thing word before the first is no list of people.
            return k > 0 && NameCues.BeforeThings.Contains(Word(k - 1)) && !SentenceStart(k) ? -1 : k;
        }

        // "spoke 2 Kemar", "talked 2 sofie": a contact verb, then "2" written for "to" (not "asked 2 questions": "asked" and
        // "told" take "to" before a deed, as Infinitive says).
        private bool TextSpeltTo(int i) =>
            i >= 1 && Gap(i) is " 2 " && NameCues.ContactVerbs.Contains(Word(i - 1)) && !Infinitive("to", Word(i - 1));

        /// <summary>
        /// "(raised by Ibtisam) - ŽANETA asked why", "then HEDDA said": in mixed-case text, one word in capitals that no
        /// dictionary holds, spelt like a name or listed as one, before a person's doing in lower case. Not "CQC said" nor
        /// "DWP rang" (spelt as no name is), nor "PALS rang" (a word).
        /// </summary>
        public bool ShoutedDoer(int i) =>
            !caseless && Is(i, Kind.Upper) && Word(i).Length > 3 && !ShoutedRun(i) && !IsContraction(i)
            && !Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) && !NameCues.Institutions.Contains(Word(i))
            && i + 1 < n && IsSpace(Gap(i + 1)) && Is(i + 1, Kind.Lower) && NameCues.PersonVerbs.Contains(Word(i + 1))
            && (i == 0 || !NameCues.Articles.Contains(Word(i - 1))) && Voweled(Word(i))
            && (Is(i, Kind.First | Kind.Surname) || lists.NameShape.Score(Word(i)) >= NameCues.ShapeAccept);

        /// <summary>
        /// "Rota: Mon Hawre / Tue Sari / Wed agency", "[09:14] Supaporn: is anyone coming": a capitalised word that is no
        /// English word, after a weekday and before a slash, a comma or the line's end (a rota's entry), or after a chat
        /// line's time and before its colon (who wrote it).
        /// </summary>
        public bool RotaOrSpeaker(int i)
        {
            // "[09:42, 02/02/2025] Bell: carers didnt come": where a chat line puts its writer a listed name is one, though a word.
            if (Is(i, Kind.Capital) && Is(i, Kind.First | Kind.Surname) && !Is(i, Kind.Stop | Kind.Keep | Kind.Protected) && i + 1 < n && Gap(i + 1).StartsWith(":")
                && (i == 0 ? text.AsSpan(0, tokens[0].Start) : Gap(i)) is var stamp && (ChatTimeBefore(stamp) || (stamp.Length >= 3 && stamp[^1] == ' ' && stamp[^2] == ']' && char.IsDigit(stamp[^3]))))
                return true;
            var before = i >= 1 ? Gap(i) : text.AsSpan(0, tokens[0].Start);
            var after = i + 1 < n ? Gap(i + 1) : text.AsSpan(tokens[i].End);
            // "Mon 07:30 Parminder / 12:15 Uldis / 17:00 Josh": a rota's time of day, then who comes, before a slash or a comma;
            // a listed first name that is a word too ("Josh") is one here.
            if (Is(i, Kind.Capital) && ClockBefore(before) && !before.Contains('\n') && (after.TrimStart(' ').StartsWith("/") || after.TrimStart(' ').StartsWith(",")
                || after.TrimStart(' ').StartsWith("\n") || (i + 1 >= n && after.Trim().Length == 0))) return NameWord(i, alone: false) && !NameCues.UsuallyWords.Contains(Word(i));
            if (!Is(i, Kind.Capital) || Word(i).Length < 3 || Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected) || IsContraction(i)
                || NameCues.Roles.Contains(Word(i)) || NameCues.Institutions.Contains(Word(i))) return false;
            if (before.Length >= 3 && before[^1] == ' ' && before[^2] == ']' && char.IsDigit(before[^3])) return after.StartsWith(":");
            // "14/03/2025, 21:07 - Sinfi: has anyone…": a chat export's line, its time, a dash, then who wrote it.
            if (ChatTimeBefore(before) && after.StartsWith(":")) return true;

            if (i < 1 || !NameCues.Weekdays.Contains(Word(i - 1))) return false;
            if (IsSpace(before) && (after.TrimStart(' ').StartsWith("/") || after.TrimStart(' ').StartsWith(",") || after.TrimStart(' ').StartsWith("\n") || after.Trim().Length == 0))
                return true;
            // A diary's day, then who came: "Mon - Xiaoming came at 7.40", "Tue: Ebtisam rang".
            return (IsSpace(before) || before.Trim() is "-" or "–" or ":") && !before.Contains('\n') && i + 1 < n && IsSpace(after)
                && Is(i + 1, Kind.Lower) && NameCues.PersonVerbs.Contains(Word(i + 1));
        }

        // "bins", "fields": an English word that is another English word and an "s".
        private bool PluralNoun(int j)
        {
            var w = Word(j);
            return w.Length > 3 && w[^1] is 's' or 'S' && Is(j, Kind.Word) && lists.EnglishWords.Contains(w[..^1]);
        }

        // "Re-enable", "Follow-up": a word whose part after a hyphen is in lower case is no name ("Anne-Marie" is).
        private static bool LowerAfterHyphen(ReadOnlySpan<char> w)
        {
            var dash = w.IndexOf('-');
            return dash > 0 && dash + 1 < w.Length && char.IsLower(w[dash + 1]);
        }

        // " 07:30 " before a rota's name: a time of day, hours and minutes, and a space ("0.10 ChangeLog" is a version).
        private static bool ClockBefore(ReadOnlySpan<char> before)
        {
            var t = before.TrimEnd(' ');
            if (t.Length == before.Length || t.Length < 4 || !char.IsAsciiDigit(t[^1]) || !char.IsAsciiDigit(t[^2]) || t[^3] != ':'
                || !char.IsAsciiDigit(t[^4])) return false;
            return t.Length == 4 || !char.IsAsciiDigit(t[^5]) || t.Length == 5 || !char.IsAsciiDigit(t[^6]);
        }

        // " 21:07 - " before a chat export's writer (the date before it is another token): a time, then a dash.
        private static bool ChatTimeBefore(ReadOnlySpan<char> before)
        {
            var t = before.TrimEnd(' ');
            if (t.Length < 1 || t[^1] is not ('-' or '–')) return false;
            t = t[..^1].TrimEnd(' ');
            return t.Length == 0 || char.IsDigit(t[^1]) || t.EndsWith("am", StringComparison.OrdinalIgnoreCase) || t.EndsWith("pm", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// "Marcs been amazing with dad", "Aliyas always late": a name whose "'s" lost its apostrophe on a phone, then what
        /// follows "is" or "has". The word less its "s" must be a listed first name that is no English word, or spelt like a
        /// name; "Parents been", "Jacks been" (a word) stay.
        /// </summary>
        public bool ApostropheDropped(int i)
        {
            var w = Word(i);
            if (w.Length < 4 || w[^1] != 's' || i + 1 >= n || !IsSpace(Gap(i + 1))
                || !Is(i, Kind.Capital) || Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected)) return false;
            var next = Word(i + 1);
            // "Akuas mum rang", "Pegrums office never answered", "Kwames carer": the possessive's apostrophe lost before family, a
            // role or what a person has, not after "the" or "a" ("the Jenkins office").
            var owned = (NameCues.Kin.Contains(next) || NameCues.Roles.Contains(next) || NameCues.Belongings.Contains(next) || next is "office" or "house" or "flat")
                && Is(i + 1, Kind.Lower) && (i == 0 || !NameCues.Determiners.Contains(Word(i - 1)));
            if (!owned && next is not ("been" or "always" or "never" or "just" or "got" or "gone" or "so" or "really" or "very")) return false;
            var stem = w[..^1];
            if (lists.EnglishWords.Contains(stem) || lists.KeepWords.Contains(stem) || NameCues.Roles.Contains(stem) || NameCues.Institutions.Contains(stem)
                || NameCues.Stop.Contains(stem)) return false;
            // The dropped apostrophe says a person's "is" or "has", so a spelling between a name's and a word's will do.
            return lists.FirstNames.Contains(stem) || (owned && lists.Surnames.Contains(stem))
                || (stem.Length >= 4 && stem.IndexOfAny(Vowels) >= 0 && lists.NameShape.Score(stem) >= 0);
        }

        /// <summary>
        /// "walked to the park with Faustina from next door", "Valdis next door keeps an eye": a neighbour named by where they live.
        /// The word listed or spelt like a name, not a kept place or provider.
        /// </summary>
        public bool Neighbour(int i)
        {
            if (i + 2 >= n || !Is(i, Kind.Capital) || !IsSpace(Gap(i + 1)) || !NameWord(i, alone: false)) return false;
            var j = Word(i + 1) is "from" && IsSpace(Gap(i + 2)) ? i + 2 : i + 1;
            return j + 1 < n && Word(j) is "next" && IsSpace(Gap(j + 1)) && Word(j + 1) is "door";
        }

        /// <summary>
        /// "MCA stage 2: Ilse could not retain", "Kipling Towers: Ondrej fell", "log 03:10: Mabli (flat 7) pulled", "Release plan:
        /// Dinny Cruttenden leaves": after a label and its colon, a capitalised word spelt like a name (and a second one), then
        /// what the person did in lower case or a bracket. No English word and no capital inside, so "Action: Review the",
        /// "Note: Please call" and "Subject: Re: OpenLDAP issues" stay. Returns the name's last token, or -1.
        /// </summary>
        public int AfterLabel(int i)
        {
            if (caseless || i == 0 || !Is(i, Kind.Capital) || !Gap(i).TrimEnd(' ').EndsWith(":") || Gap(i).Contains('\n') || !Gap(i).EndsWith(" ")
                || Gap(i).TrimEnd(' ').EndsWith("::") || !NameWord(i, alone: true) || InnerCapital(Word(i)) || LowerAfterHyphen(Word(i))) return -1;
            var last = i;
            if (i + 1 < n && IsSpace(Gap(i + 1)) && Is(i + 1, Kind.Capital) && NameWord(i + 1, alone: true) && !InnerCapital(Word(i + 1)) && !Possessive(i + 1)) last = i + 1;
            if (tokens[last].End != tokens[last].Start + tokens[last].Length) return -1;
            var after = last + 1 < n ? Gap(last + 1) : text.AsSpan(tokens[last].End);
            if (after is " (" && last + 1 < n && Is(last + 1, Kind.Lower)) return last;
            // Two such words are a full name whatever follows: "note: Ffraid Basso at risk".
            if (last > i && (last + 1 >= n || IsSpace(after) && Is(last + 1, Kind.Lower) || after.TrimStart(' ') is [',' or '.' or '(' or '-', ..])) return last;
            return last + 1 < n && IsSpace(after) && Is(last + 1, Kind.Lower) && !IsContraction(last + 1)
                && (NameCues.PersonVerbs.Contains(Word(last + 1)) || NameCues.PersonNext.Contains(Word(last + 1)) || NameCues.LabelDoings.Contains(Word(last + 1))) ? last : -1;
        }

        /// <summary>
        /// "email is mabsneberd@example.co.uk - Mabs", "theofanis.n@… Theofanis": a capitalised word that opens the local part of
        /// an email in the same text is the name its writer goes by. No English word, four letters or more, no capital inside; "Info" before info@…, "Git" before git@… and "GnuPG" before gnupg-devel@… stay.
        /// </summary>
        public bool InEmail(int i)
        {
            // A name signing off stands before a new sentence, a surname or the end, not before a lower-case word ("The Debian
            // mailing list 'debian-sgml@…'").
            if (!hasAt || !Is(i, Kind.Capital) || Word(i).Length < 4 || (i + 1 < n && IsSpace(Gap(i + 1)) && Is(i + 1, Kind.Lower)) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak)
                || Is(i, Kind.Word) || InnerCapital(Word(i)) || NameCues.Roles.Contains(Word(i))
                || NameCues.Institutions.Contains(Word(i)) || NameCues.Offices.Contains(Word(i))) return false;
            var w = Word(i);
            for (var at = text.AsSpan().IndexOfAny('@', '＠'); at >= 0;)
            {
                var start = at;
                while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-' or '+')) start--;
                // Not the word inside the address itself.
                if ((tokens[i].Start < start || tokens[i].Start >= at) && at - start >= w.Length && text.AsSpan(start, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase))
                    return true;
                var next = text.AsSpan(at + 1).IndexOfAny('@', '＠');
                at = next < 0 ? -1 : at + 1 + next;
            }
            return false;
        }

        /// <summary>
        /// "From Octave and her husband", "Nansubuga and his wife came": a capitalised word, then "and" with "her", "his" or
        /// "their" and family or a role, is a person. No English word unless a listed first name (not weak), so "Mind and
        /// their carers" stays.
        /// </summary>
        public bool WithFamily(int i)
        {
            if (i + 3 >= n || !Is(i, Kind.Capital) || !IsSpace(Gap(i + 1)) || Word(i + 1) is not ("and" or "&") && Gap(i + 1).Trim() is not "&") return false;
            var j = Word(i + 1) is "and" ? i + 2 : i + 1;
            if (j + 1 >= n || !IsSpace(Gap(j)) && Gap(j).Trim() is not "&" || Word(j) is not ("her" or "his" or "their") || !IsSpace(Gap(j + 1))
                || !(NameCues.Kin.Contains(Word(j + 1)) || NameCues.Roles.Contains(Word(j + 1)))) return false;
            return NameWord(i, alone: false) && !(Is(i, Kind.Word) && !Is(i, Kind.First)) && !NameCues.UsuallyWords.Contains(Word(i));
        }

        /// <summary>
        /// "agreed; Fenella to draft the letter", "Actions: Ngozi to chase OT": a name starting a clause, then "to" and what
        /// they will do, as minutes give out tasks. The word spelt like a name (or listed) and no English word; "Tilbury to
        /// Grays" and "Reablement to follow" stay.
        /// </summary>
        public bool GivenTask(int i)
        {
            if (i + 2 >= n || !Is(i, Kind.Capital) || !SentenceStart(i) || !IsSpace(Gap(i + 1)) || Word(i + 1) is not "to" || !IsSpace(Gap(i + 2))
                || !Is(i + 2, Kind.Lower) || !NameWord(i, alone: true)) return false;
            return NameCues.PersonActs.Contains(Word(i + 2)) || NameCues.LabelDoings.Contains(Word(i + 2));
        }

        /// <summary>
        /// "all fine. from Bláthnaid", "Thanks again. From Tendai": a note signed "from" and a name alone, starting a sentence,
        /// before the text ends, a line ends or another sentence starts. The name listed or spelt like a name and no English
        /// word, so "From Monday we start" and "From Grays to Tilbury" stay.
        /// </summary>
        public bool SignedFrom(int i)
        {
            if (i == 0 || Word(i - 1) is not ("from" or "From") || !IsSpace(Gap(i)) || !SentenceStart(i - 1) || !Is(i, Kind.Capital) || !NameWord(i, alone: true)) return false;
            if (i + 1 >= n) return text.AsSpan(tokens[i].End).Trim().Length <= 3;
            var after = Gap(i + 1);
            return after.Contains('\n') || (IsSpace(after) && Is(i + 1, Kind.Capital) && !Is(i + 1, Kind.First | Kind.Surname)) || after.Trim(' ') is "." or "!";
        }

        /// <summary>
        /// "Still waiting to hear from Arbnor", "I have not heard back from Gurdip": who one waits to hear from is a person.
        /// The word must be capitalised, no English word (unless a listed first name), and no place or provider ("hear from
        /// Adult Social Care").
        /// </summary>
        public bool HeardFrom(int i)
        {
            if (i < 2 || !Word(i - 1).Equals("from", StringComparison.OrdinalIgnoreCase) || !IsSpace(Gap(i))
                || !Is(i, Kind.Capital) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak | Kind.Upper)) return false;
            var verb = Word(i - 2).Equals("back", StringComparison.OrdinalIgnoreCase) && i >= 3 ? Word(i - 3) : Word(i - 2);
            if (!(verb.Equals("hear", StringComparison.OrdinalIgnoreCase) || verb.Equals("heard", StringComparison.OrdinalIgnoreCase)
                || verb.Equals("hearing", StringComparison.OrdinalIgnoreCase))) return false;
            if (NameCues.Roles.Contains(Word(i)) || NameCues.Institutions.Contains(Word(i)) || NameCues.Offices.Contains(Word(i))
                || (i + 1 < n && IsSpace(Gap(i + 1)) && (NameCues.Institutions.Contains(Word(i + 1)) || NameCues.Offices.Contains(Word(i + 1))))) return false;
            return (Is(i, Kind.First | Kind.Surname) && !Is(i, Kind.Word)) || (Is(i, Kind.First) && !Is(i, Kind.Weak))
                || (!Is(i, Kind.Word) && Word(i).IndexOfAny(Vowels) >= 0 && lists.NameShape.Score(Word(i)) >= NameCues.ShapeFloor);
        }

        /// <summary>
        /// "Handover - Orpah (senior carer) to", "Efua (social worker) rang": a capitalised word, then in brackets at most three
        /// words ending in a role. The word must be no English word, or a listed first name; "Reablement (carers)" and
        /// "Hospital (nurse)" stay.
        /// </summary>
        /// <remarks>In lower case ("Me and kajendran (my partner) both care") the word must be no English word; "(son of one of
        /// our service users)" is a role in brackets too.</remarks>
        public bool NameBeforeRole(int i)
        {
            if (i + 1 >= n || Gap(i + 1) is not " (" and not "(" || !(Is(i, Kind.Capital) || LowerNameLike(i)) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak | Kind.Upper)
                || NameCues.Roles.Contains(Word(i)) || NameCues.Institutions.Contains(Word(i)) || NameCues.Titles.Contains(Word(i))) return false;
            for (var j = i + 1; j < Math.Min(n, i + 4); j++)
            {
                if (j > i + 1 && !IsSpace(Gap(j))) return false;
                var close = j + 1 < n ? Gap(j + 1) : text.AsSpan(tokens[j].End);
                var roleOf = j == i + 1 && NameCues.Roles.Contains(Word(j)) && IsSpace(close) && j + 1 < n && Word(j + 1) is "of";
                if (close.StartsWith(")") || roleOf) return (NameCues.Roles.Contains(Word(j)) || Word(j) is "chair" or "Chair" or "chairperson" or "secretary" or "treasurer" or "minutes")
                    && ((Is(i, Kind.First) && !Is(i, Kind.Weak) && !Is(i, Kind.Lower)) || (!Is(i, Kind.Word) && Word(i).IndexOfAny(Vowels) >= 0 && lists.NameShape.Score(Word(i)) >= NameCues.ShapeFloor));
            }
            return false;
        }

        // A lower-case word in mixed text that is no English word (nor a stop, kept, protected or weak word), of three letters or more.
        private bool LowerUnknown(int i) =>
            Is(i, Kind.Lower) && !caseless && !Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) && Word(i).Length > 2;

        // A lower-case word in mixed text that could be a name by itself: no English word, listed or spelt like a name.
        private bool LowerNameLike(int i) =>
            LowerUnknown(i) && !NameCues.Roles.Contains(Word(i)) && !NameCues.Institutions.Contains(Word(i)) && !IsContraction(i)
            && (Is(i, Kind.First | Kind.Surname) || lists.NameShape.Score(Word(i)) >= NameCues.ShapeFloor);

        /// <summary>
        /// A lower-case name in mixed text placed beside a person: before a role in brackets ("Me and kajendran (my partner)"),
        /// between commas after a person and before their doing ("the lady who does my mums calls, joža, is lovely"), or
        /// before "is my dad" with its surname ("eurgain lukáč is my dad"). Returns the name's last token, or -1.
        /// </summary>
        public int LowerBesidePerson(int i)
        {
            // Asked of every lower-case word: the gaps and the next word are read before any list.
            if (i + 1 >= n) return -1;
            var next = Gap(i + 1);
            if (next is " (" or "(") return NameBeforeRole(i) ? i : -1;
            if (next is ", " && i > 0 && Gap(i) is ", ") return Apposed(i) ? i : -1;
            if (!IsSpace(next)) return -1;
            var last = Word(i + 1) is "is" or "was" ? i : i + 2 < n && Word(i + 2) is "is" or "was" ? i + 1 : -1;
            if (last < 0 || last + 3 >= n || Word(last + 2) is not ("my" or "our" or "his" or "her") || !NameCues.Roles.Contains(Word(last + 3))
                || !IsSpace(Gap(last + 1)) || !IsSpace(Gap(last + 2)) || !IsSpace(Gap(last + 3))) return -1;
            // The first word spelt like a name, or no word at all before a surname that is ("eurgain lukáč").
            if (!LowerNameLike(i) && !(last > i && LowerUnknown(i) && LowerNameLike(last))) return -1;
            // "kerstin gokhale is my dad", "iziaslav pun is my dad": the surname may be a word, but no role, doing or stop word.
            if (last > i && !(Is(last, Kind.Lower) && !Is(last, Kind.Stop | Kind.Keep | Kind.Protected) && Word(last).Length > 1
                && !NameCues.Roles.Contains(Word(last)) && !Doing(last) && !IsContraction(last))) return -1;
            return last;
        }

        // ", joža, is lovely" after "the lady who does my mums calls": a role earlier in the sentence, then a doing.
        private bool Apposed(int i)
        {
            if (!Is(i + 1, Kind.Lower) || !(NameCues.PersonNext.Contains(Word(i + 1)) || NameCues.PersonVerbs.Contains(Word(i + 1))) || !LowerNameLike(i)) return false;
            for (var j = i - 1; j >= Math.Max(0, i - 8); j--)
            {
                if (j < i - 1 && Gap(j + 1).IndexOfAny(",.!?\n") >= 0) return false;
                if (NameCues.Roles.Contains(Word(j)) && !Possessive(j)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Mr Le came", "Ms Ma rang": after a title, a capitalised joining word that no capitalised word follows is the surname
        /// itself (Vietnamese Le, Chinese Ma). "Mr Le Roux" is found as a whole by <see cref="TitleParticle"/>.
        /// </summary>
        public bool ParticleSurname(int i)
        {
            if (i < 1 || Word(i).Length != 2 || !Is(i, Kind.Capital) || !NameCues.Stop.Contains(Word(i)) || !NameCues.Particles.Contains(Word(i))
                || !IsSpace(Gap(i)) || !Honorific(Word(i - 1))) return false;
            return i + 1 >= n || !IsSpace(Gap(i + 1)) || !Is(i + 1, Kind.Capital);
        }

        private static bool Honorific(ReadOnlySpan<char> w) =>
            w.Equals("mr", StringComparison.OrdinalIgnoreCase) || w.Equals("mrs", StringComparison.OrdinalIgnoreCase) || w.Equals("ms", StringComparison.OrdinalIgnoreCase)
            || w.Equals("miss", StringComparison.OrdinalIgnoreCase) || w.Equals("mx", StringComparison.OrdinalIgnoreCase) || w.Equals("dr", StringComparison.OrdinalIgnoreCase);

        /// <summary>"Miss Cook", "Mr Driver", "MRS WARDEN": a role word right after a title is a surname when a list holds it.</summary>
        public bool SurnameAfterTitle(int i) =>
            i >= 1 && !Is(i, Kind.Lower) && IsSpace(Gap(i)) && Honorific(Word(i - 1)) && Is(i, Kind.Surname)
            && (i + 1 >= n || !IsSpace(Gap(i + 1)) || !NameCues.Institutions.Contains(Word(i + 1)));

        /// <summary>
        /// "…everything. Teddy mojumder 3 reviews · 1 photo": a review pasted from a maps site, whose writer's name (up to three
        /// words, any case) starts a sentence or line just before "N reviews". Returns the name's last token, or -1.
        /// </summary>
        /// <summary>
        /// "On Tue, 4 Feb 2025 at 16:02, Orpah Ó Conghaile &lt;orpah@example.com&gt; wrote:", "From: Ana Vlad &lt;ana@…&gt;": a quoted
        /// e-mail's writer, up to four capitalised words (joining words too) just before their address in angle brackets.
        /// Returns the name's last token, or -1.
        /// </summary>
        public int BeforeAddress(int i)
        {
            // Asked of every word: an angle bracket close after it, before any list is looked up.
            var bracket = false;
            for (var j = i; j < Math.Min(n, i + 4) && !bracket; j++) bracket = text.AsSpan(tokens[j].End).StartsWith(" <") || text.AsSpan(tokens[j].End).StartsWith("<");
            if (!bracket) return -1;
            if (!Is(i, Kind.Capital) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected) || NameCues.Titles.Contains(Word(i))) return -1;
            if (i > 0 && !SentenceStart(i) && !Gap(i).TrimEnd(' ').EndsWith(",") && !IsSpace(Gap(i))) return -1;
            for (var j = i; j < Math.Min(n, i + 4); j++)
            {
                if (j > i && (!IsSpace(Gap(j)) || !(Is(j, Kind.Capital) || NameCues.Particles.Contains(Word(j))))) return -1;
                var after = text.AsSpan(tokens[j].End);
                if (after.StartsWith(" <") || after.StartsWith("<"))
                {
                    var close = after.IndexOf('>');
                    return close > 0 && after[..close].Contains('@') ? j : -1;
                }
            }
            return -1;
        }

        public int ReviewHeader(int i)
        {
            // Asked of every word: the count's digits in a gap close after it, before any list is looked up.
            var counted = false;
            for (var j = i + 2; j < Math.Min(n, i + 4) && !counted; j++) counted = Gap(j).IndexOfAnyInRange('0', '9') >= 0;
            if (!counted) return -1;
            if ((Is(i, Kind.Lower) && !caseless) || Is(i, Kind.Stop | Kind.Keep | Kind.Protected) || (Is(i, Kind.Word) && !Is(i, Kind.First))) return -1;
            for (var j = i + 1; j < Math.Min(n, i + 4); j++)
            {
                var w = Word(j);
                var gap = Gap(j).Trim();
                // The count is no token: it is read from the gap ("… 3 reviews").
                if (gap.Length > 0)
                {
                    if (j == i + 1 || gap.Length > 4 || gap.ContainsAnyExceptInRange('0', '9') || !w.StartsWith("review", StringComparison.OrdinalIgnoreCase) || w.Length > 7) return -1;
                    // Then the site's dot ("3 reviews · 1 photo"), the line's end or the text's.
                    var rest = text.AsSpan(tokens[j].End).TrimStart(' ');
                    return (rest.Length == 0 || rest[0] is '·' or '•' or '\n' or '\r' or '|') && SentenceStart(i) ? j - 1 : -1;
                }
                if (Is(j, Kind.Stop) && !NameCues.Particles.Contains(w)) return -1;
            }
            return -1;
        }

        // Two vowels or more, and at least a quarter of the letters: names are ("ŽANETA", "BHUSHAN", "INGEBJØRG"), initials
        // seldom ("NELFT", "HMRC").
        private static bool Voweled(ReadOnlySpan<char> w)
        {
            var vowels = 0;
            foreach (var c in w.ToString().Normalize(System.Text.NormalizationForm.FormD))
            {
                if ("AEIOUYaeiouyØøÆæŒœ".Contains(c)) vowels++;
            }
            return vowels >= 2 && vowels * 4 >= w.Length;
        }

        /// <summary>
        /// Where a document's layout puts a person, whatever the word: who wrote a chat line ("Ghaith: I'll ring them"),
        /// someone @mentioned ("@Tormod can you ring"), and a family's member by a possessive ("According to Tone's daughter").
        /// The word must be capitalised, no place, role or title, no brand's or code's spelling ("WhatsApp", "Upstream-Name"),
        /// and but for the possessive listed or spelt like a name.
        /// </summary>
        public bool LaidOut(int i)
        {
            if (!Is(i, Kind.Capital) || Word(i).Length < 3 || Is(i, Kind.Stop | Kind.Keep | Kind.Protected) || IsContraction(i)
                || NameCues.Roles.Contains(Word(i)) || NameCues.Institutions.Contains(Word(i)) || NameCues.Titles.Contains(Word(i))
                || WordsJoined(Word(i)) || InnerCapital(Word(i))) return false;
            var start = tokens[i].Start;
            var end = tokens[i].End;
            // The place says a person, so a spelling between a name's and a word's will do, with a vowel ("Tormod", not "Fwd").
            var nameLike = (Is(i, Kind.First | Kind.Surname) && !Is(i, Kind.Word | Kind.Weak))
                || (!Is(i, Kind.Word | Kind.Weak) && Word(i).IndexOfAny(Vowels) >= 0 && lists.NameShape.Score(Word(i)) >= NameCues.ShapeFloor);
            // "@Tormod": an @ that starts a word (not an e-mail's).
            if (start > 0 && text[start - 1] == '@' && (start == 1 || !char.IsLetterOrDigit(text[start - 2]) && text[start - 2] is not ('.' or '_' or '-')))
                return nameLike && (end >= text.Length || text[end] is not ('.' or '@'));
            // "Ghaith: I'll ring them": a line's (or sentence's) first word, a colon straight after it, and the message on the same
            // line. An unlisted writer needs a name's spelling (≥ 0.5), or another writer near by that is a name; so does a first
            // name that is also a word ("Tom: has anyone rung"). "Ward: 7B", "Job: carer" and "Follow-up: next week" stay.
            if (SpeakerAt(i))
                return (Strongly(i) || (!Is(i, Kind.Word | Kind.Weak) && lists.NameShape.Score(Word(i)) >= NameCues.ShapeAccept)
                        || ((nameLike || (Is(i, Kind.First) && !Is(i, Kind.Weak))) && OtherSpeaker(i)))
                    && (i == 0 || Gap(i).Contains('\n') || !RecordLabelBefore(i));
            // "Tone's daughter", "Gust's wife": a possessive before family, not after "the", "a", "my" ("the Queen's son").
            return Possessive(i) && i + 1 < n && IsSpace(Gap(i + 1)) && NameCues.Kin.Contains(Word(i + 1)) && !Is(i, Kind.Upper)
                && (i == 0 || !NameCues.Determiners.Contains(Word(i - 1)))
                && (Is(i, Kind.First | Kind.Surname | Kind.Weak) || !Is(i, Kind.Word) || !SentenceStart(i));
        }

        /// <summary>
        /// "Nam e: Meirion", "Sur name:", "Addr ess:": a word broken by OCR or a narrow column, whose pieces written together
        /// are an English word. The first piece is no name, though a list holds it ("Nam").
        /// </summary>
        public bool SplitWord(int i)
        {
            if (!Is(i, Kind.Capital) || i + 1 >= n || Gap(i + 1) is not " " || !Is(i + 1, Kind.Lower) || Word(i + 1).Length > 4) return false;
            var a = Word(i);
            var b = Word(i + 1);
            if (a.Length + b.Length > 24 || tokens[i].End != tokens[i].Start + tokens[i].Length) return false;
            Span<char> joined = stackalloc char[a.Length + b.Length];
            a.ToLowerInvariant(joined);
            b.ToLowerInvariant(joined[a.Length..]);
            // Not two words that make a third ("Rose mary").
            return lists.EnglishWords.Contains(joined) && !(lists.EnglishWords.Contains(a) && lists.EnglishWords.Contains(b) && b.Length > 1);
        }

        private bool SpeakerAt(int i)
        {
            var end = tokens[i].End;
            return end + 2 < text.Length && text[end] == ':' && text[end + 1] == ' ' && tokens[i].Length == end - tokens[i].Start && SentenceStart(i)
                && i + 1 < n && !Gap(i + 1).Contains('\n');
        }

        // Another line near by starts with a writer no dictionary holds, spelt like a name: "Joannie: she's had no lunch". Only
        // the 40 words either side are read, so a long text of "Tom: ok" lines costs no more than a short one.
        private bool OtherSpeaker(int i)
        {
            for (var j = Math.Max(0, i - 40); j < Math.Min(n, i + 41); j++)
            {
                if (j == i || !(j == 0 || Gap(j).Contains('\n')) || !Is(j, Kind.Capital) || Word(j).Length < 3 || !SpeakerAt(j)) continue;
                if (Is(j, Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak | Kind.Word) || NameCues.Roles.Contains(Word(j))
                    || WordsJoined(Word(j)) || InnerCapital(Word(j))) continue;
                if (Strongly(j) || lists.NameShape.Score(Word(j)) >= 0) return true;
            }
            return false;
        }

        // "Re: Ghaith: …": a label before, so not a chat line.
        private bool RecordLabelBefore(int i) => i > 0 && Gap(i).Trim() is ":" && NameCues.RecordLabels.Contains(Word(i - 1));

        /// <summary>"To Chinenye and all the girls,", "To Tendai, thank you": a card's or letter's opening "To" before the one it is for.</summary>
        private bool Dedicated(int i, int last)
        {
            if (Word(i - 1) is not ("To" or "TO") || !SentenceStart(i - 1) || tokens[last].End != tokens[last].Start + tokens[last].Length) return false;
            if (last + 1 >= n) return text.AsSpan(tokens[last].End).Trim().Length <= 1;
            var gap = Gap(last + 1);
            return gap.Contains('\n') || gap.Trim() is "," or "!" or "&" || (IsSpace(gap) && Word(last + 1) is "and");
        }

        /// <summary>"Tormod at the day centre", "Yisroel at the hub says", "Rang Menachem at the office": someone placed at an office or team.</summary>
        private bool AtOffice(int last)
        {
            var j = last + 1;
            if (j + 2 >= n || !IsSpace(Gap(j)) || Word(j) is not ("at" or "from") || Word(j + 1) is not ("the" or "our" or "your")) return false;
            for (var k = j + 2; k < Math.Min(n, j + 4); k++)
            {
                if (!IsSpace(Gap(k))) return false;
                if (NameCues.Offices.Contains(Word(k))) return true;
            }
            return false;
        }

        /// <summary>
        /// A "Name – role" row, as staff lists and signatures write them: "Raonaid – driver", "Ghaith Obiechina - team leader".
        /// The role (up to three words, the last a role word) ends the line or the text.
        /// </summary>
        private bool RoleAfterDash(int last)
        {
            var j = last + 1;
            if (j >= n || Gap(j).Trim() is not ("-" or "–" or "—") || Gap(j).Contains('\n') || tokens[last].End != tokens[last].Start + tokens[last].Length) return false;
            for (var k = j; k < Math.Min(n, j + 3); k++)
            {
                if (k > j && !IsSpace(Gap(k))) return false;
                if (!Is(k, Kind.Lower) && !Is(k, Kind.Capital)) return false;
                if (NameCues.Roles.Contains(Word(k)))
                    return k + 1 >= n ? text.AsSpan(tokens[k].End).Trim().Length <= 1 : Gap(k + 1).Contains('\n') || Gap(k + 1).Trim() is "," or ";" or ")";
            }
            return false;
        }

        /// <summary>
        /// A nickname in quotes: after a role or a naming ("The new carer (\"Sundus\")", "calls her \"Tendai\""), or with "little"
        /// or "big" inside the quotes ("'little Taghrid'").
        /// </summary>
        private bool Nicknamed(int i, int last)
        {
            var start = tokens[i].Start;
            var little = i > 0 && IsSpace(Gap(i)) && Word(i - 1) is "little" or "Little" or "big" or "Big" or "young" or "Young";
            if (little) start = tokens[i - 1].Start;
            var end = tokens[last].End;
            if (start == 0 || end >= text.Length || text[start - 1] is not ('"' or '\'' or '“' or '‘') || text[end] is not ('"' or '\'' or '”' or '’')) return false;
            if (little) return true;
            var b = i - 1;
            return b >= 0 && tokens[b].End >= start - 3 && (NameCues.Roles.Contains(Word(b)) || Word(b) is "her" or "him" or "called" or "named");
        }

        // "WhatsApp", "KiB", "EventTarget": a capital inside a word, as brands and code write them; not "McTavish", "MacAskill", "DeShawn".
        private static bool InnerCapital(ReadOnlySpan<char> w)
        {
            for (var k = 1; k < w.Length; k++)
            {
                if (!char.IsUpper(w[k]) || w[k - 1] is '-' or '\'' or '’') continue;
                if (k == 2 && w.StartsWith("Mc") || k == 3 && w.StartsWith("Mac") || k == 2 && w.StartsWith("De") || k == 2 && w.StartsWith("Le")) continue;
                return true;
            }
            return false;
        }

        private bool Member(int k) =>
            (Is(k, Kind.Capital) || (Is(k, Kind.Upper) && ShoutedRun(k))) && Word(k).Length > 1 && !Is(k, Kind.Stop | Kind.Keep | Kind.Protected)
            && (Is(k, Kind.First | Kind.Surname | Kind.Weak) || !Is(k, Kind.Word))
            && !NameCues.Institutions.Contains(Word(k)) && !NameCues.Roles.Contains(Word(k)) && !NameCues.Titles.Contains(Word(k)) && !IsContraction(k)
            && !(k + 1 < n && IsSpace(Gap(k + 1)) && NameCues.Institutions.Contains(Word(k + 1)));

        // "MY SON PEREGRINE DIRIE": in a shouted sentence after a cue, a word in capitals that is no English word continues the name.
        private bool ShoutedSurname(int start, int i) =>
            Is(i, Kind.Upper) && (Is(start, Kind.Upper) || caseless) && !Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak)
            && Word(i).Length > 2 && !NameCues.Institutions.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i));

        // "my nan thangam", "her name was efua": after a strong cue, a lower-case word no dictionary holds, spelt like a name
        // (a misspelling such as "recieved" is spelt like a word).
        // "my sisters husband tirion does the nights": with a person's doing after it, a spelling above the floor will do.
        public bool LowerNameAfterCue(int i) =>
            Is(i, Kind.Lower) && !caseless && !Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected) && Word(i).Length > 2 && !IsContraction(i)
            && !NameCues.Institutions.Contains(Word(i)) && !Stretched(Word(i))
            && (lists.NameShape.Score(Word(i)) >= 0 || (lists.NameShape.Score(Word(i)) >= NameCues.ShapeFloor && (ActsNext(i, orEnds: false) || SurnameThenActs(i))));

        /// <summary>
        /// A preposition that usually leads to a place or thing, here after words that make it a person's: "Visits from
        /// Revathi", "a call from Tegwen", "Carers like Nerys", "complain about Senthil".
        /// </summary>
        private bool PeopleBefore(int i)
        {
            if (i < 2 || !IsSpace(Gap(i)) || !IsSpace(Gap(i - 1))) return false;
            var p = Word(i - 1);
            var pp = Word(i - 2);
            if (p.Equals("from", StringComparison.OrdinalIgnoreCase)) return NameCues.FromPeople.Contains(pp);
            if (p.Equals("like", StringComparison.OrdinalIgnoreCase)) return NameCues.Roles.Contains(pp) || NameCues.Roles.Contains(pp.TrimEnd('s'))
                || pp is "people" or "staff" or "nurses" or "workers" or "carers";
            if (p.Equals("about", StringComparison.OrdinalIgnoreCase)) return pp.StartsWith("complain", StringComparison.OrdinalIgnoreCase);
            // "I've been caring for Jignesh", "looking after Fearghas".
            if (p.Equals("for", StringComparison.OrdinalIgnoreCase)) return pp is "caring" or "care" or "cares" or "cared" or "Caring" || WaitingFor(i);
            if (p.Equals("after", StringComparison.OrdinalIgnoreCase)) return pp is "looking" or "look" or "looks" or "looked" or "Looking";
            // "an appointment with Ogunbanjo", "my review with Tekeste": a meeting is with a person.
            // "came with Lilias", "lives with Tariq", "went in with Zosia": who someone comes, goes or lives with.
            if (p.Equals("with", StringComparison.OrdinalIgnoreCase)) return pp is "appointment" or "appointments" or "meeting" or "assessment" or "review" or "session" or "chat" or "visit" or "call"
                or "came" or "come" or "comes" or "coming" or "went" or "go" or "goes" or "going" or "arrived" or "arrives" or "lives" or "lived" or "living"
                or "stays" or "stayed" or "staying" or "along" or "together" or "in" or "sat" or "sits" or "shares" or "shared" or "stopped" or "popped";
            return false;
        }

        /// <summary>
        /// "Our Nishantha needs more help", "our Morvoren has been": "our" before a family member's name, as people write
        /// of their own, when a person's doing follows. Not "our Tramadol" (no doing) nor "Our Service is" ("is" asks more).
        /// </summary>
        private bool OurPerson(int i, int last)
        {
            if (i == 0 || !Word(i - 1).Equals("our", StringComparison.OrdinalIgnoreCase) || !IsSpace(Gap(i)) || last + 1 >= n || !IsSpace(Gap(last + 1))) return false;
            var next = Word(last + 1);
            return NameCues.PersonVerbs.Contains(next) || (NameCues.AfterPeople.Contains(next) && !NameCues.Stop.Contains(next));
        }

        // "Without Revathi I would have given up": "without" and a name, then the one who would have.
        private bool WithoutThenI(int i, int last)
        {
            if (i == 0 || !Word(i - 1).Equals("without", StringComparison.OrdinalIgnoreCase) || last + 1 >= n) return false;
            var gap = Gap(last + 1).Trim();
            return gap is "" or "," && Word(last + 1) is "I" or "i" or "we" or "We" or "mum" or "dad" or "Mum" or "Dad";
        }

        // "the Oyebanji family", "the Nwankwos' house" is not asked: a family named by its surname.
        private bool FamilyAfter(int last) => last + 1 < n && IsSpace(Gap(last + 1)) && Word(last + 1) is "family" or "Family" or "FAMILY" or "household";

        // Someone spoken to: "Blodwen - you are a star!", "Efua, you were brilliant".
        private bool Addressed(int last)
        {
            var next = last + 1;
            if (next >= n) return false;
            var gap = Gap(next).Trim();
            return gap is "," or "-" or "–" or "—" && Word(next) is "you" or "You" or "YOU" or "your" or "Your" or "thank" or "thanks" or "Thank" or "Thanks";
        }

        // "Didn't", "Couldn’t", "I've": a word with its verb's ending, never a name.
        private bool IsContraction(int i)
        {
            var w = Word(i);
            var apostrophe = w.LastIndexOfAny('\'', '’');
            return apostrophe > 0 && w[(apostrophe + 1)..] is "t" or "T" or "ve" or "VE" or "re" or "RE" or "ll" or "LL" or "d" or "D" or "m" or "M";
        }

        /// <summary>
        /// What follows says a person: "Wiesław, my sister, does", "Jaswinder's carer", "Tegwen and I have".
        /// </summary>
        private bool PersonAfter(int last)
        {
            var next = last + 1;
            if (next >= n) return false;
            var possessive = tokens[last].End != tokens[last].Start + tokens[last].Length;
            if (possessive && (NameCues.Roles.Contains(Word(next)) || NameCues.Belongings.Contains(Word(next)))) return true;
            var gap = Gap(next).Trim();
            if (gap is "," && next + 1 < n && NameCues.Determiners.Contains(Word(next)) && NameCues.Roles.Contains(Word(next + 1))) return true;
            if (RoleInBrackets(last)) return true;
            return next + 1 < n && Word(next) is "and" or "&" && Word(next + 1) is "I" && IsSpace(Gap(next + 1));
        }

        /// <summary>
        /// A role in brackets after the name, how people sign and introduce themselves: "From Tryphena (wife and full-time
        /// carer)", "Bilqees Bygrave\n(carer for my husband)", "Speak to Zillah Loke (Team Manager)", "Sue (my daughter)". The
        /// role comes first in the brackets, after "my" or capitalised words, and the brackets close or go on with "and",
        /// "for", "of", "to", "at": not "Purfleet (my daughter lives there)".
        /// </summary>
        private bool RoleInBrackets(int last)
        {
            var k = last + 1;
            if (k >= n || Gap(k).Trim() is not "(") return false;
            for (var j = k; j < Math.Min(n, k + 3); j++)
            {
                if (NameCues.Roles.Contains(Word(j)))
                {
                    var after = j + 1 < n ? Gap(j + 1) : text.AsSpan(tokens[j].End);
                    if (after.TrimStart().StartsWith(")")) return true;
                    return j + 1 < n && IsSpace(after) && Word(j + 1) is "and" or "for" or "of" or "to" or "at" or "AND" or "FOR" or "OF" or "TO" or "AT";
                }
                if (j > k && !IsSpace(Gap(j))) return false;
                if (!(NameCues.Determiners.Contains(Word(j)) || Is(j, Kind.Capital) || Is(j, Kind.Upper))) return false;
            }
            return false;
        }

        // "Thay we're very attentive", "TO SEE DOMEONE THE SAME DAY": one letter off a word every comment uses is a slip of
        // the keys, not a name no list holds. A short word keeps its first two letters ("Toan", "Heen" are names).
        private static bool MistypedWord(ReadOnlySpan<char> w)
        {
            foreach (var common in (ReadOnlySpan<string>)["they", "them", "then", "than", "that", "this", "also", "were", "where", "there", "their",
                "what", "when", "with", "have", "some", "someone", "somebody", "everyone", "anyone", "been", "very", "here"])
            {
                if (common.Length != w.Length) continue;
                var differ = 0;
                var at = 0;
                for (var k = 0; k < w.Length && differ < 2; k++) if (char.ToLowerInvariant(w[k]) != common[k]) { differ++; at = k; }
                if (differ == 1 && (w.Length >= 6 || at >= 2)) return true;
            }
            return false;
        }

        private bool Unknown(int i, bool shoutedToo) =>
            (Is(i, Kind.Capital) || (shoutedToo && (Is(i, Kind.Upper) || caseless))) && !Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak | Kind.First | Kind.Surname)
            && Word(i).Length > 2 && !NameCues.Institutions.Contains(Word(i)) && !NameCues.Titles.Contains(Word(i)) && !NameCues.Roles.Contains(Word(i))
            && !WordsJoined(Word(i)) && !PluralAbbreviation(Word(i));

        // "No-one", "Thank-you", "Well-being": English words joined by a hyphen are a word, not a double-barrelled name.
        private bool WordsJoined(ReadOnlySpan<char> w)
        {
            if (w.IndexOfAny('-', '‐') <= 0) return false;
            foreach (var range in w.SplitAny('-', '‐'))
            {
                var part = w[range];
                if (part.Length == 0 || !(lists.EnglishWords.Contains(part) || NameCues.Stop.Contains(part))) return false;
            }
            return true;
        }

        // "CPNs", "GPs", "OTs": an abbreviation in the plural.
        private static bool PluralAbbreviation(ReadOnlySpan<char> w) =>
            w.Length >= 3 && w[^1] == 's' && !w[..^1].ContainsAnyExceptInRange('A', 'Z');

        private bool Unknown(int i) =>
            Is(i, Kind.Capital) && !Is(i, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) && Word(i).Length > 2
            && !NameCues.Institutions.Contains(Word(i));

        // "my name is john smith" in mixed text: a lower-case name after a strong cue continues in lower case.
        private bool LowerSurname(int start, int i) =>
            Is(start, Kind.Lower) && Is(i, Kind.Lower) && !Is(i, Kind.Stop | Kind.Keep | Kind.Weak)
            && (Is(i, Kind.Surname) || !Is(i, Kind.Word)) && !NameCues.Institutions.Contains(Word(i)) && !Doing(i)
            // "patsy doesnt know": phone spelling of a person's doing is in no dictionary, and no surname.
            && !NameCues.PersonNext.Contains(Word(i)) && !NameCues.AfterPeople.Contains(Word(i));

        // An English word that says what a person does ("said", "came", "will"), though a list holds it as a name.
        private bool Doing(int i) => Is(i, Kind.Word) && (NameCues.PersonVerbs.Contains(Word(i)) || NameCues.AfterPeople.Contains(Word(i)));

        /// <summary>
        /// The first token of the name that ends at <paramref name="i"/>: "Please can Nneka Bejenaru" takes in the capitalised
        /// word before a name when it is no English word and no cue, place or title.
        /// </summary>
        public int ExtendBack(int i, Cue cue)
        {
            if (cue != Cue.None || i == 0 || caseless || !IsSpace(Gap(i)) || tokens[i - 1].End != tokens[i - 1].Start + tokens[i - 1].Length) return i;
            var p = i - 1;
            if (!Is(p, Kind.Capital) || Is(p, Kind.Word | Kind.Stop | Kind.Keep | Kind.Protected | Kind.Weak) || NameCues.Titles.Contains(Word(p))
                || NameCues.Roles.Contains(Word(p)) || Word(p).Length < 3) return i;
            return p;
        }

        private bool Continues(int i, bool afterParticle)
        {
            if (Is(i, Kind.Keep | Kind.Protected) || (Is(i, Kind.Stop) && !afterParticle) || NameCues.Institutions.Contains(Word(i))
                || NameCues.Titles.Contains(Word(i))) return false;
            // "my son jack said no", "MY SON JACK SAID NO": without case, a verb a list also holds ("Said") ends the name.
            if (caseless || Is(i, Kind.Upper)) return (Is(i, Kind.First | Kind.Surname) && !Doing(i)) || (afterParticle && !Is(i, Kind.Word));
            if (!Is(i, Kind.Capital)) return false;
            return Is(i, Kind.First | Kind.Surname | Kind.Weak) || !Is(i, Kind.Word) || afterParticle;
        }

        /// <summary>"Queen's Hospital", "Orchard House care home", "St Luke's": a provider or a place, not a person.</summary>
        public bool IsPlaceOrProvider(int first, int last)
        {
            if (last + 1 < n && IsSpace(Gap(last + 1)) && NameCues.Institutions.Contains(Word(last + 1))) return true;
            if (first == 0) return false;
            var p = Word(first - 1);
            return (p is "St" or "Saint" or "ST" or "st") && (IsSpace(Gap(first)) || Gap(first) is ". ");
        }
    }
}
