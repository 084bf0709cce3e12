namespace VoiceHub.Core.Model;

/// <summary>
/// A co-production project: issue-based, time-limited, co-chaired by a member of staff and a person with lived
/// experience. Codes are in <see cref="ProjectStatus"/>, <see cref="ProjectType"/> and <see cref="ParticipationRung"/>.
/// </summary>
public sealed record Project
{
    public long Id { get; init; }
    public required string Title { get; init; }
    public string Aims { get; init; } = "";
    public required string Status { get; init; }
    public required string Type { get; init; }
    public required string Rung { get; init; }
    /// <summary>Names of the co-chairs. Staff pages only: the lived-experience co-chair's name is personal data.</summary>
    public string StaffChair { get; init; } = "";
    public string LivedChair { get; init; } = "";
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public bool Published { get; init; }
    public int[] LocalityIds { get; init; } = [];
    public int[] ThemeIds { get; init; } = [];
    public string[] LocalityNames { get; init; } = [];
    public string[] ThemeNames { get; init; } = [];
    public int ItemCount { get; init; }
    public int ActionCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
