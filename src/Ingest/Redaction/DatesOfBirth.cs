using System.Buffers;
using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Dates of birth as people in the UK write them in feedback, forms, letters and texts. Other dates stay: an
/// appointment, "since 12/03/2024", "on 3rd May", months and weekdays are what commissioners read feedback for.
/// </summary>
/// <remarks>
/// <para>A date is one of: "12/03/1951", "12.03.51", "12-3-1951", "12 03 1951", "1951-03-12", "12th March 1951",
/// "12 Mar 51", "12-MAR-1951", "12MAR1951", "12th of march 1951", "March 12th, 1951", "Mar-12-1951", "19510312", and as
/// speech-to-text writes it, "the twelfth of March nineteen fifty one", "March the twelfth", in any case. It is a date
/// of birth when:</para>
/// <list type="bullet">
/// <item>a birth cue comes before it with only joining words between ("DOB: 12.03.1951", "D.O.B. 12/3/51", "DOB=",
/// "DOB-", "(dob 12 03 1951)", "date of birth is", "born on the 12th of March", "b. 1951", "birthday is 3rd May", "D0B"
/// read by OCR, "date_of_birth" from an export, "Birth:", "dob?"); then
/// a day and month without a year, a month and year, a year alone ("born in 1951") and eight digits ("DOB 12031951")
/// go too, and so do the dates listed after it ("DOBs: 12/03/1940, 05/06/1938", "dates of birth are … and …");</item>
/// <item>a birth cue comes a few words before it in the same sentence, with no other number or event word ("since",
/// "moved", "appointment"…) between: "born at Orsett Hospital on 12 March 1951", "date of birth for my dad is 12/3/40";
/// a year alone only after "in" there ("born at home in 1951"); a form's label ending in ":" or "?" may be longer;</item>
/// <item>a birth cue follows it: "12/03/1951 (DOB)", "3rd May is her birthday", "On 12 March 1951 I was born";</item>
/// <item>no cue, but it is a whole date whose year makes someone 18 to 110 years old, right after a person: a name
/// ("Mr Jones (12/03/1940)", "Mary Smith, 12.03.1951", "Smith, John 12/03/40"), a family or client word ("Mum
/// (12/03/1940)"), or beside an age ("12/03/1940 (84)", "aged 84, 12/03/1940", "Am 92 - 5.9.1930").</item>
/// </list>
/// <para>A year alone is kept only after a cue. It does not identify anyone by itself, but beside what feedback also
/// says (a locality, a condition, a carer's visits) a year of birth narrows a person down, and the writer meant it as
/// their date of birth; "born in the 1950s" stays.</para>
/// </remarks>
internal static partial class DatesOfBirth
{
    /// <summary>Text holding none of these has no cue, and only a bare date beside a person can be a date of birth.</summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["dob", "d.o.b", "d o b", "d/o/b", "d0b", "d.0.b", "birth", "born", "bday", "b'day", "b’day", "b-day", "b/day", "b.", "yob"], StringComparison.OrdinalIgnoreCase);

    // Judged once per process: a bare date is someone's birth date only if it makes them 18–110 years old now.
    private static readonly int ThisYear = TimeProvider.System.GetUtcNow().Year;

    public static void Find(string s, int digits, List<Found> found)
    {
        var cued = s.AsSpan().IndexOfAny(Cues) >= 0;
        if (!cued && digits < 3) return;
        if (cued && digits >= 3) s = FoldOcrDigits(s);
        // Without a cue only a whole date can count, and most feedback's numbers are none: the shorter pattern is cheaper.
        if (digits > 0) Add(s, (cued ? DatePattern() : WholeDatePattern()).Matches(s), cued, found);
        if (cued) Add(s, MonthFirstPattern().Matches(s), cued, found);
    }

    /// <summary>
    /// The text with each O, o, I or l read as a digit inside a run of at least four digits and date marks
    /// ("03/O4/l951" → "03/04/1951"), as OCR reads a scanned form; the same length, so offsets hold.
    /// </summary>
    private static string FoldOcrDigits(string s)
    {
        char[]? folded = null;
        foreach (var m in OcrRunPattern().EnumerateMatches(s))
        {
            var run = s.AsSpan(m.Index, m.Length);
            if (run.IndexOfAny('O', 'o', 'I') < 0 && !run.Contains('l') || CountDigits(run) < 4) continue;
            folded ??= s.ToCharArray();
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                folded[i] = s[i] switch { 'O' or 'o' => '0', 'I' or 'l' => '1', var c => c };
            }
        }
        return folded is null ? s : new string(folded);
    }

    private static int CountDigits(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) if (char.IsAsciiDigit(c)) n++;
        return n;
    }

    private static void Add(string s, MatchCollection dates, bool cued, List<Found> found)
    {
        var lastEnd = -1;
        foreach (Match m in dates)
        {
            if (m.Index < lastEnd) continue;
            // A list after one cue: "DOBs 03/04/1940 and 05/06/1938", "DOB: 03.04.1951, 05.06.1938".
            var listed = lastEnd >= 0 && ListGapPattern().IsMatch(s.AsSpan(lastEnd, m.Index - lastEnd)) && ShapeOf(m) switch
            {
                Shape.DayMonth => m.Groups["mon"].Success,
                Shape.None or Shape.Compact => false,
                _ => AdultBirthYear(m.Groups["y"].ValueSpan) is not null,
            };
            if (!listed && !IsDateOfBirth(s, m, cued)) continue;
            var length = m.Length;
            // A day and month whose year comes after a word or is spoken: "born on the 3rd of April in 1951", "3rd
            // April, nineteen fifty-one".
            if (ShapeOf(m) == Shape.DayMonth && YearAfterPattern().Match(s, m.Index + m.Length) is { Success: true } y) length += y.Length;
            found.Add(new(m.Index, length, Redactor.DateOfBirth, false));
            lastEnd = m.Index + length;
        }
    }

    private enum Shape { None, Full, DayMonth, MonthYear, Year, Compact }

    private static bool IsDateOfBirth(string s, Match m, bool cued)
    {
        var shape = ShapeOf(m);
        if (shape == Shape.None) return false;
        if (cued && (CuedBefore(s, m.Index, shape, m) || (shape is Shape.Full or Shape.DayMonth && CuedAfter(s, m.Index + m.Length)))) return true;
        if (shape != Shape.Full || AdultBirthYear(m.Groups["y"].ValueSpan) is null) return false;
        var end = m.Index + m.Length;
        return PersonBefore(s, m.Index) || AgeAfterPattern().IsMatch(s.AsSpan(end, Math.Min(30, s.Length - end)))
            || AgeBeforePattern().IsMatch(s.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)));
    }

    private static Shape ShapeOf(Match m)
    {
        if (m.Groups["c"].Success)
        {
            // "03041951", "030451", or year first as systems write it: "19510403".
            var c = m.Groups["c"].ValueSpan;
            var yearFirst = c.Length == 8 && c[..2] is "18" or "19" or "20" && ValidDayMonth(c[6..], c[4..6]);
            return yearFirst || ValidDayMonth(c[..2], c[2..4]) ? Shape.Compact : Shape.None;
        }
        var d = m.Groups["d"];
        var day = d.Success || m.Groups["dw"].Success;
        var mm = m.Groups["m"];
        var hasMonth = mm.Success || m.Groups["mon"].Success;
        var hasYear = m.Groups["y"].Success;
        if (d.Success && mm.Success && !ValidDayMonth(d.ValueSpan, mm.ValueSpan)) return Shape.None;
        if (d.Success && !mm.Success && Number(d.ValueSpan) is < 1 or > 31) return Shape.None;
        return (day, hasMonth, hasYear) switch
        {
            (true, true, true) => Shape.Full,
            (true, true, false) => Shape.DayMonth,
            (false, true, true) => Shape.MonthYear,
            (false, false, true) => Shape.Year,
            _ => Shape.None,
        };
    }

    // Day and month either way round, since some write the American order.
    private static bool ValidDayMonth(ReadOnlySpan<char> day, ReadOnlySpan<char> month)
    {
        var d = Number(day);
        var m = Number(month);
        return d >= 1 && m >= 1 && ((d <= 31 && m <= 12) || (d <= 12 && m <= 31));
    }

    /// <summary>
    /// The year, when it makes someone 18 to 110 years old; a two-digit year only when one century alone does
    /// ("40" is 1940; "15" could be a child's 2015 or 1915, so it is no evidence).
    /// </summary>
    private static int? AdultBirthYear(ReadOnlySpan<char> y)
    {
        y = y.TrimStart('\'').TrimStart('’');
        if (y.Length is not (2 or 4)) return null;
        var n = Number(y);
        if (y.Length == 2)
        {
            var century = ThisYear / 100 * 100;
            int? late = century + n <= ThisYear - 18 ? century + n : null;
            int? early = century - 100 + n >= ThisYear - 110 && century + n > ThisYear ? century - 100 + n : null;
            n = late ?? early ?? 0;
        }
        return ThisYear - n is >= 18 and <= 110 ? n : null;
    }

    private static bool CuedBefore(string s, int start, Shape shape, Match date)
    {
        var from = Math.Max(0, start - 80);
        var cue = Match.Empty;
        for (var c = CuePattern().Match(s, from, start - from); c.Success; c = c.NextMatch()) cue = c;
        if (!cue.Success) return false;
        // "her birthday in 2024" is a party, not a birth year: after a birthday only a day and month count.
        if (cue.Groups["birthday"].Success && shape is Shape.Year or Shape.MonthYear or Shape.Compact) return false;
        var cueEnd = cue.Index + cue.Length;
        var gap = s.AsSpan(cueEnd, start - cueEnd);
        // "b. 1951", "(b. 12/3/40)", "Birth: 3/4/51": a lone "b." or "birth" is a cue only right before the date, and
        // before a year alone only one making an adult ("Plan b. 2024 budget" stays).
        if (cue.Groups["b"].Success) return TightGapPattern().IsMatch(gap) && (shape != Shape.Year || AdultBirthYear(date.Groups["y"].ValueSpan) is not null);
        if (shape == Shape.Year && Number(date.Groups["y"].ValueSpan) is var y && (y < 1880 || y > ThisYear)) return false;
        if (JoiningGapPattern().IsMatch(gap)) return true;
        if (shape == Shape.Compact || gap.Length > 60 || gap.IndexOfAnyInRange('0', '9') >= 0 || SentenceEndPattern().IsMatch(gap)) return false;
        if (shape == Shape.DayMonth && !date.Groups["mon"].Success) return false;
        // A form's label may be long ("Date of birth of the person this is about (if known): ").
        // So may a sentence that leads to a whole date making an adult ("The date of birth we have for Mum is wrong, it
        // should be 12/03/1940").
        var most = LabelEndPattern().IsMatch(gap) || (shape == Shape.Full && AdultBirthYear(date.Groups["y"].ValueSpan) is not null) ? 12 : 7;
        var words = 0;
        foreach (var w in WordPattern().EnumerateMatches(gap))
        {
            if (++words > most || EventWords.Contains(gap.Slice(w.Index, w.Length).ToString())) return false;
        }
        return shape != Shape.Year || (words <= 5 && EndsInPattern().IsMatch(gap));
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static bool CuedAfter(string s, int end) =>
        CueAfterPattern().IsMatch(s.AsSpan(end, Math.Min(50, s.Length - end)));

    // Words that say a date in the same sentence as a birth cue is some other day: "born in Grays, moved here in 1990".
    private static readonly HashSet<string> EventWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "until", "till", "from", "after", "before", "then", "when", "but", "moved", "married", "died", "passed",
        "lived", "living", "diagnosed", "admitted", "started", "left", "appointment", "visit", "visited", "discharged",
        "assessment", "review", "meeting", "letter", "dated", "due", "booked", "seen",
    };

    /// <summary>
    /// Whether the word before the date (past a bracket, comma, colon or dash) is a person: a name (listed, or
    /// capitalised and no English word), the word after a title ("Mr Jones"), or a family or client word ("Mum").
    /// </summary>
    private static bool PersonBefore(string s, int start)
    {
        var lists = RedactionLists.Instance;
        var i = start - 1;
        var skipped = 0;
        while (i >= 0 && skipped < 4 && s[i] is ' ' or '\t' or '\r' or '\n' or ',' or '(' or '[' or ':' or '-' or '–' or '—') { i--; skipped++; }
        var at = WordStart(s, i + 1);
        var word = Word(s, at, i + 1);
        if (word.IsEmpty) return false;
        var end = TrimBack(s, at);
        var before = Word(s, WordStart(s, end), end);
        if (PersonWords.Contains(word.ToString())) return true;
        if (!before.IsEmpty && Titles.Contains(before.ToString())) return true;
        if (Titles.Contains(word.ToString()) || lists.KeepWords.Contains(word) || lists.WeakNames.Contains(word) || MonthsAndDays.Contains(word.ToString())) return false;
        var capital = char.IsUpper(word[0]);
        var shouted = word.Length > 1 && !word.ContainsAnyInRange('a', 'z');
        var listed = lists.FirstNames.Contains(word) || lists.Surnames.Contains(word);
        var english = lists.EnglishWords.Contains(word);
        var personBefore = !before.IsEmpty && (char.IsUpper(before[0]) || PersonWords.Contains(before.ToString()));
        // Lower case from a phone: a listed name after a listed first name that is no English word ("joan smith").
        if (listed) return !english || (capital && personBefore) || (!capital && !before.IsEmpty && lists.FirstNames.Contains(before) && !lists.EnglishWords.Contains(before));
        // An unlisted word: a capitalised non-word ("Chynoweth"), not an abbreviation in capitals ("NHS", "GP").
        return capital && !shouted && !english && word.Length >= 3;
    }

    private static int WordStart(string s, int end)
    {
        var i = end;
        while (i > 0 && (char.IsLetter(s[i - 1]) || (s[i - 1] is '\'' or '’' or '-' && i > 1 && char.IsLetter(s[i - 2])))) i--;
        return i;
    }

    // "Jones's" / "Jones’s": the name is "Jones".
    private static ReadOnlySpan<char> Word(string s, int start, int end)
    {
        var word = s.AsSpan(start, end - start);
        if (word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’') word = word[..^2];
        return word;
    }

    private static int TrimBack(string s, int end)
    {
        while (end > 0 && s[end - 1] is ' ' or ',' or '.') end--;
        return end;
    }

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "master", "sir", "dame", "lady", "lord", "rev", "revd",
    };

    private static readonly HashSet<string> PersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mum", "mother", "mom", "dad", "father", "son", "daughter", "husband", "wife", "partner", "brother", "sister",
        "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandmother", "grandad", "granddad", "grandpa",
        "grandfather", "grandson", "granddaughter", "aunt", "auntie", "aunty", "uncle", "nephew", "niece", "cousin",
        "stepson", "stepdaughter", "stepmum", "stepdad", "fiance", "fiancé", "fiancee", "fiancée", "client", "patient",
        "resident", "tenant", "user", "me", "myself", "himself", "herself",
    };

    private static readonly HashSet<string> MonthsAndDays = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun",
    };

    // A dot only after a short month ("Mar. 12"): "born in October. 2 home visits since" is two sentences.
    private const string Month = @"(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![a-z])\.?|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z]))";

    private const string Ordinal = @"(?:(?:(?:twenty|thirty)[\s\-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

    // A year as speech-to-text writes it: "nineteen fifty one", "nineteen fifty-one", "nineteen oh five", "two thousand and two".
    private const string SpokenYear = @"(?:(?:nineteen|eighteen)[\s\-]+(?:(?:oh|o|zero)[\s\-]+" + Unit + @"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-]+" + Unit + @")?|hundred)|two\s+thousand(?:\s+and)?(?:\s+" + Unit + @")?)(?![a-z])";

    private const string Unit = "(?:one|two|three|four|five|six|seven|eight|nine)";

    private const string Year = @"(?<y>\d{4}|['’]?\d{2})(?![\d%:]|[.,]\d)";

    // A year closing a date written with separators may be followed by a comma and a digit, as in a CSV row
    // ("Joan Smith,12/03/1951,14 Dock Road").
    private const string SeparatedYear = @"(?<y>\d{4}|['’]?\d{2})(?![\d%:]|\.\d)";

    // Dates that start with a digit: "12/03/1951", "12 03 1951", "1951-03-12", "12th of March 1951", "12 Mar 51",
    // "12031951" (used only after a cue), "1951" (likewise).
    [GeneratedRegex(
        @"(?<!\d|\d[.,/:\\\-]|[£$€])(?:" +
        @"(?<d>\d{1,2})\s?(?<sep>[./\-\\])\s?(?<m>\d{1,2})\s?\k<sep>\s?" + SeparatedYear + "|" +
        @"(?<d>\d{1,2})\x20(?<m>\d{1,2})\x20" + Year + "|" +
        @"(?<y>(?:18|19|20)\d{2})(?<sep>[./\-]|\x20)(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d%:]|[.,]\d)|" +
        @"(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?(?:\s*of)?[\s\-/.]*(?<mon>" + Month + @")(?:,?[\s\-/.]*" + Year + ")?|" +
        @"(?<d>\d{1,2})(?<sep>[./])(?<m>\d{1,2})(?![\d./\-]|,\d)|" +
        @"(?<c>\d{8}|\d{6})(?!\d)|" +
        @"(?<y>(?:18|19|20)\d{2})(?![\d%s]|[.,:]\d))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();

    // DatePattern's whole dates only: "12/03/1951", "12 03 1951", "1951-03-12", "12th of March 1951", "12 Mar 51".
    [GeneratedRegex(
        @"(?<!\d|\d[.,/:\\\-]|[£$€])(?:" +
        @"(?<d>\d{1,2})\s?(?<sep>[./\-\\])\s?(?<m>\d{1,2})\s?\k<sep>\s?" + SeparatedYear + "|" +
        @"(?<d>\d{1,2})\x20(?<m>\d{1,2})\x20" + Year + "|" +
        @"(?<y>(?:18|19|20)\d{2})(?<sep>[./\-]|\x20)(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d%:]|[.,]\d)|" +
        @"(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?(?:\s*of)?[\s\-/.]*(?<mon>" + Month + @"),?[\s\-/.]*" + Year + ")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex WholeDatePattern();

    // "March 12th, 1951", "Mar 12 51", "March 1951", "the twelfth of March 1951": only looked for when the text has a
    // birth cue.
    [GeneratedRegex(@"\b(?<mon>" + Month + @")\s*(?:[\-/]\s*)?(?:(?:the\s+)?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?|(?<dw>" + Ordinal + @"))\b(?:(?:,?\s+|\s*[\-/]\s*)" + Year + @")?|,?\s*(?<y>(?:18|19|20)\d{2})\b)(?!\d)|" +
        @"\b(?<dw>" + Ordinal + @")(?:\s+day)?(?:\s+of)?\s+(?<mon>" + Month + @")(?:,?\s+" + Year + ")?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthFirstPattern();

    [GeneratedRegex(@"\b(?:d\.?\s?[o0]\.?\s?b(?:s\b|(?![a-z])\.?)|d/o/b\b|(?:dates?|year|month)[\s_\-]*of[\s_\-]*birth|birth[\s_\-]?date|yob\b|(?<birthday>birth\s?day|b['’\-/]?day)|born|(?<b>(?<![\w.])(?-i:b)\.|birth\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CuePattern();

    // Only joining words and marks between the cue and the date: "DOB: ", "D.O.B. = ", "date of birth is the ",
    // "born on ", "DOB (dd/mm/yyyy): ".
    [GeneratedRegex(@"^[\s:=\-–—.#,(\[/?]*(?:(?:is|was|are|were|on|in|the|of|year|approx|around|circa|c|dd/mm/yy(?:yy)?)\b[\s:=\-–—.#,()\[\]/?]*)*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JoiningGapPattern();

    [GeneratedRegex(@"^[\s:=\-–]*$")]
    private static partial Regex TightGapPattern();

    // Between two dates of one list: ", ", " and ", " & ", "; ".
    [GeneratedRegex(@"^\s*(?:[,;&+/]\s*|(?:and|or)\s+)(?:(?:and|&)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListGapPattern();

    // The year after a day and month: " in 1951", ", nineteen fifty-one".
    [GeneratedRegex(@"\G,?\s*(?:in\s+(?:the\s+year\s+)?)?(?:(?:18|19|20)\d{2}(?![\d%:]|[.,]\d)|" + SpokenYear + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearAfterPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])[\dOoIl][\dOoIl./\-]*[\dOoIl](?![\p{L}\d])")]
    private static partial Regex OcrRunPattern();

    [GeneratedRegex(@"[:?]\s*$")]
    private static partial Regex LabelEndPattern();

    [GeneratedRegex(@"[.!?;]\s|[\r\n]")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bin(?:\s+the\s+year)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndsInPattern();

    // A cue after the date: "12/03/1951 (DOB)", "3rd May is her birthday", "12.3.40 - my date of birth"; not a cue
    // that starts the next date ("appointment 12/03/2024, DOB 01/02/1950").
    [GeneratedRegex(@"^\s*[,;:\-–(\[]*\s*(?:(?:(?:is|was|being|that['’]?s|that\s+is|which\s+is|it['’]?s|=)\s+)?(?:(?:my|his|her|their|our|your|the|\p{L}+['’]s)\s+)?(?:d\.?\s?o\.?\s?b\b|date\s+of\s+birth|birth\s?date|birth\s?day|b['’\-/]?day)(?![\s:=\-–—.#]*(?:is\s+)?\d)|(?:(?:is|was)\s+)?(?:(?:when|the\s+day)\s+)?(?:\p{L}+\s+)?\p{L}+\s+(?:was|were)\s+born\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CueAfterPattern();

    // "12/03/1940 (84)", "12/03/1940, aged 84", "12.3.40 age 84", "12/03/1940 - 84 years old".
    [GeneratedRegex(@"^\s*[,;\-–]?\s*(?:\(\s*(?:aged?\s*:?\s*)?\d{2,3}(?:\s*(?:yrs?|years)(?:\s+old)?)?\s*\)|aged?\s*:?\s*\d{1,3}\b|\d{2,3}\s*(?:yrs?|years)\s+old)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgeAfterPattern();

    // "aged 84, 12/03/1940", "Am 92 - 5.9.1930", "84 years old (12/03/1940)", "Mr Jones, 84, (12/03/1940)".
    [GeneratedRegex(@"(?:\b(?:aged?|age\s*/\s*d\.?o\.?b\.?|i'?m|i\s+am|am|is|was)\s*:?\s*\d{2,3}|\b\d{2,3}\s*(?:yrs?|years)(?:\s+old)?|[,(]\s*\d{2,3}\s*[,)])\s*[,;:\-–(\[/]*\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgeBeforePattern();
}
