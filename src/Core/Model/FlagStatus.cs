namespace VoiceHub.Core.Model;

/// <summary>Where staff have got to with an emerging issue.</summary>
public static class FlagStatus
{
    public const string New = "new";
    public const string Watching = "watching";
    public const string Linked = "linked";
    public const string Dismissed = "dismissed";

    public static readonly IReadOnlyList<string> All = [New, Watching, Linked, Dismissed];

    public static string NameOf(string status) => status switch
    {
        New => "New",
        Watching => "Watching",
        Linked => "Linked to work",
        Dismissed => "Dismissed",
        _ => status,
    };
}
