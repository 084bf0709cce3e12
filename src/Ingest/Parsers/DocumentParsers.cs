using VoiceHub.Core.Model;
using VoiceHub.Ingest.Parsers.Documents;
using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// Chooses the parser for a document's channel and file type, and runs it. Needs no database and no services, so it
/// runs inside the parsing process (<see cref="Sandbox.ParseSandboxChild"/>); its answer is cleaned of control
/// characters (<see cref="ParseResultCleaner"/>), so nothing a file holds can make PostgreSQL refuse the batch.
/// </summary>
public static class DocumentParsers
{
    /// <summary>How many rows of a survey the mapping page is given: enough to detect columns and show samples.</summary>
    public const int MappingRows = 500;

    public static ParseResult Parse(ParseRequest request, byte[] bytes) => ParseResultCleaner.Clean(ParseRaw(request, bytes));

    private static ParseResult ParseRaw(ParseRequest request, byte[] bytes)
    {
        var limits = request.Limits;
        var name = request.FileName;
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var details = UploadDetails.Parse(request.Metadata);
        switch (request.Channel, extension)
        {
            case ("survey", _) when TableReader.CanRead(name) || extension == ".xls":
            {
                var (table, error) = TableReader.Read(bytes, name, limits);
                if (table is null) return ParseResult.Failed(error!);
                if (request.TableOnly) return new ParseResult { Table = table with { Rows = [.. table.Rows.Take(MappingRows)] } };
                var remembered = request.SurveyMappings.GetValueOrDefault(SurveyColumns.Signature(table));
                return SurveyParser.Parse(table, Roles(table, details, remembered), name, limits);
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
                return FeedbackBatchParser.Parse(bytes, request.Channel, name);
            default:
                return ParseResult.Failed(
                    $"{name}: VoiceHub cannot read {(extension.Length > 0 ? extension : "these")} files for " +
                    $"{Channels.DisplayNameOf(request.Channel)}. {Accepted(request.Channel)}");
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
    public static ColumnRole[] Roles(Table table, UploadDetails details, IReadOnlyList<string>? remembered) =>
        PersonalColumns.Guard(table, SurveyColumns.FromCodes(details.Mapping, table.Headers.Length)
            ?? SurveyColumns.FromCodes(remembered, table.Headers.Length)
            ?? SurveyColumns.Detect(table));

    private static (List<TextBlock>? Blocks, string? Error) ReadDocument(byte[] bytes, string name, string extension, IngestLimits limits)
    {
        if (extension != ".docx")
        {
            var (text, _) = TextDecoder.Decode(bytes);
            if (text.Length > limits.MaxExtractedTextBytes) return (null, TextLimit.Reached(name, limits));
            return string.IsNullOrWhiteSpace(text) ? (null, $"{name} is empty.") : (PlainTextReader.Read(text), null);
        }
        if (ZipGuard.Check(bytes, name, limits) is { } refused) return (null, refused);
        try
        {
            var blocks = DocxReader.Read(bytes, limits.MaxExtractedTextBytes);
            return blocks is null ? (null, TextLimit.Reached(name, limits)) : (blocks, null);
        }
        // As for Excel files (TableReader): whatever the Open XML library throws on a damaged file, it cannot be read.
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return (null, $"{name} is not a Word document VoiceHub can read ({e.Message}). Save it again as .docx and upload it.");
        }
    }
}
