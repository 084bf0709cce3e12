using System.Text.RegularExpressions;

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
    public static ColumnRole FromHeader(string header)
    {
        var h = header.Trim().ToLowerInvariant();
        if (IdPattern().IsMatch(h)) return ColumnRole.ResponseId;
        if (h.Contains("email") || h.Contains("e-mail") || h is "name" or "full name" or "your name" or "first name" or "surname" or "last name"
            || h.Contains("phone") || h.Contains("telephone")) return ColumnRole.Personal;
        if (h.Contains("postcode") || h.Contains("post code")) return ColumnRole.Postcode;
        if (h.Contains("locality") || h is "area" or "town" or "neighbourhood" or "ward" or "where do you live" or "where do you live?") return ColumnRole.Locality;
        if (h.Contains("date") || h.Contains("submitted") || h.Contains("completion time") || h.Contains("start time")
            || h.Contains("timestamp") || h is "time" or "when") return ColumnRole.Date;
        if (h.StartsWith("age", StringComparison.Ordinal) || h.Contains("age band") || h.Contains("age group")) return ColumnRole.AgeBand;
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
        var numeric = answers.Count(a => double.TryParse(a, out _)) / (double)answers.Count;
        return numeric < 0.5 && averageLength >= 12 && withWords >= 0.3 && (distinct >= 0.3 || answers.Count < 5);
    }

    [GeneratedRegex(@"^(response|respondent|submission|record)?\s*(id|no\.?|number|ref(erence)?)$")]
    private static partial Regex IdPattern();
}
