namespace VoiceHub.Core.Model;

/// <summary>The rung a project reached on the ladder of participation, lowest first. Stored as the kebab code.</summary>
public static class ParticipationRung
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("informing", "Informing"),
        ("consultation", "Consultation"),
        ("engagement", "Engagement"),
        ("co-design", "Co-design"),
        ("co-production", "Co-production"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name ?? code;

    public static bool IsValid(string? code) => All.Any(s => s.Code == code);
}
