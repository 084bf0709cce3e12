using System.Text;
using VoiceHub.Ingest.Parsers;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class SurveyParserTests
{
    [Fact]
    public void Parse_TheSeedSample_MakesOneItemPerNonEmptyFreeTextAnswerWithItsQuestion()
    {
        var result = Read.Survey(Read.Sample("survey.csv"), "survey.csv");

        Assert.Null(result.Error);
        Assert.Equal(TestPaths.SampleSurveyItems, result.Items.Count);
        var first = result.Items[0];
        Assert.Equal("What has worked well with your care and support?", first.Context);
        Assert.Equal(new DateOnly(2022, 2, 15), first.OccurredOn);
        Assert.Equal("Grays", first.LocalityName);
        Assert.Equal("1000", first.Metadata["responseId"]);
        Assert.DoesNotContain(result.Items, i => i.Context is "Locality" or "Postcode" or "Response ID");
    }

    [Fact]
    public void Parse_SurveyMonkeyExportWithTwoHeaderRows_ReadsQuestionsAndLeavesOutPersonalColumns()
    {
        var result = Read.Survey(Read.Sample("survey-surveymonkey.csv"), "survey-surveymonkey.csv");

        Assert.Null(result.Error);
        Assert.Equal(21, result.Items.Count); // 12 "worked well" answers and 9 "could be better" (every fourth is blank)
        Assert.All(result.Items, i => Assert.Contains(i.Context, new[] { "What has worked well with your care and support?", "What could be better?" }));
        Assert.Equal(new DateOnly(2026, 3, 2), result.Items[0].OccurredOn);
        Assert.Equal("Grays", result.Items[0].LocalityName);
        Assert.Equal("18-24", result.Items[0].Metadata["ageBand"]);
        Assert.Equal("Yes", result.Items[0].Metadata["carer"]);
        Assert.Equal("11400000", result.Items[0].Metadata["responseId"]);
        Assert.DoesNotContain(result.Items, i => i.Text.Contains("@example.com") || i.Metadata.Values.Any(v => v.Contains("@example.com") || v == "Pat"));
        Assert.Contains(result.Items, i => i.Text.Contains('\u2019')); // Windows-1252 curly apostrophes survive
    }

    [Fact]
    public void Parse_MicrosoftFormsWorkbook_ReadsDatesAndQuestionsButNeverEmailOrName()
    {
        var table = Read.Table(Read.Sample("survey-microsoft-forms.xlsx"), "survey-microsoft-forms.xlsx");
        var roles = SurveyColumns.Detect(table);

        Assert.Equal([ColumnRole.ResponseId, ColumnRole.Date, ColumnRole.Date, ColumnRole.Personal, ColumnRole.Personal, ColumnRole.Postcode,
            ColumnRole.Locality, ColumnRole.FreeText, ColumnRole.FreeText, ColumnRole.Disability], roles);
        var result = SurveyParser.Parse(table, roles, "forms.xlsx", Read.Limits);
        Assert.Equal(30, result.Items.Count);
        Assert.Equal(new DateOnly(2026, 3, 2), result.Items[0].OccurredOn);
        Assert.Equal("RM17 6SL", result.Items[0].Postcode);
        Assert.DoesNotContain(result.Items, i => i.Text.Contains("@example.org") || i.Metadata.Values.Any(v => v.Contains("@example.org") || v == "Alex Example"));
    }

    [Fact]
    public void Parse_DateLocalityComment_JustWorks()
    {
        var result = Read.Survey(Encoding.UTF8.GetBytes("Date,Locality,Comment\n23/11/2026,Grays,The day centre staff always make time to talk\n"), "s.csv");
        var item = Assert.Single(result.Items);
        Assert.Equal(("Comment", "Grays", new DateOnly(2026, 11, 23)), (item.Context, item.LocalityName, item.OccurredOn!.Value));
    }

    [Fact]
    public void Parse_Windows1252SemicolonExport_KeepsPoundSignsAndCurlyQuotes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "Date;Comment\r\n23/11/2026;\u201CIt costs \u00A325 a week and nobody explained why\u201D\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // as the app does before reading a file
        var bytes = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);

        var item = Assert.Single(Read.Survey(bytes, "export.csv").Items);

        Assert.Equal("\u201CIt costs \u00A325 a week and nobody explained why\u201D", item.Text);
        Assert.Equal(new DateOnly(2026, 11, 23), item.OccurredOn);
    }

    [Fact]
    public void Parse_BrokenQuoting_FailsNamingTheFileAndRow()
    {
        var result = Read.Survey(Encoding.UTF8.GetBytes("Date,Comment\n01/01/2026,fine answer here thanks\n02/01/2026,\"never closed\n"), "broken.csv");
        Assert.Empty(result.Items);
        Assert.Contains("broken.csv", result.Error);
        Assert.Contains("Row 3", result.Error);
    }

    [Fact]
    public void Parse_RowWithTooManyCellsOrAnOverlongCell_IsSkippedWithItsRowNumberAndTheRestGoIn()
    {
        var longCell = new string('a', 20_001);
        var bytes = Encoding.UTF8.GetBytes($"Date,Comment\n01/01/2026,the carers are kind and on time\n02/01/2026,too many,cells here\n03/01/2026,{longCell}\n04/01/2026,the phone line is always busy\n");

        var result = Read.Survey(bytes, "s.csv");

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(2, result.RowsSkipped);
        Assert.Contains(result.Warnings, w => w.StartsWith("Row 3:", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.StartsWith("Row 4:", StringComparison.Ordinal) && w.Contains("20,000"));
    }

    [Fact]
    public void Parse_UnreadableDate_KeepsTheAnswerAndSaysWhichRow()
    {
        var result = Read.Survey(Encoding.UTF8.GetBytes("Date,Comment\n31/02/2026,the carers are kind and always on time\n"), "s.csv");
        Assert.Null(Assert.Single(result.Items).OccurredOn);
        Assert.Contains(result.Warnings, w => w.StartsWith("Row 2:", StringComparison.Ordinal) && w.Contains("not a date"));
    }

    [Fact]
    public void Parse_NoFreeTextColumn_SaysSo()
    {
        var result = Read.Survey(Encoding.UTF8.GetBytes("ID,Rating\n1,5\n2,4\n"), "ratings.csv");
        Assert.Contains("no column looks like free-text", result.Error);
    }

    [Fact]
    public void Parse_OldExcelFormat_IsRefusedWithWhatToDo()
    {
        var result = Read.Survey([0xD0, 0xCF, 0x11, 0xE0], "old.xls");
        Assert.Contains("Save it as .xlsx or CSV", result.Error);
    }

    [Fact]
    public void Signature_SameHeadersAnyCase_IsTheSame()
    {
        var a = Read.Table(Encoding.UTF8.GetBytes("Date,Comment\n01/01/2026,x\n"), "a.csv");
        var b = Read.Table(Encoding.UTF8.GetBytes("date , COMMENT\n02/02/2026,y\n"), "b.csv");
        var c = Read.Table(Encoding.UTF8.GetBytes("Date,Comments\n02/02/2026,y\n"), "c.csv");
        Assert.Equal(SurveyColumns.Signature(a), SurveyColumns.Signature(b));
        Assert.NotEqual(SurveyColumns.Signature(a), SurveyColumns.Signature(c));
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
