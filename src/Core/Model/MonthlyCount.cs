namespace VoiceHub.Core.Model;

/// <summary>How many items of one theme or locality (<see cref="Kind"/>: theme | locality) fell in one month.</summary>
public sealed record MonthlyCount
{
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public DateOnly Month { get; init; }
    public int Count { get; init; }
}
