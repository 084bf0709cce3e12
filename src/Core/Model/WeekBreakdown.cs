namespace VoiceHub.Core.Model;

/// <summary>Items in one week by one dimension (<c>channel</c> or <c>locality</c>); <see cref="Name"/> null means not known.</summary>
public sealed record WeekBreakdown(string Dimension, string? Name, DateOnly WeekStart, int Count);
