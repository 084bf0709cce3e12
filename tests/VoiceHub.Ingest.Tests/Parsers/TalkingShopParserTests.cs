using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class TalkingShopParserTests
{
    [Theory]
    [InlineData("talking-shop.csv")]
    [InlineData("talking-shop.xlsx")]
    public void Parse_Log_MakesOneItemPerConversationFromNotesAndOutcome(string sample)
    {
        var result = TalkingShopParser.Parse(Read.Table(Read.Sample(sample), sample), sample, Read.Limits);

        Assert.Null(result.Error);
        Assert.Equal(10, result.Items.Count);
        var first = result.Items[0];
        Assert.Contains("\nOutcome: ", first.Text);
        Assert.Equal(first.Metadata["outcome"], first.Text[(first.Text.IndexOf("Outcome: ", StringComparison.Ordinal) + 9)..]);
        Assert.StartsWith("Talking Shop: ", first.Context);
        Assert.NotNull(first.OccurredOn);
        Assert.NotNull(first.LocalityName);
        Assert.True(first.Metadata.ContainsKey("venue"));
    }

    [Fact]
    public void Parse_NoNotesColumn_SaysWhatALogNeeds()
    {
        var table = Read.Table("Date,Venue\n01/01/2026,Library\n"u8.ToArray(), "log.csv");
        Assert.Contains("there is no Notes column", TalkingShopParser.Parse(table, "log.csv", Read.Limits).Error);
    }

    [Fact]
    public void Parse_BlankRowOrBadDate_IsReportedByRowAndTheRestGoIn()
    {
        var table = Read.Table("Date,Venue,Notes,Outcome\n01/01/2026,Library,Asked about respite for her mum,Signposted\nyesterday,Hub,Wanted a blue badge,\n01/02/2026,Hub,,\n"u8.ToArray(), "log.csv");
        var result = TalkingShopParser.Parse(table, "log.csv", Read.Limits);
        Assert.Equal(2, result.Items.Count);
        Assert.Equal(1, result.RowsSkipped);
        Assert.Contains(result.Warnings, w => w.StartsWith("Row 3:", StringComparison.Ordinal) && w.Contains("not a date"));
        Assert.Contains(result.Warnings, w => w.StartsWith("Row 4:", StringComparison.Ordinal));
    }
}
