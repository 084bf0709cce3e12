namespace VoiceHub.Core.Model;

/// <summary>Where a co-production project is. Stored as the lower-case code.</summary>
public static class ProjectStatus
{
    public const string Proposed = "proposed";
    public const string Recruiting = "recruiting";
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        (Proposed, "Proposed"), (Recruiting, "Recruiting"), (Active, "Active"), (Paused, "Paused"), (Closed, "Closed"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name ?? code;

    public static bool IsValid(string? code) => All.Any(s => s.Code == code);
}
