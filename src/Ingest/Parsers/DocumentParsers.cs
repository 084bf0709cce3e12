using Microsoft.Extensions.Options;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Parsers.Documents;
using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Ingest.Parsers;

/// <summary>Chooses the parser for a document's channel and file type, and runs it.</summary>
public sealed class DocumentParsers(SurveyMappingStore mappings, IOptions<IngestLimits> options)
{
    public IngestLimits Limits => options.Value;

    public async Task<ParseResult> ParseAsync(Document document, byte[] bytes, CancellationToken ct)
    {
        var limits = options.Value;
        var name = document.FileName;
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var details = UploadDetails.Parse(document.Metadata);
        switch (document.Channel, extension)
        {
            case ("survey", _) when TableReader.CanRead(name) || extension == ".xls":
            {
                var (table, error) = TableReader.Read(bytes, name, limits);
                if (table is null) return ParseResult.Failed(error!);
                var roles = await RolesAsync(table, details, ct);
                return SurveyParser.Parse(table, roles, name, limits);
            }
            case ("talking-shop", _) when TableReader.CanRead(name) || extension == ".xls":
            {
                var (table, error) = TableReader.Read(bytes, name, limits);
                return table is null ? ParseResult.Failed(error!) : TalkingShopParser.Parse(table, name, limits);
            }
            case ("listening-space", ".docx" or ".md" or ".markdown" or ".txt"):
            {
                var (blocks, error) = ReadDocument(bytes, name, extension, limits);
                return blocks is null ? ParseResult.Failed(error!) : ListeningSpaceParser.Parse(blocks, name, details, limits);
            }
            case ("vcs-report", ".docx" or ".pdf"):
            {
                var (blocks, error) = extension == ".pdf" ? PdfTextReader.Read(bytes, name, limits) : ReadDocument(bytes, name, extension, limits);
                return error is not null ? ParseResult.Failed(error) : VcsReportParser.Parse(blocks!, name, details, limits);
            }
            case ("online-form" or "api", ".json"):
                return FeedbackBatchParser.Parse(bytes, document.Channel, name);
            default:
                return ParseResult.Failed(
                    $"{name}: VoiceHub cannot read {(extension.Length > 0 ? extension : "these")} files for " +
                    $"{Channels.DisplayNameOf(document.Channel)}. {Accepted(document.Channel)}");
        }
    }

    /// <summary>The file types a channel accepts, in words for a message.</summary>
    public static string Accepted(string channel) => channel switch
    {
        "survey" or "talking-shop" => "Upload a CSV or Excel (.xlsx) file.",
        "listening-space" => "Upload a Word (.docx), Markdown (.md) or text (.txt) file.",
        "vcs-report" => "Upload a PDF or Word (.docx) file.",
        _ => "",
    };

    /// <summary>Staff's confirmed mapping for this document, else the one remembered for these headers, else the detected one.</summary>
    public async Task<ColumnRole[]> RolesAsync(Table table, UploadDetails details, CancellationToken ct) =>
        PersonalColumns.Guard(table, SurveyColumns.FromCodes(details.Mapping, table.Headers.Length)
            ?? SurveyColumns.FromCodes(await mappings.FindAsync(SurveyColumns.Signature(table), ct), table.Headers.Length)
            ?? SurveyColumns.Detect(table));

    private static (List<TextBlock>? Blocks, string? Error) ReadDocument(byte[] bytes, string name, string extension, IngestLimits limits)
    {
        if (extension != ".docx")
        {
            var (text, _) = TextDecoder.Decode(bytes);
            return string.IsNullOrWhiteSpace(text) ? (null, $"{name} is empty.") : (PlainTextReader.Read(text), null);
        }
        if (ZipGuard.Check(bytes, name, limits) is { } refused) return (null, refused);
        try
        {
            return (DocxReader.Read(bytes), null);
        }
        // As for Excel files (TableReader): whatever the Open XML library throws on a damaged file, it cannot be read.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, $"{name} is not a Word document VoiceHub can read ({e.Message}). Save it again as .docx and upload it.");
        }
    }
}
