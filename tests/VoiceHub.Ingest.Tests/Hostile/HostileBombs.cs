using System.IO.Compression;
using System.Text;

namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>
/// Files small on the wire that are huge inside, written straight into their compressed parts so the test process
/// never holds what they unpack to: PDF content-stream bombs, Word and Excel files that amplify inside the zip limit,
/// and a PDF nested deeper than any parser's stack.
/// </summary>
public static class HostileBombs
{
    /// <summary>
    /// A one-page PDF whose one FlateDecode content stream unpacks to <paramref name="megabytes"/> of text-drawing lines
    /// (the 204 KB file in issue 15 held 50 MB): each line a short sentence at one of sixty places on the page.
    /// </summary>
    public static byte[] PdfStreamBomb(int megabytes)
    {
        var content = new MemoryStream();
        using (var z = new ZLibStream(content, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var lines = Enumerable.Range(0, 60)
                .Select(i => Encoding.ASCII.GetBytes($"BT /F1 10 Tf 72 {740 - i * 12} Td (The lift at the day centre was broken again this week) Tj ET\n"))
                .ToArray();
            long written = 0;
            for (var i = 0; written < megabytes * 1024L * 1024; i++)
            {
                z.Write(lines[i % lines.Length]);
                written += lines[i % lines.Length].Length;
            }
        }
        return Pdf("/Filter /FlateDecode", content.ToArray());
    }

    /// <summary>A PDF whose catalogue holds an array nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeeplyNestedPdf(int depth) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R/Deep " + new string('[', depth) + new string(']', depth) + ">> endobj\n" +
        "2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R/Size 3>>\n%%EOF");

    /// <summary>
    /// The sample Word file with its body replaced by <paramref name="megabytes"/> of paragraphs of
    /// <paramref name="text"/>: a few hundred kilobytes, inside the zip limit, that a reader of the whole tree turns
    /// into millions of objects (one letter a paragraph) or that hold more text than the limit (a sentence each).
    /// </summary>
    public static byte[] AmplifyingDocx(byte[] sample, int megabytes, string text = "x") => ReplaceEntry(sample, "word/document.xml", s =>
    {
        s.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{WordNs}\"><w:body>"));
        var paragraph = Encoding.UTF8.GetBytes($"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
        for (long n = 0; n < megabytes * 1024L * 1024; n += paragraph.Length) s.Write(paragraph);
        s.Write("</w:body></w:document>"u8);
    });

    /// <summary>The sample workbook with its first sheet replaced by <paramref name="megabytes"/> of one-cell rows of <paramref name="text"/>.</summary>
    public static byte[] AmplifyingXlsx(byte[] sample, int megabytes, string text = "x") => ReplaceEntry(sample, "xl/worksheets/sheet1.xml", s =>
    {
        s.Write(Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{SheetNs}\"><sheetData>"));
        long written = 0;
        for (var r = 1; written < megabytes * 1024L * 1024; r++)
        {
            var row = Encoding.ASCII.GetBytes($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>{text}</t></is></c></row>");
            s.Write(row);
            written += row.Length;
        }
        s.Write("</sheetData></worksheet>"u8);
    });

    /// <summary>The sample Word file with a NUL byte inside its text.</summary>
    public static byte[] DocxWithNul(byte[] sample) => ReplaceEntry(sample, "word/document.xml", s => s.Write(Encoding.UTF8.GetBytes(
        $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>The lift\0 was broken</w:t></w:r></w:p></w:body></w:document>")));

    /// <summary>Bytes from a seeded generator: the same garbage every run.</summary>
    public static byte[] Garbage(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static byte[] ReplaceEntry(byte[] zip, string entryName, Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                if (entry.FullName == entryName) write(to);
                else entry.Open().CopyTo(to);
            }
        }
        return output.ToArray();
    }

    /// <summary>A one-page PDF, Helvetica as F1, around one content stream, with a correct cross-reference table.</summary>
    private static byte[] Pdf(string filter, byte[] content)
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.4\n");
        Object("<</Type/Catalog/Pages 2 0 R>>");
        Object("<</Type/Pages/Kids[3 0 R]/Count 1>>");
        Object("<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n<</Length {content.Length} {filter}>>\nstream\n");
        pdf.Write(content);
        Write("\nendstream\nendobj\n");
        Object("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<</Size {offsets.Count + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
