namespace VoiceHub.Core.Model;

public sealed record Theme(int Id, string Name, string Category, string Description);
