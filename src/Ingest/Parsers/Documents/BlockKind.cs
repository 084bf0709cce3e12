namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>What a block of a document is.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    Bullet,
    /// <summary>A table row: its cells are in <see cref="TextBlock.Cells"/>.</summary>
    TableRow,
}
