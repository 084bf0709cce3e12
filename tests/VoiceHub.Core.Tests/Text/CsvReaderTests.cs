using VoiceHub.Core.Text;

namespace VoiceHub.Core.Tests.Text;

public sealed class CsvReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithSeparatorsQuotesAndNewlines_KeepsThemInOneCell()
    {
        var rows = CsvReader.Read("a,b\r\n\"x, y\",\"she said \"\"hi\"\"\nthen left\"\r\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["x, y", "she said \"hi\"\nthen left"], rows[1].Fields);
        Assert.Equal(2, rows[1].Row);
    }

    [Fact]
    public void Read_QuoteNeverClosed_NamesTheRowAndLine()
    {
        var e = Assert.Throws<CsvFormatException>(() => CsvReader.Read("h1,h2\nok,fine\n\"broken,row\nmore"));
        Assert.Equal(3, e.Row);
        Assert.Equal(3, e.Line);
        Assert.Contains("Row 3", e.Message);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_IsRefused()
    {
        var e = Assert.Throws<CsvFormatException>(() => CsvReader.Read("h\n\"a\"b\n"));
        Assert.Equal(2, e.Row);
    }

    [Theory]
    [InlineData("a;b\n1;2\n", ';')]
    [InlineData("a\tb\n1\t2\n", '\t')]
    public void Read_OtherSeparators_SplitOnThem(string text, char separator)
    {
        var rows = CsvReader.Read(text, separator);
        Assert.Equal(["1", "2"], rows[1].Fields);
    }

    [Fact]
    public void Read_ByteOrderMarkAndBlankLines_AreIgnored()
    {
        var rows = CsvReader.Read("\uFEFFname\n\nvalue\n\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal("name", rows[0].Fields[0]);
    }

    [Fact]
    public void Read_LastRecordEndsInASeparatorWithoutLineBreak_IsKept()
    {
        var rows = CsvReader.Read("a,b,\nc,d,");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["c", "d", ""], rows[1].Fields);
    }

    [Fact]
    public void Escape_ValuesThatNeedIt_AreQuoted() =>
        Assert.Equal("\"a,\"\"b\"\"\"", CsvReader.Escape("a,\"b\""));
}
