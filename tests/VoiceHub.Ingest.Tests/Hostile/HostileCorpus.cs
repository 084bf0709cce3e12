using System.IO.Compression;
using System.Text;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>
/// The nastiest uploads found or imagined, built in code so the repository holds no opaque binaries: zip bombs,
/// truncated and nested zips, billion-laughs XML in Word and Excel files, PDFs with broken cross-references,
/// invalid UTF-8, enormous cells, absurd cell references and deep JSON; and the bombs of issue 15 (PDF stream bombs,
/// Word and Excel files amplifying inside the zip limit), NUL bytes in every text format, files over the text limit
/// and garbage under every extension. Every case must ingest or fail with a clear reason naming the file, and a bomb
/// the limit that stopped it, under <see cref="Limits"/> (see <see cref="HostileInputTests"/>); add a case here when a
/// new one is found. Cases are built one at a time as they are enumerated, so the test process holds one at a time.
/// </summary>
public static class HostileCorpus
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>Smaller than the defaults, so the corpus runs in well under two minutes on a 2-core machine.</summary>
    public static IngestLimits Limits => new()
    {
        MaxParseMemoryBytes = 256 * Megabyte, MaxParseSeconds = 20, MaxExtractedTextBytes = 8 * Megabyte, MaxDecompressedBytes = 64 * Megabyte,
    };

    private const string MemoryLimit = "reading stopped at 256 MB of memory, the limit for one file";
    private const string TextLimit = "reading stopped at 8 MB of text, the limit for one file";

    public static IEnumerable<HostileCase> All()
    {
        var docx = File.ReadAllBytes(TestPaths.Sample("listening-space.docx"));
        var xlsx = File.ReadAllBytes(TestPaths.Sample("survey-microsoft-forms.xlsx"));
        var pdf = File.ReadAllBytes(TestPaths.Sample("vcs-report.pdf"));

        // Containers.
        yield return new("truncated.docx", "listening-space", docx[..(docx.Length / 2)]);
        yield return new("truncated.xlsx", "survey", xlsx[..(xlsx.Length / 2)]);
        yield return new("only-the-zip-header.xlsx", "survey", xlsx[..30]);
        yield return new("nested-zips.docx", "listening-space", NestedZips(depth: 12));
        yield return new("zip-in-place-of-the-body.docx", "vcs-report", Replace(docx, "word/document.xml", docx));
        yield return new("zip-bomb.xlsx", "survey", ZipBomb(300L * 1024 * 1024));
        yield return new("ten-thousand-parts.docx", "listening-space", ManyEntries(10_001));
        yield return new("empty-zip.xlsx", "survey", Zip([]));

        // XML inside the containers.
        yield return new("billion-laughs.docx", "listening-space", Replace(docx, "word/document.xml", BillionLaughs("w:document", WordNs, "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body>")));
        yield return new("billion-laughs.xlsx", "survey", Replace(xlsx, "xl/worksheets/sheet1.xml", BillionLaughs("worksheet", SheetNs,
            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData>")));
        yield return new("external-entity.docx", "vcs-report", Replace(docx, "word/document.xml", ExternalEntity()));
        yield return new("not-xml-body.docx", "listening-space", Replace(docx, "word/document.xml", Encoding.UTF8.GetBytes("<w:document><<<")));
        yield return new("last-column-and-beyond.xlsx", "survey", Replace(xlsx, "xl/worksheets/sheet1.xml", Sheet("<row r=\"1\"><c r=\"ZZZZZZZ1\" t=\"inlineStr\"><is><t>far away</t></is></c></row>")));
        yield return new("sparse-rows-at-xfd.xlsx", "survey", Replace(xlsx, "xl/worksheets/sheet1.xml", Sheet(string.Concat(
            Enumerable.Range(1, 20_000).Select(r => $"<row r=\"{r}\"><c r=\"XFD{r}\" t=\"inlineStr\"><is><t>x</t></is></c></row>")))));
        yield return new("deep-elements.docx", "listening-space", Replace(docx, "word/document.xml", DeepElements(100_000)));

        // PDFs.
        yield return new("truncated.pdf", "vcs-report", pdf[..(pdf.Length / 2)]);
        yield return new("broken-xref.pdf", "vcs-report", BrokenXref(pdf));
        yield return new("startxref-past-the-end.pdf", "vcs-report", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\nstartxref\n999999999\n%%EOF"));
        yield return new("self-referencing-pages.pdf", "vcs-report", SelfReferencingPages());
        yield return new("only-a-header.pdf", "vcs-report", Encoding.ASCII.GetBytes("%PDF-1.7\n"));

        // Text.
        yield return new("invalid-utf8.csv", "survey", [.. "Date,Comment\n01/03/2026,"u8, 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. " lift broken\n"u8]);
        yield return new("bom-then-invalid-utf8.md", "listening-space", [0xEF, 0xBB, 0xBF, .. "# Grays\n\n- "u8, 0xF8, 0x88, 0x80, 0x80, 0x80, .. " odd bytes\n"u8]);
        yield return new("odd-utf16.csv", "talking-shop", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x2C]);
        yield return new("enormous-cell.csv", "survey", Encoding.UTF8.GetBytes("Date,Comment\n01/03/2026,\"" + new string('a', 5_000_000) + "\"\n02/03/2026,A normal answer about the lift\n"));
        yield return new("unclosed-quote.csv", "survey", Encoding.UTF8.GetBytes("Date,Comment\n01/03/2026,\"never closed " + string.Concat(Enumerable.Repeat("line,\n", 100_000))));
        yield return new("hundred-thousand-columns.csv", "survey", Encoding.UTF8.GetBytes(string.Join(',', Enumerable.Range(0, 100_000).Select(i => "Q" + i)) + "\n" + new string(',', 99_999) + "x\n"));
        yield return new("nul-bytes.md", "listening-space", [.. "# Tilbury\n\n- \0\0\0"u8, .. new byte[100_000], .. "\n"u8]);
        yield return new("only-separators.csv", "talking-shop", Encoding.UTF8.GetBytes(new string(';', 200_000)));
        yield return new("deep-json.json", "online-form", Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)));
        yield return new("wrong-json.json", "api", Encoding.UTF8.GetBytes("{\"items\": 5, \"receivedAt\": \"yesterday\"}"));
        yield return new("empty.txt", "listening-space", []);

        // Bombs (issue 15): small on the wire, huge inside.
        yield return new("pdf-stream-bomb-50mb.pdf", "vcs-report", HostileBombs.PdfStreamBomb(50), "unpacks to more than 8 MB, the limit for one part of a PDF");
        yield return new("pdf-stream-bomb-5mb.pdf", "vcs-report", HostileBombs.PdfStreamBomb(5), MemoryLimit);
        // Word and Excel files are read a paragraph or a row at a time, so these stay inside the memory limit and are
        // refused for what they hold; the same with a sentence in each paragraph or row passes the text limit.
        yield return new("amplifying-12mb.docx", "listening-space", HostileBombs.AmplifyingDocx(docx, 12));
        yield return new("amplifying-12mb.xlsx", "survey", HostileBombs.AmplifyingXlsx(xlsx, 12));
        const string Sentence = "The lift at the day centre was broken again this week";
        yield return new("amplifying-24mb-of-text.docx", "listening-space", HostileBombs.AmplifyingDocx(docx, 24, Sentence), TextLimit);
        yield return new("amplifying-24mb-of-text.xlsx", "survey", HostileBombs.AmplifyingXlsx(xlsx, 24, Sentence), TextLimit);
        yield return new("nested-100000-deep.pdf", "vcs-report", HostileBombs.DeeplyNestedPdf(100_000));

        // NUL bytes in every text format: read, with the NULs gone, never stuck "Reading".
        yield return new("nul-bytes.csv", "survey", Encoding.UTF8.GetBytes("Date,Comment\n01/03/2026,The lift\0 at the centre is broken\n02/03/2026,Staff were\0\0 kind\n"), HostileCase.Ingested);
        yield return new("nul-bytes-notes.csv", "talking-shop", Encoding.UTF8.GetBytes("Date,Locality,Notes\n01/03/2026,Grays,Asked\0 about respite care\n"), HostileCase.Ingested);
        yield return new("nul-bytes.txt", "listening-space", Encoding.UTF8.GetBytes("Listening Space\0 notes\n\nDate: 3 March 2026\nLocality: Grays\n\n- People said\0 the bus is late\n"));
        yield return new("nul-bytes.docx", "listening-space", HostileBombs.DocxWithNul(docx));

        // Over the text limit.
        yield return new("oversize-text.txt", "listening-space", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("People said the bus is always late.\n", 300_000))), TextLimit);
        yield return new("oversize.csv", "survey", Encoding.UTF8.GetBytes("Date,Comment\n" + string.Concat(Enumerable.Repeat("01/03/2026,The lift at the centre is broken again\n", 250_000))), TextLimit);

        // Garbage under every extension.
        var garbage = new[] { ("pdf", "vcs-report"), ("docx", "vcs-report"), ("xlsx", "survey"), ("csv", "survey"), ("tsv", "talking-shop"), ("md", "listening-space"), ("txt", "listening-space"), ("json", "api") };
        for (var i = 0; i < garbage.Length; i++) yield return new($"garbage.{garbage[i].Item1}", garbage[i].Item2, HostileBombs.Garbage(64 * 1024, seed: i));
    }

    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Ten levels of entities each ten times the last: a billion "lol"s if anything expands it.</summary>
    private static byte[] BillionLaughs(string root, string ns, string body)
    {
        var dtd = new StringBuilder($"<?xml version=\"1.0\"?>\n<!DOCTYPE {root} [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++) dtd.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">\n");
        var prefix = root.Contains(':') ? ":" + root[..root.IndexOf(':')] : "";
        dtd.Append(CultureInfo.InvariantCulture, $"]>\n<{root} xmlns{prefix}=\"{ns}\">{body}</{root}>");
        return Encoding.UTF8.GetBytes(dtd.ToString());
    }

    private static byte[] ExternalEntity() => Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" +
        $"<w:document xmlns:w=\"{WordNs}\"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>");

    private static byte[] DeepElements(int depth) => Encoding.UTF8.GetBytes(
        $"<w:document xmlns:w=\"{WordNs}\"><w:body>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) +
        string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth)) + "</w:body></w:document>");

    private static byte[] Sheet(string rows) => Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{SheetNs}\"><sheetData>{rows}</sheetData></worksheet>");

    /// <summary>The same zip with one entry's content swapped.</summary>
    private static byte[] Replace(byte[] zip, string entryName, byte[] content)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == entryName) to.Write(content);
                else entry.Open().CopyTo(to);
            }
        }
        return output.ToArray();
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        }
        return output.ToArray();
    }

    private static byte[] NestedZips(int depth)
    {
        var inner = Encoding.UTF8.GetBytes("the centre");
        for (var i = 0; i < depth; i++) inner = Zip([("[Content_Types].xml", inner), ("word/document.xml", inner)]);
        return inner;
    }

    private static byte[] ManyEntries(int count) => Zip(Enumerable.Range(0, count).Select(i => ($"part{i}.xml", Array.Empty<byte>())));

    /// <summary>One entry of zeros that unpacks to <paramref name="size"/> bytes from a few hundred kilobytes.</summary>
    private static byte[] ZipBomb(long size)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.Length) s.Write(zeros);
        }
        return output.ToArray();
    }

    /// <summary>The sample report with every cross-reference offset pointing somewhere wrong.</summary>
    private static byte[] BrokenXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var xref = text.LastIndexOf("xref", StringComparison.Ordinal);
        if (xref < 0) return pdf;
        var broken = new StringBuilder(text[..xref]);
        foreach (var line in text[xref..].Split('\n'))
        {
            broken.Append(System.Text.RegularExpressions.Regex.IsMatch(line, @"^\d{10} \d{5} [nf]") ? "0000000007 00000 n\r" : line).Append('\n');
        }
        return Encoding.Latin1.GetBytes(broken.ToString().TrimEnd('\n'));
    }

    private static byte[] SelfReferencingPages() => Encoding.ASCII.GetBytes("""
        %PDF-1.4
        1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj
        2 0 obj <</Type/Pages/Kids[2 0 R 3 0 R]/Count 2>> endobj
        3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>> endobj
        4 0 obj <</Length 44>> stream
        BT /F1 12 Tf 72 720 Td (Looping pages) Tj ET
        endstream endobj
        trailer <</Root 1 0 R/Size 5>>
        %%EOF
        """);
}
