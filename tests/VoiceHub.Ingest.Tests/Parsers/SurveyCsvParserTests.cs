using System.Text;
using VoiceHub.Ingest.Parsers;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class SurveyCsvParserTests
{
    private readonly SurveyCsvParser _parser = new();

    [Fact]
    public void Parse_TheSeedSample_MakesOneItemPerNonEmptyFreeTextAnswerWithItsQuestion()
    {
        var result = _parser.Parse(File.ReadAllBytes(TestPaths.Sample("survey.csv")), "survey.csv");

        Assert.Null(result.Error);
        Assert.Equal(80, result.Items.Count);
        var first = result.Items[0];
        Assert.Equal("What has worked well with your care and support?", first.Context);
        Assert.Equal(new DateOnly(2022, 2, 15), first.OccurredOn);
        Assert.Equal("Grays", first.LocalityName);
        Assert.Equal("1000", first.Metadata["responseId"]);
        Assert.DoesNotContain(result.Items, i => i.Context is "Locality" or "Postcode" or "Response ID");
    }

    [Fact]
    public void Parse_Windows1252SemicolonExport_KeepsPoundSignsAndCurlyQuotes()
    {
        var text = "Date;Comment\r\n23/11/2026;\u201CIt costs \u00A325 a week and nobody explained why\u201D\r\n";
        var bytes = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);

        var result = _parser.Parse(bytes, "export.csv");

        var item = Assert.Single(result.Items);
        Assert.Equal("\u201CIt costs \u00A325 a week and nobody explained why\u201D", item.Text);
        Assert.Equal(new DateOnly(2026, 11, 23), item.OccurredOn);
    }

    [Fact]
    public void Parse_BrokenQuoting_FailsNamingTheFileAndRow()
    {
        var bytes = Encoding.UTF8.GetBytes("Date,Comment\n01/01/2026,fine answer here thanks\n02/01/2026,\"never closed\n");
        var result = _parser.Parse(bytes, "broken.csv");
        Assert.Empty(result.Items);
        Assert.Contains("broken.csv", result.Error);
        Assert.Contains("Row 3", result.Error);
    }

    [Fact]
    public void Parse_RowWithTooManyCells_IsSkippedWithItsRowNumberAndTheRestGoIn()
    {
        var bytes = Encoding.UTF8.GetBytes("Date,Comment\n01/01/2026,the carers are kind and on time\n02/01/2026,too many,cells here\n03/01/2026,the phone line is always busy\n");
        var result = _parser.Parse(bytes, "s.csv");
        Assert.Equal(2, result.Items.Count);
        Assert.Equal(1, result.RowsSkipped);
        Assert.Contains(result.Warnings, w => w.StartsWith("Row 3:"));
    }

    [Fact]
    public void Parse_NoFreeTextColumn_SaysSo()
    {
        var result = _parser.Parse(Encoding.UTF8.GetBytes("ID,Rating\n1,5\n2,4\n"), "ratings.csv");
        Assert.Contains("no column looks like free-text", result.Error);
    }

    [Theory]
    [InlineData("23/11/2026", 2026, 11, 23)]
    [InlineData("2026-11-23", 2026, 11, 23)]
    [InlineData("23 Nov 2026", 2026, 11, 23)]
    [InlineData("23/11/2026 14:05", 2026, 11, 23)]
    [InlineData("46349", 2026, 11, 23)]
    public void UkDates_CommonFormats_AreRead(string value, int y, int m, int d)
    {
        Assert.True(UkDates.TryParse(value, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("next Tuesday")]
    [InlineData("12")]
    public void UkDates_NotADate_IsRefused(string value) => Assert.False(UkDates.TryParse(value, out _));
}
