using System.Text;
using UglyToad.PdfPig.Content;
using W = DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Parsers.Documents;
using System.Globalization;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class VcsReportParserTests
{
    private static readonly UploadDetails Given = new UploadDetails().With(new Dictionary<string, string>
    {
        [UploadDetails.Organisation] = "Thurrock Carers Together",
        [UploadDetails.Period] = "1 April to 30 June 2026",
    });

    [Fact]
    public void Parse_PdfReport_SplitsPassagesAndQuotesAndLeavesOutHeadersFootersAndContents()
    {
        var result = VcsReportParser.Parse(Read.Blocks("vcs-report.pdf"), "vcs-report.pdf", Given, Read.Limits);

        Assert.Null(result.Error);
        var texts = result.Items.Select(i => i.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Quarterly report to the council") || t.Contains("Page ") || t.Contains("........"));
        var quotes = result.Items.Where(i => i.Metadata.GetValueOrDefault("directQuote") == "true").ToList();
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, q => Assert.DoesNotContain("\u201C", q.Text));
        Assert.Contains(result.Items, i => i.Text.StartsWith("This quarter our support workers met 212 unpaid carers", StringComparison.Ordinal));
        Assert.Contains(result.Items, i => i.Text.StartsWith("Many carers described long waits", StringComparison.Ordinal) && i.Text.Contains('…'));
        Assert.All(result.Items, i =>
        {
            Assert.Equal(new DateOnly(2026, 6, 30), i.OccurredOn);
            Assert.Equal("Thurrock Carers Together", i.Metadata["organisation"]);
            Assert.StartsWith("Thurrock Carers Together report, 1 April to 30 June 2026", i.Context);
        });
        Assert.Equal("What carers told us", quotes[0].Metadata["section"]);
        Assert.Equal("3", quotes[0].Metadata["page"]);
    }

    [Fact]
    public void Parse_WordReport_SkipsHeaderAndFooterAndTakesOutQuotes()
    {
        var result = VcsReportParser.Parse(Read.Blocks("vcs-report.docx"), "vcs-report.docx", Given, Read.Limits);
        Assert.DoesNotContain(result.Items, i => i.Text.Contains("Report to Adult Social Care") || i.Text == "Page 1");
        Assert.Equal(2, result.Items.Count(i => i.Metadata.ContainsKey("directQuote")));
        Assert.Contains(result.Items, i => i.Text.StartsWith("Residents also asked for clearer information", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WordReportWithATableOfContents_LeavesTheContentsOut()
    {
        using var buffer = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            static W.Paragraph Para(string text, string? style = null) => new(
                new W.ParagraphProperties { ParagraphStyleId = style is null ? null : new W.ParagraphStyleId { Val = style } }, new W.Run(new W.Text(text)));
            var toc = new W.SdtBlock(
                new W.SdtProperties(new W.SdtContentDocPartObject(new W.DocPartGallery { Val = "Table of Contents" })),
                new W.SdtContentBlock(Para("Contents"), Para("Summary ........ 3", "TOC1")));
            doc.AddMainDocumentPart().Document = new W.Document(new W.Body(
                toc, Para("What carers said ........ 4", "TOC2"), Para("Summary", "Heading1"),
                Para("Carers told us the wait for an assessment is the biggest worry this year.")));
        }

        var blocks = DocxReader.Read(buffer.ToArray(), Read.Limits.MaxExtractedTextBytes)!;

        Assert.Equal([(BlockKind.Heading, "Summary"), (BlockKind.Paragraph, "Carers told us the wait for an assessment is the biggest worry this year.")],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Parse_WithoutOrganisationOrPeriod_AsksForThem()
    {
        var result = VcsReportParser.Parse(Read.Blocks("vcs-report.docx"), "r.docx", new UploadDetails(), Read.Limits);
        Assert.Equal([UploadDetails.Organisation, UploadDetails.Period], result.Missing);
    }

    [Fact]
    public void Read_ScannedPdfWithNoTextLayer_IsRefusedSayingSo()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(100, 100), 300, 500, 2, fill: true);

        var (_, error) = PdfTextReader.Read(builder.Build(), "scan.pdf", Read.Limits);

        Assert.Contains("scan.pdf has no text in it that VoiceHub can read: it looks like a scan", error);
    }

    [Fact]
    public void Read_PdfOverThePageLimit_IsRefusedSayingTheLimit()
    {
        var (_, error) = PdfTextReader.Read(Read.Sample("vcs-report.pdf"), "big.pdf", new IngestLimits { MaxPdfPages = 2 });
        Assert.Contains("big.pdf has 4 pages, more than the 2 VoiceHub reads", error);
    }

    [Fact]
    public void Read_EncryptedPdf_IsRefusedSayingSo()
    {
        var (_, error) = PdfTextReader.Read(EncryptedPdf(), "locked.pdf", Read.Limits);
        Assert.Contains("locked.pdf is encrypted or password-protected", error);
    }

    [Fact]
    public void Read_NotAPdf_IsRefusedNamingTheFile()
    {
        var (_, error) = PdfTextReader.Read("hello"u8.ToArray(), "odd.pdf", Read.Limits);
        Assert.StartsWith("odd.pdf", error);
    }

    [Theory]
    [InlineData("1 April to 30 June 2026", 2026, 6, 30)]
    [InlineData("April – June 2026", 2026, 6, 30)]
    [InlineData("2026-01-01 to 2026-03-31", 2026, 3, 31)]
    public void PeriodEnd_NamedPeriods_GiveTheirLastDay(string period, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), VcsReportParser.PeriodEnd(period));

    /// <summary>A one-page PDF whose trailer names an RC4 security handler: what a password-protected report looks like.</summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{new string('c', 32)}> <{new string('c', 32)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
