namespace VoiceHub.Core.Model;

/// <summary>How many items a series had in the ISO week starting on <see cref="WeekStart"/> (a Monday).</summary>
public sealed record SeriesCount(SeriesKey Key, DateOnly WeekStart, int Count);
