using VoiceHub.Search.Export;
using VoiceHub.Search.Queries;

namespace VoiceHub.Search.Tests;

public sealed class SearchCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 1375 000000", "'+44 1375 000000")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("\uFEFF=1+1", "'\uFEFF=1+1")]
    [InlineData("\u200B\u200D@SUM(A1)", "'\u200B\u200D@SUM(A1)")]
    [InlineData("  \uFF0B44 1375", "'  \uFF0B44 1375")]
    [InlineData("\uFE66cmd", "'\uFE66cmd")]
    [InlineData("plain words", "plain words")]
    [InlineData("\uFEFFplain", "\uFEFFplain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Cell_FormulaStartsAreNeutralisedAndSpecialsQuoted(string value, string expected) => Assert.Equal(expected, SearchCsv.Cell(value));

    [Fact]
    public async Task WriteAsync_HeaderThenOneRowPerHit()
    {
        var hit = new SearchHit(7, "ABCDEFGHJKMN", "=cmd|' /C calc'!A0", "", ["Parking"], "Grays", "survey", new DateOnly(2026, 3, 1), "What could be better?", 1)
        {
            Sentiment = 4,
        };
        var writer = new StringWriter();
        await SearchCsv.WriteAsync(writer, [hit], h => $"https://hub/items/{h.Id}", CancellationToken.None);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Reference,Date,Locality,Channel,Themes,Service areas,Sentiment,Question,What they said,Link", lines[0]);
        Assert.Equal("ABCDEFGHJKMN,2026-03-01,Grays,Survey,Parking,,Negative,What could be better?,'=cmd|' /C calc'!A0,https://hub/items/7", lines[1]);
    }
}
