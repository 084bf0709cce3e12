using VoiceHub.Core.Model;

namespace VoiceHub.Ingest.Parsers;

/// <summary>Chooses the parser for a document's channel and file type, and runs it.</summary>
public sealed class DocumentParsers(SurveyCsvParser surveyCsv)
{
    public ParseResult Parse(Document document, byte[] bytes)
    {
        var extension = Path.GetExtension(document.FileName).ToLowerInvariant();
        return (document.Channel, extension) switch
        {
            ("survey", ".csv" or ".txt" or ".tsv") => surveyCsv.Parse(bytes, document.FileName),
            _ => ParseResult.Failed(
                $"{document.FileName}: VoiceHub cannot read {(extension.Length > 0 ? extension : "these")} files for " +
                $"{Channels.DisplayNameOf(document.Channel)} yet."),
        };
    }
}
