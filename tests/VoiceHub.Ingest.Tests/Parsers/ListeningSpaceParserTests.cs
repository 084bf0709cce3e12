using System.Text;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Parsers.Documents;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class ListeningSpaceParserTests
{
    [Theory]
    [InlineData("listening-space.md", "Listening Space: home care in Grays", 2026, 3, 12, "Grays", 8, 2)]
    [InlineData("listening-space.txt", "Listening Space: carers in Tilbury", 2026, 4, 23, "Tilbury and Chadwell", 4, 1)]
    [InlineData("listening-space.docx", "Listening Space: getting to services in Corringham", 2026, 5, 7, "Stanford-le-Hope and Corringham", 5, 1)]
    public void Parse_NotesFollowingTheTemplate_GiveItemsAndLinkedDraftActions(string sample, string title, int y, int m, int d, string locality, int points, int actions)
    {
        var result = ListeningSpaceParser.Parse(Read.Blocks(sample), sample, new UploadDetails(), Read.Limits);

        Assert.Null(result.Error);
        Assert.Empty(result.Missing);
        Assert.Equal(points, result.Items.Count);
        Assert.All(result.Items, i =>
        {
            Assert.Equal(new DateOnly(y, m, d), i.OccurredOn);
            Assert.Equal(locality, i.LocalityName);
            Assert.Equal(title, i.Context); // the title already says "Listening Space": not said twice
        });
        Assert.Equal(actions, result.DraftActions.Count);
        Assert.All(result.DraftActions, a =>
        {
            Assert.NotEmpty(a.YouSaid);
            Assert.NotEmpty(a.WeWill);
            Assert.NotEmpty(a.ItemIndexes);
        });
    }

    [Fact]
    public void Parse_TheMarkdownSample_LinksEachActionToThePointsItAnswers()
    {
        var result = ListeningSpaceParser.Parse(Read.Blocks("listening-space.md"), "ls.md", new UploadDetails(), Read.Limits);
        var waiting = result.DraftActions[0];
        Assert.StartsWith("You said waiting times", "You said " + waiting.YouSaid);
        Assert.StartsWith("publish expected waiting times", waiting.WeWill);
        Assert.All(waiting.ItemIndexes, i => Assert.Contains("wait", result.Items[i].Text, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Home care", result.Items[0].Metadata["serviceArea"]);
        Assert.Equal("14", result.Items[0].Metadata["attending"]);
    }

    [Fact]
    public void Parse_MissingDateAndLocality_AreAskedForNotGuessed()
    {
        var notes = "# Carers' coffee morning\n\nHosted by: Head of Service\n\n## What people told us\n\n- The respite booking line never answers\n";
        var result = ListeningSpaceParser.Parse(PlainTextReader.Read(notes), "notes.md", new UploadDetails(), Read.Limits);

        Assert.Null(result.Error);
        Assert.Empty(result.Items);
        Assert.Equal([UploadDetails.Date, UploadDetails.Locality], result.Missing);

        var given = new UploadDetails().With(new Dictionary<string, string> { [UploadDetails.Date] = "2026-06-01", [UploadDetails.Locality] = "Grays" });
        var completed = ListeningSpaceParser.Parse(PlainTextReader.Read(notes), "notes.md", given, Read.Limits);
        var item = Assert.Single(completed.Items);
        Assert.Equal((new DateOnly(2026, 6, 1), "Grays", "Listening Space: Carers' coffee morning"), (item.OccurredOn!.Value, item.LocalityName!, item.Context!));
    }

    [Fact]
    public void Parse_AnUnreadableDate_IsAskedForWithAWarning()
    {
        var notes = "Title: Drop-in\nDate: the Tuesday after Easter\nLocality: Grays\n\nWhat people told us\n\nThe buses do not go near the day centre\n";
        var result = ListeningSpaceParser.Parse(PlainTextReader.Read(notes), "n.txt", new UploadDetails(), Read.Limits);
        Assert.Equal([UploadDetails.Date], result.Missing);
        Assert.Contains(result.Warnings, w => w.Contains("the Tuesday after Easter"));
    }

    [Fact]
    public void Parse_NotesWithoutTheTemplateSections_FailSayingWhichTemplate()
    {
        var result = ListeningSpaceParser.Parse(PlainTextReader.Read("Some notes\n\nPeople were unhappy.\n"), "n.txt", new UploadDetails(), Read.Limits);
        Assert.Contains("seeds/templates", result.Error);
    }

    [Fact]
    public void Templates_InSeeds_AreReadableNotes()
    {
        var docx = DocxReader.Read(File.ReadAllBytes(Path.Combine(TestCommon.TestPaths.Seeds, "templates", "listening-space-notes.docx")), Read.Limits.MaxExtractedTextBytes)!;
        var md = PlainTextReader.Read(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(TestCommon.TestPaths.Seeds, "templates", "listening-space-notes.md"))));
        foreach (var blocks in new[] { docx, md })
        {
            var result = ListeningSpaceParser.Parse(blocks, "template", new UploadDetails(), Read.Limits);
            Assert.Null(result.Error);
            Assert.Contains(UploadDetails.Date, result.Missing); // "[day month year …]" is not a date: the template never ingests as if it were notes
        }
    }
}
