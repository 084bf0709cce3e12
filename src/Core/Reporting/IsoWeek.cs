using System.Globalization;

namespace VoiceHub.Core.Reporting;

/// <summary>
/// An ISO 8601 week (Monday to Sunday) as VoiceHub counts feedback: an item belongs to the week holding the day it was
/// said (<c>occurred_on</c>), else the day VoiceHub received it in Europe/London. Written <c>2026-W47</c>.
/// </summary>
/// <example>
/// 31 December 2026 is a Thursday, so 2026 has 53 weeks and <c>2026-W53</c> runs from Monday 28 December 2026 to
/// Sunday 3 January 2027. 1 January 2027 therefore belongs to <c>2026-W53</c>, not to any week of 2027. An item received
/// at 23:30 UTC on Sunday 29 March 2026 (00:30 on Monday in British Summer Time) belongs to <c>2026-W14</c>.
/// </example>
public readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    public static IsoWeek Of(DateOnly day)
    {
        var dt = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>The week of an instant, on the calendar in Europe/London.</summary>
    public static IsoWeek Of(DateTimeOffset instant) => Of(LondonTime.Day(instant));

    /// <summary>The last whole week before the one holding <paramref name="now"/> (in Europe/London): what Monday's digest covers.</summary>
    public static IsoWeek PreviousOf(DateTimeOffset now) => Of(now).AddWeeks(-1);

    public IsoWeek AddWeeks(int weeks) => Of(Monday.AddDays(7 * weeks));

    /// <summary>Whole weeks from this one to <paramref name="other"/> (positive when <paramref name="other"/> is later).</summary>
    public int WeeksUntil(IsoWeek other) => (other.Monday.DayNumber - Monday.DayNumber) / 7;

    /// <summary>Reads <c>2026-W47</c> (also <c>2026-w47</c>, <c>2026W47</c>); false for anything else or a week the year lacks.</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        var t = (text ?? "").Trim().ToUpperInvariant().Replace("-W", "W", StringComparison.Ordinal);
        var w = t.IndexOf('W');
        if (w != 4 || t.Length is < 6 or > 7) return false;
        if (!int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(t.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        if (year is < 1900 or > 2999 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var w) ? w : throw new FormatException($"'{text}' is not an ISO week like 2026-W47.");

    public override string ToString() => $"{Year:D4}-W{Week:D2}";

    /// <summary>For people: "week 47 of 2026 (16 to 22 November 2026)".</summary>
    public string Describe() => $"week {Week} of {Year} ({Range()})";

    /// <summary>"16 to 22 November 2026", "28 December 2026 to 3 January 2027".</summary>
    public string Range()
    {
        var en = CultureInfo.GetCultureInfo("en-GB");
        var (m, s) = (Monday, Sunday);
        if (m.Year != s.Year) return $"{m.ToString("d MMMM yyyy", en)} to {s.ToString("d MMMM yyyy", en)}";
        if (m.Month != s.Month) return $"{m.ToString("d MMMM", en)} to {s.ToString("d MMMM yyyy", en)}";
        return $"{m.Day} to {s.ToString("d MMMM yyyy", en)}";
    }

    public int CompareTo(IsoWeek other) => Monday.CompareTo(other.Monday);

    public static bool operator <(IsoWeek a, IsoWeek b) => a.CompareTo(b) < 0;
    public static bool operator >(IsoWeek a, IsoWeek b) => a.CompareTo(b) > 0;
    public static bool operator <=(IsoWeek a, IsoWeek b) => a.CompareTo(b) <= 0;
    public static bool operator >=(IsoWeek a, IsoWeek b) => a.CompareTo(b) >= 0;
}
