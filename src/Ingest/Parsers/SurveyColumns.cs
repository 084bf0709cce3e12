using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Ingest.Parsers;

/// <summary>What a survey column holds, guessed from its header and, for free text, its answers.</summary>
public enum ColumnRole
{
    Ignore,
    FreeText,
    ResponseId,
    Date,
    Locality,
    Postcode,
    AgeBand,
    Carer,
    Ethnicity,
    Disability,
    Sex,
    /// <summary>Names and email addresses of respondents: never stored as items, never indexed.</summary>
    Personal,
}

/// <summary>Guesses column roles: by header for structured columns, by answer length and variety for free text.</summary>
public static partial class SurveyColumns
{
    /// <summary>The roles staff choose from on the mapping step, in the order shown, with their stored codes.</summary>
    public static readonly IReadOnlyList<(ColumnRole Role, string Code, string Label)> Choices =
    [
        (ColumnRole.FreeText, "free-text", "Free text: what people said"),
        (ColumnRole.Date, "date", "Date"),
        (ColumnRole.Locality, "locality", "Locality"),
        (ColumnRole.Postcode, "postcode", "Postcode"),
        (ColumnRole.AgeBand, "age-band", "Age band"),
        (ColumnRole.Carer, "carer", "Carer"),
        (ColumnRole.Ethnicity, "ethnicity", "Ethnicity"),
        (ColumnRole.Disability, "disability", "Disability"),
        (ColumnRole.Sex, "sex", "Sex"),
        (ColumnRole.ResponseId, "response-id", "Response ID"),
        (ColumnRole.Personal, "personal", "Name or contact details: never stored"),
        (ColumnRole.Ignore, "ignore", "Ignore"),
    ];

    public static string Code(ColumnRole role) => Choices.First(c => c.Role == role).Code;

    public static bool TryParse(string? code, out ColumnRole role)
    {
        foreach (var c in Choices)
        {
            if (c.Code == code)
            {
                role = c.Role;
                return true;
            }
        }
        role = ColumnRole.Ignore;
        return false;
    }

    /// <summary>Roles from stored codes; null when they do not fit this table (another number of columns, an unknown code).</summary>
    public static ColumnRole[]? FromCodes(IReadOnlyList<string>? codes, int columns)
    {
        if (codes is null || codes.Count != columns) return null;
        var roles = new ColumnRole[columns];
        for (var i = 0; i < columns; i++)
        {
            if (!TryParse(codes[i], out roles[i])) return null;
        }
        return roles;
    }

    /// <summary>The key a mapping is remembered by: the header row, trimmed and lower-cased, hashed.</summary>
    public static string Signature(Table table) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join("\u001f", table.Headers.Select(h => h.Trim().ToLowerInvariant()))))).ToLowerInvariant();

    /// <summary>
    /// Roles guessed from the headers, and free text from the answers (the first 500 rows are enough to tell). Columns
    /// of personal details (<see cref="PersonalColumns"/>) are never read, whatever else their header or answers suggest.
    /// </summary>
    public static ColumnRole[] Detect(Table table)
    {
        var roles = new ColumnRole[table.Headers.Length];
        for (var c = 0; c < roles.Length; c++)
        {
            roles[c] = FromHeader(table.Headers[c]);
            if (roles[c] != ColumnRole.Postcode && PersonalColumns.IsPersonal(table, c)) roles[c] = ColumnRole.Personal;
            if (roles[c] != ColumnRole.Ignore) continue;
            var column = c;
            if (LooksLikeFreeText(table.Rows.Take(500).Select(r => r.Cell(column)).ToList())) roles[c] = ColumnRole.FreeText;
        }
        return roles;
    }

    public static ColumnRole FromHeader(string header)
    {
        var h = header.Trim().ToLowerInvariant();
        if (IdPattern().IsMatch(h)) return ColumnRole.ResponseId;
        if ((h.Contains("postcode") || h.Contains("post code")) && !h.Contains("address")) return ColumnRole.Postcode;
        if (PersonalColumns.IsPersonalHeader(h)) return ColumnRole.Personal;
        if (h.Contains("locality") || h is "area" or "town" or "neighbourhood" or "ward" || h.Contains("where do you live")
            || h.Contains("which area") || h.Contains("area do you live") || h.Contains("area you live")) return ColumnRole.Locality;
        if (h.Contains("date") || h.Contains("submitted") || h.Contains("completion time") || h.Contains("start time")
            || h.Contains("timestamp") || h is "time" or "when") return ColumnRole.Date;
        if (h is "age" || h.StartsWith("age ", StringComparison.Ordinal) || h.Contains("age band") || h.Contains("age group") || h.Contains("your age")
            || h.Contains("how old")) return ColumnRole.AgeBand;
        if (h.Contains("ethnic")) return ColumnRole.Ethnicity;
        if (h.Contains("disab")) return ColumnRole.Disability;
        if (h is "sex" or "gender" || h.StartsWith("sex", StringComparison.Ordinal) || h.StartsWith("gender", StringComparison.Ordinal)) return ColumnRole.Sex;
        if (h.Contains("are you a carer") || h is "carer" or "carer?" || h.Contains("unpaid carer")) return ColumnRole.Carer;
        return ColumnRole.Ignore;
    }

    /// <summary>
    /// Free text is what people wrote in their own words: answers of a few words or more that differ from one another.
    /// A column of "Yes"/"No", ratings or codes is not.
    /// </summary>
    public static bool LooksLikeFreeText(IReadOnlyList<string> values)
    {
        var answers = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (answers.Count == 0) return false;
        var averageLength = answers.Average(a => a.Length);
        var withWords = answers.Count(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3) / (double)answers.Count;
        var distinct = answers.Distinct(StringComparer.OrdinalIgnoreCase).Count() / (double)answers.Count;
        var numeric = answers.Count(a => double.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out _)) / (double)answers.Count;
        return numeric < 0.5 && averageLength >= 12 && withWords >= 0.3 && (distinct >= 0.3 || answers.Count < 5);
    }

    [GeneratedRegex(@"^(response|respondent|submission|record)?\s*(id|no\.?|number|ref(erence)?)$")]
    private static partial Regex IdPattern();
}
