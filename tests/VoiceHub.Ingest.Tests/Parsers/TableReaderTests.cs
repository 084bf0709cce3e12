using System.IO.Compression;
using VoiceHub.Ingest.Parsers.Documents;
using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class TableReaderTests
{
    [Fact]
    public void Read_SurveyMonkeyTwoHeaderRows_CombinesThemAndStartsDataAtRow3()
    {
        var table = Read.Table(Read.Sample("survey-surveymonkey.csv"), "s.csv");
        Assert.Equal("Which area do you live in?", table.Headers[6]);
        Assert.Equal("What could be better?", table.Headers[^1]);
        Assert.Equal(3, table.Rows[0].RowNo);
    }

    [Fact]
    public void Read_SubAnswersUnderOneQuestion_NameEachColumnByQuestionAndAnswer()
    {
        var csv = "Respondent ID,How did you hear about us?,,Comments\n,Leaflet,Friend,Open-Ended Response\n1,Leaflet,,Nothing much to add here really\n"u8.ToArray();
        var table = Read.Table(csv, "s.csv");
        Assert.Equal(["Respondent ID", "How did you hear about us? – Leaflet", "How did you hear about us? – Friend", "Comments"], table.Headers);
    }

    [Fact]
    public void Read_RepeatedOrBlankHeaders_AreMadeUnique()
    {
        var table = Read.Table("Comment,Comment,\na,b,c\n"u8.ToArray(), "s.csv");
        Assert.Equal(["Comment", "Comment (2)", "Column C"], table.Headers);
    }

    [Fact]
    public void Read_ExcelDates_ComeOutAsIsoDates()
    {
        var table = Read.Table(Read.Sample("talking-shop.xlsx"), "t.xlsx");
        Assert.Equal(["Date", "Locality", "Venue", "Enquiry type", "Notes", "Outcome"], table.Headers);
        Assert.Equal("2026-05-11 09:00:00", table.Rows[0].Cell(0));
        Assert.Equal(2, table.Rows[0].RowNo);
    }

    [Fact]
    public void ZipGuard_AZipThatUnpacksBeyondTheLimit_IsRefusedWithTheReason()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 3; i++) entry.Write(zeros);
        }
        var limits = new IngestLimits { MaxDecompressedBytes = 2 * 1024 * 1024 };

        var refused = ZipGuard.Check(buffer.ToArray(), "bomb.xlsx", limits);
        var (table, error) = TableReader.Read(buffer.ToArray(), "bomb.xlsx", limits);

        Assert.Contains("bomb.xlsx unpacks to more than 2MB", refused);
        Assert.Null(table);
        Assert.Equal(refused, error);
        Assert.True(buffer.Length < 100_000); // 3 MB of zeros packed small: what a bomb looks like
    }

    [Fact]
    public void ZipGuard_AZipThatLiesAboutItsSize_UnpacksNoMoreThanItDeclares()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[3 * 1024 * 1024]);
        }
        var bytes = buffer.ToArray();
        // Declare 100 bytes in both the local header (offset 22) and the central directory (offset 24).
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50) BitConverter.GetBytes(100u).CopyTo(bytes, i + 22);
            if (signature == 0x02014b50) BitConverter.GetBytes(100u).CopyTo(bytes, i + 24);
        }

        // .NET's zip reader stops each part at its declared size, so the declared total the guard checks is a true
        // bound; the guard counts what comes out as well, in case that ever changes.
        Assert.Null(ZipGuard.Check(bytes, "liar.xlsx", new IngestLimits { MaxDecompressedBytes = 2 * 1024 * 1024 }));
        using var zip2 = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var part = zip2.Entries[0].Open();
        var read = 0;
        var chunk = new byte[65536];
        try
        {
            for (int n; (n = part.Read(chunk)) > 0;) read += n;
        }
        catch (InvalidDataException)
        {
            // also acceptable: refused as damaged
        }
        Assert.True(read <= 100, $"read {read} bytes");
    }

    [Fact]
    public void Read_NotReallyAnXlsx_SaysTheFileCannotBeOpened()
    {
        var (table, error) = TableReader.Read("just text"u8.ToArray(), "fake.xlsx", Read.Limits);
        Assert.Null(table);
        Assert.Contains("fake.xlsx is not a Word or Excel file", error);
    }
}
