using VoiceHub.Analysis.Training;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class LabelledDataTests
{
    [Fact]
    public void Read_SeedFile_ReadsEveryRowWithLabelsAndSentiment()
    {
        var rows = SeedData.Rows;

        Assert.Equal(4346, rows.Count);
        Assert.All(rows, r => Assert.NotEmpty(r.Labels));
        Assert.Equal(4346 - 27, rows.Count(r => r.Sentiment is not null));
        Assert.Equal(1242, rows.Count(r => r.Labels.Contains("Positive experience & gratitude")));
    }

    [Theory]
    [InlineData("id,text\n1,hello\n", "has no 'labels' column")]
    [InlineData("id,text,labels\n1,,Parking\n", "row 2 (line 2): the text is empty")]
    [InlineData("id,text,labels\n1,hello,\n", "row 2 (line 2): there are no labels")]
    [InlineData("id,text,labels,sentiment\n1,hello,Parking,9\n", "row 2 (line 2): the sentiment '9' is not a whole number from 1 to 5")]
    [InlineData("id,text,labels\n1,hello,Parking\n1,again,Parking\n", "row 3 (line 3): the id '1' is used by an earlier row")]
    [InlineData("id,text,labels\n1,\"never closed,Parking\n", "a quoted field is opened but never closed")]
    public void Read_BadFile_NamesTheFileAndRow(string content, string expected)
    {
        var path = Path.Combine(TestPaths.TempDirectory(), "bad.csv");
        File.WriteAllText(path, content);

        var e = Assert.Throws<LabelledDataException>(() => LabelledData.Read(path));

        Assert.Contains("bad.csv", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void WriteThenRead_TextWithCommasQuotesAndNewlines_RoundTrips()
    {
        LabelledRow[] rows = [new("a", "Said \"no\", then\nleft", ["Discharge", "Parking"], 4), new("b", "fine", ["Not assigned"])];
        var path = SeedData.WriteTemp(rows);

        var read = LabelledData.Read(path);

        Assert.Equal(rows.Select(r => (r.Id, r.Text, string.Join(';', r.Labels), r.Sentiment)),
            read.Select(r => (r.Id, r.Text, string.Join(';', r.Labels), r.Sentiment)));
        Assert.Equal(LabelledData.Hash(rows), LabelledData.Hash(read));
    }
}
