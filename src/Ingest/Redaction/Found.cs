namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// One detail found in the text: where, its placeholder, whether it was removed only to be safe, and what stands in its
/// place (the placeholder, except a postcode, which keeps its outward code: <c>RM17 6SL</c> becomes <c>RM17</c>).
/// </summary>
internal readonly record struct Found(int Start, int Length, string Placeholder, bool Uncertain, string? Replacement = null)
{
    public int End => Start + Length;
}
