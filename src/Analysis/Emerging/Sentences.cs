using System.Globalization;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Emerging;

/// <summary>The plain-English sentence for a flag: "Direct payments in Tilbury and Chadwell: 14 comments this week, about 4 expected."</summary>
public static class Sentences
{
    public static string For(SeriesKey key, string? theme, string? locality, string? channel, string? serviceArea, int count, double expected)
    {
        var subject = key.Kind switch
        {
            SeriesKinds.ThemeLocality => $"{theme} in {locality}",
            SeriesKinds.Channel => $"{channel} feedback",
            SeriesKinds.ServiceArea => $"{serviceArea} (service area)",
            _ => theme ?? "",
        };
        return $"{subject}: {count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} {(count == 1 ? "comment" : "comments")} this week, {Expected(expected)}.";
    }

    /// <summary>"about 4 expected", "fewer than 1 expected".</summary>
    public static string Expected(double expected) =>
        expected < 0.5 ? "fewer than 1 expected" : $"about {Math.Round(expected).ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} expected";
}
