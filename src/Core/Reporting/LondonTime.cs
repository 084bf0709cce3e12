namespace VoiceHub.Core.Reporting;

/// <summary>
/// The council's clock: instants are stored in UTC and read on the calendar in Europe/London, the one place that zone
/// is looked up. Take "now" from the injected <see cref="TimeProvider"/>, so tests can move it.
/// </summary>
/// <example>23:30 UTC on Sunday 29 March 2026 is 00:30 on Monday 30 March in British Summer Time: <see cref="Day"/> gives 30 March.</example>
public static class LondonTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The wall-clock time in London at <paramref name="instant"/>.</summary>
    public static DateTime Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The day in London at <paramref name="instant"/>.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Of(instant));

    /// <summary>The instant <paramref name="day"/> begins in London (midnight, British Summer Time applied).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>Today in London, by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => Day(clock.GetUtcNow());
}
