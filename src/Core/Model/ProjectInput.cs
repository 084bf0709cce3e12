namespace VoiceHub.Core.Model;

/// <summary>What staff enter to create or change a project.</summary>
public sealed record ProjectInput
{
    public required string Title { get; init; }
    public string Aims { get; init; } = "";
    public required string Status { get; init; }
    public required string Type { get; init; }
    public required string Rung { get; init; }
    public string StaffChair { get; init; } = "";
    public string LivedChair { get; init; } = "";
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public bool Published { get; init; }
    public IReadOnlyList<int> LocalityIds { get; init; } = [];
    public IReadOnlyList<int> ThemeIds { get; init; } = [];
}
