using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Finds the structured details: emails, phones, NHS and National Insurance numbers, postcodes, dates of birth, street
/// addresses, bank details, case references and car registrations. Each pattern runs only when the text holds what it
/// needs (a digit, an @): most feedback has none of them, and a skipped regex is the cheapest redaction.
/// </summary>
/// <remarks>
/// Matching runs over a copy folded to NFKC character by character, so a full-width <c>＠</c> or <c>０７７００</c> is
/// found, while the offsets still point into the original (which is what the output keeps everywhere else).
/// </remarks>
internal static partial class IdentifierFinder
{
    public static void Find(string text, List<Found> found)
    {
        var s = Fold(text);
        var hasDigit = s.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var emails = found.Count;
        if (s.AsSpan().IndexOfAny(EmailCues) >= 0)
        {
            foreach (Match m in EmailPattern().Matches(s))
            {
                // A domain ends in letters (or a scrambled "._com"): not "mach_print@@GLIBC_2.32".
                var last = m.ValueSpan[(m.ValueSpan.LastIndexOfAny(DomainJoints) + 1)..];
                if (last.Length > 0 && (char.IsLetter(last[0]) || last[0] == '_')) found.Add(new(m.Index, m.Length, Redactor.Email, false));
            }
        }
        if (s.Contains(" dot ", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in SpokenEmailPattern().Matches(s)) found.Add(new(m.Index, m.Length, Redactor.Email, false));
        }
        if (DottedWordAfterAt(s))
        {
            foreach (Match m in SpokenAtPattern().Matches(s))
            {
                // "email me at jane.doe (at) example (dot) com": not "me at jane.doe", the address after it.
                if (AddressLike(s, m) && !Overlaps(found, emails, m.Index, m.Index + m.Length)) found.Add(new(m.Index, m.Length, Redactor.Email, false));
            }
        }
        // An address may have no number ("lives on Mill Lane", "Rose Cottage, Mill Lane"); it gates its own patterns.
        Addresses.Find(s, found);
        // A voicemail transcript's phone in words needs no digit: "oh seven seven double oh nine hundred…".
        SpokenPhones.Find(s, found);
        // Every other kind needs digits, and most need many: counting them once gates the patterns.
        if (!hasDigit)
        {
            // Speech-to-text writes a date of birth with no digit: "born on the third of April nineteen fifty one".
            DatesOfBirth.Find(s, 0, found);
            return;
        }
        var digits = CountDigits(s);
        if (digits >= 10)
        {
            if (s.Contains("nhs", StringComparison.OrdinalIgnoreCase))
            {
                foreach (Match m in NhsCuePattern().Matches(s))
                {
                    var g = m.Groups["n"];
                    found.Add(new(g.Index, g.Length, Redactor.NhsNumber, !Redactor.IsNhsNumber(g.Value)));
                }
            }
            foreach (Match m in NhsPattern().Matches(s))
            {
                if (Redactor.IsNhsNumber(m.Value)) found.Add(new(m.Index, m.Length, Redactor.NhsNumber, false));
            }
        }
        // Phones are read with a letter typed for a digit put right ("O77OO 9OO123"), so the digits are counted again.
        var p = Phones.DigitsForLetters(s);
        if ((ReferenceEquals(p, s) ? digits : CountDigits(p)) >= 9)
        {
            foreach (Match m in PhonePattern().Matches(p))
            {
                if (Phones.Longest(m.ValueSpan) is not (var length and > 0)) continue;
                // An extension goes with its number: "01375 652000 ext 4410", "x221".
                if (ExtensionPattern().Match(p, m.Index + length) is { Success: true } ext) length += ext.Length;
                found.Add(new(m.Index, length, Redactor.Phone, false));
            }
            foreach (Match m in InternationalPattern().Matches(p))
            {
                // "0048512345678" with no space and no cue may be an order number; "+48…" or "0048 512…" is a phone.
                if (!Phones.IsInternational(m.ValueSpan)) continue;
                if (m.ValueSpan[0] == '0' && m.ValueSpan.IndexOfAny(" -.()") < 0 && !Phones.CueBefore(p, m.Index)) continue;
                found.Add(new(m.Index, m.Length, Redactor.Phone, false));
            }
        }
        if (digits >= 6)
        {
            foreach (Match m in NiPattern().Matches(s)) found.Add(new(m.Index, m.Length, Redactor.NiNumber, false));
            if (s.Contains("ni", StringComparison.OrdinalIgnoreCase) || s.Contains("n.i", StringComparison.OrdinalIgnoreCase) || s.Contains("insurance", StringComparison.OrdinalIgnoreCase))
            {
                foreach (Match m in NiCuePattern().Matches(s))
                {
                    var g = m.Groups["n"];
                    found.Add(new(g.Index, g.Length, Redactor.NiNumber, false));
                }
            }
            BankDetails.Find(s, found);
        }
        if (digits >= 2)
        {
            foreach (Match m in PostcodePattern().Matches(s))
            {
                found.Add(new(m.Index, m.Length, Redactor.Postcode, false, m.Groups["outward"].Value.ToUpperInvariant()));
            }
        }
        Vehicles.Find(s, found);
        DatesOfBirth.Find(s, digits, found);
        if (digits >= 5 && RedactionLists.Instance.CaseReferences is { } references)
        {
            foreach (Match m in references.Matches(s)) found.Add(new(m.Index, m.Length, Redactor.CaseReference, false));
        }
        // A number from abroad written with no + or 00 ("Poland 512 345 678", "98765 43210") is a phone only after a
        // cue or before a label ("98765 43210 (mob)"), and only where no other kind took it (an NHS number, an account, a case reference).
        if (digits >= 9)
        {
            foreach (Match m in LooseNumberPattern().Matches(p))
            {
                if ((Phones.CueBefore(p, m.Index) || Phones.LabelAfter(p, m.Index + m.Length)) && !Overlaps(found, 0, m.Index, m.Index + m.Length)) found.Add(new(m.Index, m.Length, Redactor.Phone, false));
            }
        }
    }

    private static int CountDigits(string s)
    {
        var n = 0;
        foreach (var c in s) if (char.IsAsciiDigit(c)) n++;
        return n;
    }

    /// <summary>
    /// The text with each compatibility character folded to its NFKC form where that is one character (full-width
    /// letters, digits and <c>＠</c>), so offsets match the original; the text itself when it has none.
    /// </summary>
    private static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\u00A0', '\uFFFF') < 0 || IsNormalized(text)) return text;
        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                if (c < '\u00A0' || char.IsSurrogate(c)) { dest[i] = c; continue; }
                var folded = FoldOne(c);
                dest[i] = folded.Length == 1 ? folded[0] : c;
            }
        });
    }

    // .NET refuses to normalise a lone surrogate or a code point Unicode leaves undefined (an ArgumentException):
    // such text is read as written.
    private static bool IsNormalized(string text)
    {
        try { return text.IsNormalized(NormalizationForm.FormKC); }
        catch (ArgumentException) { return false; }
    }

    private static string FoldOne(char c)
    {
        try { return c.ToString().Normalize(NormalizationForm.FormKC); }
        catch (ArgumentException) { return c.ToString(); }
    }

    private static readonly SearchValues<string> EmailCues =
        SearchValues.Create(["@", "at)", "at]", "at}", "at )", "at ]", " -at-"], StringComparison.OrdinalIgnoreCase);

    // "jane.doe@example.co.uk", "sean.o'brien@example.com", "jane (at) example (dot) com", "jane (dot) doe (at) …", "jane [at] example [dot] co [dot]
    // uk", "jane(@)example.com", "jane -at- example -dot- com", and a typist's or a scanner's slips: "jane@@example.com",
    // "jane@example..com", "jane@example,com", "j.\nsmith@exam\nple.com" (a line broken inside the address).
    [GeneratedRegex(@"(?<![\w.%+\-])[\w%+\-]+(?:(?:[.'’]|[._\-]\r?\n|\s*[(\[{]\s*dot\s*[)\]}]\s*)[\w%+\-]+)*\s*(?:@{1,2}|[(\[{]\s*(?:at|@)\s*[)\]}]|(?<=\s)-at-)\s*[\w\-]+(?:\r?\n[\w\-]+(?=\s*[.(\[{]))?(?:\s*(?:\.{1,2}|[(\[{]\s*dot\s*[)\]}]|-dot-|,(?=(?:com|co|org|net|uk)\b))\s*[\w\-]+)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // "jane.doe at gmail.com", "janedoe1952 at hotmail.co.uk", "email me at jane at example.com": an address said with
    // "at" but written with its dots. Taken when its local part looks like an address's (a dot, underscore or digit), its
    // domain is a mail provider's, or a mail cue comes just before; not "paid at Tesco.com", "look at gov.uk".
    [GeneratedRegex(@"(?<![\w.%+\-])(?<local>[\w%+\-]+(?:[.'’][\w%+\-]+)*)\s+at\s+(?<domain>[\w\-]+)(?:\.[\w\-]+)*\.(?:[a-z]{2,24})\b(?!\.\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenAtPattern();

    // The cheap test before SpokenAtPattern: some "at" between spaces has a word with a dot and a letter after it ("at gmail.com"), as
    // few of the many texts with "at" do.
    private static bool DottedWordAfterAt(string s)
    {
        for (var i = s.IndexOf("at", 1, StringComparison.OrdinalIgnoreCase); i > 0 && i + 2 < s.Length; i = s.IndexOf("at", i + 2, StringComparison.OrdinalIgnoreCase))
        {
            if (!char.IsWhiteSpace(s[i - 1]) || !char.IsWhiteSpace(s[i + 2])) continue;
            var j = i + 2;
            while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
            for (; j + 1 < s.Length && !char.IsWhiteSpace(s[j]); j++)
            {
                if (s[j] == '.' && char.IsLetter(s[j + 1])) return true;
            }
        }
        return false;
    }

    private static bool Overlaps(List<Found> found, int from, int start, int end)
    {
        for (var i = from; i < found.Count; i++) if (found[i].Start < end && start < found[i].End) return true;
        return false;
    }

    private static bool AddressLike(string s, Match m)
    {
        var local = m.Groups["local"].ValueSpan;
        // "paid 5 at Tesco.com": an address's local part has letters.
        if (!local.ContainsAnyInRange('a', 'z') && !local.ContainsAnyInRange('A', 'Z')) return false;
        if (local.IndexOfAny(AddressMarks) >= 0) return true;
        if (MailProviders.Contains(m.Groups["domain"].Value)) return true;
        var before = s.AsSpan(Math.Max(0, m.Index - 24), Math.Min(24, m.Index));
        return before.Contains("mail", StringComparison.OrdinalIgnoreCase) || before.Contains("contact", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly SearchValues<char> DomainJoints = SearchValues.Create(".,-)]} \n");

    private static readonly SearchValues<char> AddressMarks = SearchValues.Create("._0123456789");

    private static readonly HashSet<string> MailProviders = new(
        ["gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "aol", "icloud", "me", "mac", "btinternet",
         "btopenworld", "sky", "talktalk", "virginmedia", "ntlworld", "blueyonder", "tiscali", "protonmail", "proton", "gmx", "mail"],
        StringComparer.OrdinalIgnoreCase);

    // An address read out with no brackets, ending in a domain people say: "jane dot smith at example dot com",
    // "jsmith at gmail dot co dot uk", "jane at example dot scot". Not "look at it dot by dot".
    [GeneratedRegex(@"(?<![\w.%+\-])[\w.%+\-]+(?:\s+dot\s+[\w\-]+)*\s+at\s+[\w\-]+(?:\s+dot\s+[\w\-]+)*?\s+dot\s+(?:com|co|org|net|gov|nhs|ac|me|info|uk|ie|eu|io|biz|scot|wales|cymru|london|online|email)\b(?:\s+dot\s+uk\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenEmailPattern();

    // After an NHS cue any ten digits are an NHS number, checksum or not: "NHS:4857773015", "NHS no. 400.000.0012".
    [GeneratedRegex(@"\bNHS\b[\s:.#\-]*(?:(?:no|number|num|nr)\b\.?[\s:.#\-]*(?:is\s+)?)?(?<n>\d(?:[ .\-]?\d){9})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NhsCuePattern();

    // Without a cue, ten digits grouped 3-3-4 or 4-3-3 that pass the modulus-11 check ("943 476 5919", "9434 765 919").
    // A leading 0 is a phone number's.
    [GeneratedRegex(@"(?<![\d£$€.,/:])[1-9]\d{2,3}[ .\-]?\d{3}[ .\-]?\d{3,4}(?![\d/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NhsPattern();

    // "07700 900468", "Mob:07700 900468", "mobile07700900471", "0044 7700 900464", "(+44) 7700 900473",
    // "07700.900.466", "07700 900477/8" (two numbers that share a stem).
    // "07700\n900123" (a number broken over a line), "07700–900123" (a word processor's dash).
    [GeneratedRegex(@"(?<![\d£$€])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(\s?\+?44\s?\)\s?(?:\(0\)\s?)?|(?:\((?=0[\d ]{2,6}\)))?0)\d(?:(?:[ \-–()]{0,2}|\.| ?\r?\n ?)\d){7,10}(?:\s?/\s?\d{1,2}(?!\d))?(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    // " ext 4410", ", ext. 221", " (x221)", " extn: 12", " extension 4410", "x221" glued on.
    [GeneratedRegex(@"\G,?\s?\(?(?:ext(?:n|ension)?\.?|x)\s?[:.]?\s?\d{1,5}\)?(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExtensionPattern();

    // "+48 512 345 678", "0048 512 345 678", "+234 (0)803 123 4567", "+91-98765-43210": judged by Phones.IsInternational.
    // It stands alone: not a version's "1:10~+20191229111838+6991d57".
    [GeneratedRegex(@"(?<![^\s(\[:;,""'])(?:\+\s?|\(\+|00)[1-9](?:(?:[ \-.()]{0,3}|\r?\n)\d){7,15}(?![\w+])", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalPattern();

    // Nine to thirteen digits in at most a few groups, not a date, an amount or a time: "512 345 678", "8 612 34567".
    [GeneratedRegex(@"(?<![\w£$€.,/:+\-])\d(?:[ \-.]?\d){8,12}(?![\w/:%]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex LooseNumberPattern();

    // "AB 12 34 56 C", "AB123456C", "ab-12-34-56-c", and "AB 123 456 C" with one separator throughout (not "SP800-131A").
    [GeneratedRegex(@"\b[A-Z]{2}(?:[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?|(?<s>[ \-]?)\d{3}\k<s>\d{3}\k<s>)[A-D]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NiPattern();

    // After a cue the final letter may be left off, as people often do: "NI AB 12 34 56", "national insurance no ab123456".
    [GeneratedRegex(@"\b(?:NI|N\.I\.?|NINO|national\s+insurance)(?:\s*(?:no|number|num|nr)\b\.?)?\s*(?:is\s+)?[:#\-]?\s*(?<n>[A-Z]{2}(?:[ \-]?\d{2}){3}(?:[ \-]?[A-D])?)(?![\w\-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NiCuePattern();

    /// <summary>A UK postcode's shape, "RM17 6SL", "RM17  6SL", "RM17-6SL", "rm176sl" (read case-insensitively); addresses end at one.</summary>
    internal const string PostcodeShape = @"(?<outward>[A-Z]{1,2}\d[A-Z\d]?)(?:\s{1,3}|\s?-\s?)?(?<inward>\d[ABD-HJLNP-UW-Z]{2})";

    // Not "M25 2nd".
    [GeneratedRegex(@"\b" + PostcodeShape + @"\b(?<!\d(?-i:st|nd|rd|th))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostcodePattern();
}
