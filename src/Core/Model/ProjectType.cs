namespace VoiceHub.Core.Model;

/// <summary>The kind of co-production a project is. Stored as the kebab code.</summary>
public static class ProjectType
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("co-design", "Co-design"),
        ("co-decision", "Co-decision making"),
        ("co-delivery", "Co-delivery"),
        ("co-evaluation", "Co-evaluation"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name ?? code;

    public static bool IsValid(string? code) => All.Any(s => s.Code == code);
}
