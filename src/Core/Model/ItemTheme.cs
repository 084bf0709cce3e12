namespace VoiceHub.Core.Model;

/// <summary>A theme on an item, who gave it (source model or staff; the staff member's name) and when.</summary>
public sealed record ItemTheme(int ThemeId, string Name, string Category, float? Score, string Source, string? ModelVersion,
    string? CreatedByName, DateTimeOffset CreatedAt);
