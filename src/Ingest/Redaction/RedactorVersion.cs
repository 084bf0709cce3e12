namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// The version of <see cref="Redactor"/>'s rules. Raise it whenever the redactor finds more (or less): on its next
/// start the hub runs the re-redaction job (<see cref="Jobs.RedactAgainJob"/>) over everything already stored, so a
/// better redactor also protects what came in before it.
/// </summary>
public static class RedactorVersion
{
    public const int Current = 17;
}
