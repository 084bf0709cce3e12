using System.Text.RegularExpressions;
using VoiceHub.Ingest.Parsers.Tables;
using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// Survey columns that hold personal details (names, contact details, addresses, dates of birth, NHS and National
/// Insurance numbers), recognised by header and by content. They never become items' text, dates or any stored value,
/// whether detected or chosen by staff: only a postcode column may still place items in a locality (its district kept).
/// </summary>
/// <remarks>
/// By header: "Date of birth" is a date but not when the feedback was given, and "Address" would otherwise be taken
/// for free text (answers of several words that differ). By content: a column most of whose answers are email
/// addresses, phone numbers, NHS or NI numbers or street addresses, whatever its header says ("Q7", "Other").
/// Names of services and places are not personal: "Name of your care home" is read as usual.
/// </remarks>
public static partial class PersonalColumns
{
    /// <summary>What staff are told about a personal column, on the mapping page and in the error when they choose it.</summary>
    public static string Reason(string header) => $"Column '{header.Trim()}' holds personal details, so VoiceHub will not read it";

    /// <summary>True when the column's header or most of its answers (of the first 500) are personal details.</summary>
    public static bool IsPersonal(Table table, int column) =>
        IsPersonalHeader(table.Headers[column]) || HasPersonalAnswers(table.Rows.Take(500).Select(r => r.Cell(column)).ToList());

    /// <summary>The roles with every personal column made <see cref="ColumnRole.Personal"/> (a postcode column may stay a postcode).</summary>
    public static ColumnRole[] Guard(Table table, IReadOnlyList<ColumnRole> roles)
    {
        var guarded = roles.ToArray();
        for (var c = 0; c < guarded.Length && c < table.Headers.Length; c++)
        {
            if (!MayRead(guarded[c]) && IsPersonal(table, c)) guarded[c] = ColumnRole.Personal;
        }
        return guarded;
    }

    /// <summary>Roles that store nothing from a personal column: not read at all, or a postcode reduced to its district.</summary>
    public static bool MayRead(ColumnRole role) => role is ColumnRole.Personal or ColumnRole.Ignore or ColumnRole.Postcode;

    public static bool IsPersonalHeader(string header)
    {
        var h = Spaces().Replace(header.Trim().ToLowerInvariant(), " ");
        if (h.Length == 0) return false;
        if (BirthHeader().IsMatch(h) || ContactHeader().IsMatch(h) || IdentityNumberHeader().IsMatch(h)) return true;
        if (AddressHeader().IsMatch(h)) return true;
        return NameHeader().IsMatch(h) && !NotAPersonsName().IsMatch(h);
    }

    /// <summary>True when at least half of the non-empty answers are, whole, an email, phone, NHS or NI number or street address.</summary>
    public static bool HasPersonalAnswers(IReadOnlyList<string> values)
    {
        var answers = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (answers.Count == 0) return false;
        var personal = answers.Count(a => EmailAnswer().IsMatch(a) || PhoneAnswer().IsMatch(a) || NiAnswer().IsMatch(a)
            || (NhsAnswer().IsMatch(a) && Redactor.IsNhsNumber(a)) || StreetAnswer().IsMatch(a));
        return personal * 2 >= answers.Count;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(date of birth|birth ?date|birthday|born|d\.?o\.?b\.?)\b")]
    private static partial Regex BirthHeader();

    [GeneratedRegex(@"e-?mail|phone|\btel\b|\btel\.|telephone|mobile|contact (details|number|no|info|information|email|phone|tel)|how (can|do|should) we contact you")]
    private static partial Regex ContactHeader();

    [GeneratedRegex(@"\bnhs (number|no\b|no\.)|\bni (number|no\b|no\.)|national insurance|\bnino\b")]
    private static partial Regex IdentityNumberHeader();

    [GeneratedRegex(@"\baddress\b|\bstreet\b|house (number|name|no)|\bflat (number|no)\b")]
    private static partial Regex AddressHeader();

    [GeneratedRegex(@"\b(name|names|forename|forenames|surname|initials|signature|signed)\b")]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"\b(service|provider|home|organisation|organization|team|scheme|centre|center|group|company|agency|place|hospital|gp|surgery|practice|event|session|project|product|medication|street|road|town|area|ward)\b")]
    private static partial Regex NotAPersonsName();

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$")]
    private static partial Regex EmailAnswer();

    [GeneratedRegex(@"^(\+44\s?(\(0\))?|0)[\d\s\-().]{9,15}$")]
    private static partial Regex PhoneAnswer();

    [GeneratedRegex(@"^\d{3}[\s\-]?\d{3}[\s\-]?\d{4}$")]
    private static partial Regex NhsAnswer();

    [GeneratedRegex(@"^[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$", RegexOptions.IgnoreCase)]
    private static partial Regex NiAnswer();

    [GeneratedRegex(@"^((flat|apartment|unit)\s+\d+[a-z]?,?\s+)?\d+[a-z]?,?\s+[\w'’\- ]+?\s(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|gardens|place|grove|terrace|hill|walk|row|square|mews|rise|green|parade)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StreetAnswer();
}
