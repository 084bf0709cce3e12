using VoiceHub.Core.Model;

namespace VoiceHub.Core.Tests.Model;

public sealed class RedactionRecordTests
{
    [Fact]
    public void Describe_SeveralKinds_SaysHowManyOfEachInWords()
    {
        var record = new RedactionRecord(new Dictionary<string, int> { ["[phone]"] = 1, ["[name]"] = 2, ["[NI number]"] = 1 }, 1);

        Assert.Equal("2 names, 1 National Insurance number, 1 phone number", record.Describe());
        Assert.Equal("nothing", RedactionRecord.Empty.Describe());
    }

    [Fact]
    public void Describe_WordsWithheldWhenTheRedactorFailedClosed_SaysSoInWords()
    {
        var record = new RedactionRecord(new Dictionary<string, int> { ["[withheld]"] = 3, ["[name]"] = 1 }, 4);

        Assert.Equal("3 withheld words, 1 name", record.Describe());
    }

    [Fact]
    public void ToJson_SameCountsInAnyOrder_IsTheSameTextAndReadsBack()
    {
        var a = new RedactionRecord(new Dictionary<string, int> { ["[phone]"] = 1, ["[name]"] = 2, ["[email]"] = 0 }, 0);
        var b = new RedactionRecord(new Dictionary<string, int> { ["[name]"] = 2, ["[phone]"] = 1 }, 0);

        Assert.Equal(a.ToJson(), b.ToJson());
        Assert.Equal("""{"counts":{"[name]":2,"[phone]":1},"uncertain":0}""", a.ToJson());
        Assert.Equal(b.Counts, RedactionRecord.Parse(a.ToJson())!.Counts);
        Assert.Null(RedactionRecord.Parse(null));
        Assert.Null(RedactionRecord.Parse("not json"));
    }

    [Fact]
    public void Plus_TwoRecords_AddsCountsAndUncertain()
    {
        var first = new RedactionRecord(new Dictionary<string, int> { ["[name]"] = 1 }, 1);
        var more = new RedactionRecord(new Dictionary<string, int> { ["[name]"] = 1, ["[phone]"] = 1 }, 0);

        var both = first.Plus(more);

        Assert.Equal(new Dictionary<string, int> { ["[name]"] = 2, ["[phone]"] = 1 }, both.Counts);
        Assert.Equal(1, both.Uncertain);
    }
}
