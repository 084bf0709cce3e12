namespace VoiceHub.Ingest.Redaction;

/// <summary>One detail <see cref="Redactor.Find"/> would remove: where it is, its placeholder, and whether it is uncertain.</summary>
public readonly record struct RedactedSpan(int Start, int Length, string Placeholder, bool Uncertain)
{
    public int End => Start + Length;
}
