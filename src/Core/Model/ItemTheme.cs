namespace VoiceHub.Core.Model;

/// <summary>A theme on an item, who gave it (source model or staff; the staff member's name) and when.</summary>
public sealed record ItemTheme
{
    public int ThemeId { get; init; }
    public string Name { get; init; } = "";
    public string Category { get; init; } = "";
    public float? Score { get; init; }
    public string Source { get; init; } = "";
    public string? ModelVersion { get; init; }
    public string? CreatedByName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
