using System.Globalization;

namespace VoiceHub.Core.Model;

/// <summary>
/// One weekly series that emerging-issue detection watches: items about a theme (all localities, or one), items from a
/// channel, or items about a service area. <see cref="Id"/> is stable and readable, and with the week makes a flag's id.
/// </summary>
/// <example><c>new SeriesKey(SeriesKinds.ThemeLocality, ThemeId: 12, LocalityId: 3).Id</c> is <c>theme-12.locality-3</c>.</example>
public sealed record SeriesKey(string Kind, int? ThemeId = null, int? LocalityId = null, string? Channel = null, int? ServiceAreaId = null)
{
    public string Id => Kind switch
    {
        SeriesKinds.Theme => $"theme-{N(ThemeId)}",
        SeriesKinds.ThemeLocality => $"theme-{N(ThemeId)}.locality-{N(LocalityId)}",
        SeriesKinds.Channel => $"channel-{Channel}",
        SeriesKinds.ServiceArea => $"service-area-{N(ServiceAreaId)}",
        _ => throw new InvalidOperationException($"Unknown series kind '{Kind}'."),
    };

    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? throw new InvalidOperationException("A series key lacks its id.");
}
