namespace VoiceHub.Core.Model;

/// <summary>Where feedback was heard. Stored as the kebab-case <see cref="Channels.Code"/>.</summary>
public enum Channel
{
    Survey,
    ListeningSpace,
    TalkingShop,
    VcsReport,
    OnlineForm,
    Api,
}

public static class Channels
{
    public static readonly IReadOnlyList<Channel> All = Enum.GetValues<Channel>();

    /// <summary>The stable code used in the database, the CLI and URLs, e.g. <c>listening-space</c>.</summary>
    public static string Code(this Channel channel) => channel switch
    {
        Channel.Survey => "survey",
        Channel.ListeningSpace => "listening-space",
        Channel.TalkingShop => "talking-shop",
        Channel.VcsReport => "vcs-report",
        Channel.OnlineForm => "online-form",
        Channel.Api => "api",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static string DisplayName(this Channel channel) => channel switch
    {
        Channel.Survey => "Survey",
        Channel.ListeningSpace => "Listening Space",
        Channel.TalkingShop => "Talking Shop",
        Channel.VcsReport => "VCS report",
        Channel.OnlineForm => "Online form",
        Channel.Api => "Other system (API)",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static bool TryParse(string? code, out Channel channel)
    {
        foreach (var c in All)
        {
            if (string.Equals(c.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                channel = c;
                return true;
            }
        }
        channel = default;
        return false;
    }

    public static Channel Parse(string code) =>
        TryParse(code, out var c) ? c : throw new FormatException($"Unknown channel '{code}'.");

    public static string DisplayNameOf(string code) => TryParse(code, out var c) ? c.DisplayName() : code;
}
