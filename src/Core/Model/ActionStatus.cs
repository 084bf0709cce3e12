namespace VoiceHub.Core.Model;

/// <summary>
/// The life of a "You said, we will, we did" action. Drafts (from Listening Space notes) await review; a discarded
/// draft is kept, hidden, so its history survives. Only planned, in progress, done and not doing can be published.
/// </summary>
public static class ActionStatus
{
    public const string Draft = "draft";
    public const string Planned = "planned";
    public const string InProgress = "in-progress";
    public const string Done = "done";
    public const string NotDoing = "not-doing";
    public const string Discarded = "discarded";

    /// <summary>The statuses staff set on a reviewed action.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Live =
    [
        (Planned, "Planned"), (InProgress, "In progress"), (Done, "Done"), (NotDoing, "Not doing"),
    ];

    public static string NameOf(string code) => code switch
    {
        Draft => "Draft",
        Discarded => "Discarded",
        _ => Live.FirstOrDefault(s => s.Code == code).Name ?? code,
    };

    public static bool IsLive(string? code) => Live.Any(s => s.Code == code);

    /// <summary>Reads a status as people type it in a spreadsheet: "In progress", "in-progress", "NOT DOING".</summary>
    public static string? Parse(string? text)
    {
        var key = (text ?? "").Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' ');
        return Live.FirstOrDefault(s => s.Name.Equals(key, StringComparison.OrdinalIgnoreCase)).Code;
    }
}
