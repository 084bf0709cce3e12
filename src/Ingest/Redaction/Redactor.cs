using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Removes personal data from feedback before it is indexed or shown: email addresses, UK phone numbers, NHS numbers
/// (10 digits passing the modulus-11 check), National Insurance numbers, full postcodes (the outward code is kept:
/// <c>RM17 6SL</c> becomes <c>RM17</c>) and names after clear cues ("my name is", "Mrs Patel", "my carer Jane").
/// </summary>
/// <remarks>
/// Near-misses survive on purpose: "£25 a week", "Care Act 2014", dates, times and ward numbers are not personal data
/// and are what commissioners search for. The order matters: NHS numbers are tried before phone numbers, since a
/// spaced NHS number (<c>943 476 5919</c>) is also ten digits.
/// </remarks>
public static partial class Redactor
{
    public const string Email = "[email]";
    public const string Phone = "[phone]";
    public const string NhsNumber = "[NHS number]";
    public const string NiNumber = "[NI number]";
    public const string Name = "[name]";

    /// <summary>The text redacted, with the kinds and counts of what was removed.</summary>
    public static RedactionResult Apply(string text)
    {
        var redacted = Redact(text);
        if (ReferenceEquals(redacted, text) || redacted == text) return new RedactionResult(text ?? "", RedactionResult.None, 0);
        var counts = new Dictionary<string, int>();
        foreach (var placeholder in new[] { Email, Phone, NhsNumber, NiNumber, Name })
        {
            var n = Occurrences(redacted, placeholder) - Occurrences(text!, placeholder);
            if (n > 0) counts[placeholder] = n;
        }
        return new RedactionResult(redacted, counts, 0);
    }

    private static int Occurrences(string s, string what)
    {
        var n = 0;
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var s = text;
        // Each pattern runs only when the text holds what it needs (an @, a digit, a cue word): most feedback has none of
        // them, and skipping a regex is the cheapest redaction (the ingest benchmark's hot path).
        if (s.Contains('@')) s = EmailPattern().Replace(s, Email);
        if (s.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            s = NhsPattern().Replace(s, m => IsNhsNumber(m.Value) ? NhsNumber : m.Value);
            s = PhonePattern().Replace(s, m => IsUkPhone(m.Value) ? Phone : m.Value);
            s = NiPattern().Replace(s, NiNumber);
            s = PostcodePattern().Replace(s, m => m.Groups["outward"].Value.ToUpperInvariant());
        }
        if (s.AsSpan().IndexOfAny(NameIsCues) >= 0)
        {
            s = NameIsPattern().Replace(s, m => IsNameWord(m.Groups["name"].Value.Split(' ')[0]) ? m.Groups["cue"].Value + Name : m.Value);
        }
        if (s.AsSpan().IndexOfAny(TitleCues) >= 0)
        {
            s = TitlePattern().Replace(s, m => IsNameWord(m.Groups["name"].Value) ? m.Groups["title"].Value + " " + Name : m.Value);
        }
        s = RelationPattern().Replace(s, m => IsNameWord(m.Groups["name"].Value) ? m.Groups["cue"].Value + Name : m.Value);
        if (s.AsSpan().IndexOfAny(SpokeToCues) >= 0)
        {
            s = SpokeToPattern().Replace(s, m => IsNameWord(m.Groups["name"].Value) ? m.Groups["cue"].Value + Name : m.Value);
        }
        return s;
    }

    private static readonly System.Buffers.SearchValues<string> NameIsCues =
        System.Buffers.SearchValues.Create(["name", "called", "call me"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> TitleCues =
        System.Buffers.SearchValues.Create(["Mr", "Ms", "Miss", "Mx", "Dr"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> SpokeToCues =
        System.Buffers.SearchValues.Create(["spoke", "speak", "talk", "thank", "called", "named"], StringComparison.OrdinalIgnoreCase);

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

    private static bool IsUkPhone(string candidate)
    {
        var digits = new string(candidate.Where(char.IsAsciiDigit).ToArray());
        var trimmed = candidate.TrimStart();
        if (trimmed.StartsWith('+'))
        {
            // +44 then the national number without its leading 0 (sometimes written "(0)").
            if (!digits.StartsWith("44", StringComparison.Ordinal)) return false;
            var national = digits[2..];
            if (national.StartsWith('0')) national = national[1..];
            return national.Length is 9 or 10 && national[0] is '1' or '2' or '3' or '5' or '7' or '8' or '9';
        }
        return digits.Length is 10 or 11 && digits[0] == '0' && digits[1] is '1' or '2' or '3' or '5' or '7' or '8' or '9';
    }

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "The", "A", "An", "And", "But", "Or", "So", "Is", "Was", "Has", "Had", "Who", "Which", "That", "This", "Then",
        "Has", "Does", "Did", "Came", "Comes", "Helped", "Said", "Says", "Told", "Always", "Never", "Really", "Very", "Also",
        "Just", "Only", "Still", "Now", "When", "If", "As", "At", "In", "On", "To", "For", "With", "From", "It", "He", "She",
        "They", "We", "You", "Not", "No", "Yes", "Please", "Thank", "Thanks", "Service", "Team", "Care", "Council", "Hospital",
        "Services", "Social", "Adult", "Adults", "Health", "NHS", "GP", "Reception", "Customer", "Contact", "Centre", "Center",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Someone", "Somebody", "Anyone",
        "Nobody", "Everyone", "Everybody", "Her", "Him", "Them", "Me", "Us", "My", "Our", "Their", "His",
    };

    private static bool IsNameWord(string word) => word.Length > 1 && !NotNames.Contains(word);

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\d£$.,/:])\d{3}[ \-]?\d{3}[ \-]?\d{4}(?![\d/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NhsPattern();

    [GeneratedRegex(@"(?<![\w£$.,/:])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d[\d \-()]{7,14}\d(?![\d/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NiPattern();

    [GeneratedRegex(@"\b(?<outward>[A-Z]{1,2}\d[A-Z\d]?) ?(?<inward>\d[ABD-HJLNP-UW-Z]{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"(?<cue>\b(?:my name is|my name's|i am called|i'm called|call me)\s+)(?<name>(?-i:[A-Z][a-zA-Z'\-]+)(?:\s+(?-i:[A-Z][a-zA-Z'\-]+))?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameIsPattern();

    [GeneratedRegex(@"\b(?<title>Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?<name>[A-Z][a-zA-Z'\-]+)(?:\s+[A-Z][a-zA-Z'\-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"(?<cue>\b(?:[Mm]y|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir)\s+(?:carer|care worker|support worker|social worker|key worker|keyworker|worker|PA|personal assistant|nurse|district nurse|doctor|GP|OT|occupational therapist|physio|physiotherapist|case worker|manager|care manager|son|daughter|wife|husband|partner|mum|mother|dad|father|brother|sister|friend|neighbour|nan|gran|grandma|grandad|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|advocate)\s+)(?<name>[A-Z][a-z'\-]+)(?:\s+[A-Z][a-z'\-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex RelationPattern();

    // "a lady called Sandra", "I spoke to Gary", "thanks to Priya": a capitalised word right after such a cue is a name.
    [GeneratedRegex(@"(?<cue>\b(?:(?:[Ss]poke|[Ss]peak|[Ss]peaking|[Tt]alked|[Tt]alking) (?:to|with)|[Tt]hanks to|[Tt]hank you to|(?:lady|man|woman|gentleman|girl|guy|chap|nurse|carer|worker|someone) (?:called|named))\s+)(?<name>[A-Z][a-z'\-]+)(?:\s+[A-Z][a-z'\-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex SpokeToPattern();
}
