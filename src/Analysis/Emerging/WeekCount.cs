namespace VoiceHub.Analysis.Emerging;

/// <summary>A count for one ISO week, written <c>2026-W47</c>.</summary>
public sealed record WeekCount(string Week, int Count);
