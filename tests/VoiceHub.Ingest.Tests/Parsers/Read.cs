using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Parsers.Documents;
using VoiceHub.Ingest.Parsers.Tables;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Parsers;

/// <summary>Shortcuts for parser tests: read a sample or bytes the way the job does, without a database.</summary>
internal static class Read
{
    public static readonly IngestLimits Limits = new();

    public static byte[] Sample(string name) => File.ReadAllBytes(TestPaths.Sample(name));

    public static Table Table(byte[] bytes, string name)
    {
        var (table, error) = TableReader.Read(bytes, name, Limits);
        Assert.True(table is not null, error);
        return table!;
    }

    public static ParseResult Survey(byte[] bytes, string name, IngestLimits? limits = null)
    {
        var (table, error) = TableReader.Read(bytes, name, limits ?? Limits);
        return table is null ? ParseResult.Failed(error!) : SurveyParser.Parse(table, SurveyColumns.Detect(table), name, limits ?? Limits);
    }

    public static List<TextBlock> Blocks(string name)
    {
        var bytes = Sample(name);
        if (name.EndsWith(".docx", StringComparison.Ordinal)) return DocxReader.Read(bytes, Limits.MaxExtractedTextBytes)!;
        if (name.EndsWith(".pdf", StringComparison.Ordinal))
        {
            var (blocks, error) = PdfTextReader.Read(bytes, name, Limits);
            Assert.Null(error);
            return blocks;
        }
        return PlainTextReader.Read(TextDecoder.Decode(bytes).Text);
    }
}
