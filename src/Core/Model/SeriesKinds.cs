namespace VoiceHub.Core.Model;

/// <summary>The kinds of weekly series watched for emerging issues, as stored in <c>emerging_flags.kind</c>.</summary>
public static class SeriesKinds
{
    public const string Theme = "theme";
    public const string ThemeLocality = "theme-locality";
    public const string Channel = "channel";
    public const string ServiceArea = "service-area";
}
