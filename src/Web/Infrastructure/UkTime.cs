using System.Globalization;

namespace VoiceHub.Web.Infrastructure;

/// <summary>Times are stored in UTC and shown in Europe/London (<see cref="Core.Reporting.LondonTime"/>), in GOV.UK style ("23 November 2026 at 2:05pm").</summary>
public static class UkTime
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToLondon(DateTimeOffset utc) => Core.Reporting.LondonTime.Of(utc);

    public static string DateTime(DateTimeOffset? utc)
    {
        if (utc is null) return "";
        var local = ToLondon(utc.Value);
        var time = local.ToString("h:mmtt", EnGb).ToLowerInvariant();
        return $"{local.ToString("d MMMM yyyy", EnGb)} at {time}";
    }

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb) ?? "";

    public static string ShortDate(DateOnly? date) => date?.ToString("d MMM yyyy", EnGb) ?? "";
}
