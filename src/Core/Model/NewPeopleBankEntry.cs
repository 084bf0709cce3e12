namespace VoiceHub.Core.Model;

/// <summary>An expression of interest from the public "Get involved" form, given with explicit consent.</summary>
public sealed record NewPeopleBankEntry
{
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public int? LocalityId { get; init; }
    public long? ProjectId { get; init; }
    public string? Interests { get; init; }
}
