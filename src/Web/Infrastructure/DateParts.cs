using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// The three boxes of a GOV.UK date input (day, month, year), bound as <c>Key.Day</c>, <c>Key.Month</c>,
/// <c>Key.Year</c>, and read with the Design System's error messages.
/// </summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>The date, or null when empty (an error is added when <paramref name="required"/>) or not a real date (error added).</summary>
    /// <param name="label">How the date is named in messages, e.g. "the due date".</param>
    public DateOnly? Read(ModelStateDictionary state, string key, string label, bool required = false)
    {
        if (IsEmpty)
        {
            if (required) state.AddModelError(key, $"Enter {label}");
            return null;
        }
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            state.AddModelError(key, $"{Capital(label)} must include a {string.Join(" and ", missing)}");
            return null;
        }
        if (int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }
        state.AddModelError(key, $"{Capital(label)} must be a real date");
        return null;
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
