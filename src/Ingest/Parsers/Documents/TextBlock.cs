namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>One block of a Word, Markdown, text or PDF document, in reading order. <see cref="Page"/> only for PDFs.</summary>
public sealed record TextBlock(BlockKind Kind, string Text, int Level = 0, int? Page = null)
{
    public string[] Cells { get; init; } = [];
}
