namespace VoiceHub.Core.Model;

public sealed record Locality(int Id, string Name, int? Population);
