using System.Text;
using System.Text.Json;
using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Parsers;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Jobs;

/// <summary>Every sample file through the real job and a real PostgreSQL: stored, redacted, placed, and idempotent.</summary>
[Trait("Category", "Slow")]
public sealed class EveryChannelTests(PostgresCluster cluster)
{
    private static readonly string VcsDetails = new UploadDetails().With(new Dictionary<string, string>
    {
        [UploadDetails.Organisation] = "Thurrock Carers Together", [UploadDetails.Period] = "1 April to 30 June 2026",
    }).ToJson();

    [Theory]
    [InlineData("survey.csv", "survey", TestPaths.SampleSurveyItems)]
    [InlineData("survey-surveymonkey.csv", "survey", 21)]
    [InlineData("survey-microsoft-forms.xlsx", "survey", 30)]
    [InlineData("talking-shop.csv", "talking-shop", 10)]
    [InlineData("talking-shop.xlsx", "talking-shop", 10)]
    [InlineData("listening-space.md", "listening-space", 8)]
    [InlineData("listening-space.txt", "listening-space", 4)]
    [InlineData("listening-space.docx", "listening-space", 5)]
    [InlineData("vcs-report.pdf", "vcs-report", 0)]
    [InlineData("vcs-report.docx", "vcs-report", 0)]
    public async Task RunAsync_EverySample_IsIngestedOnceWithItsItemsPlacedAndRedacted(string sample, string channel, int expected)
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var id = await Harness.SaveAsync(db, channel, sample, File.ReadAllBytes(TestPaths.Sample(sample)), channel == "vcs-report" ? VcsDetails : "{}");

        var outcome = await Harness.Job(db).RunAsync(id, CancellationToken.None);

        Assert.True(outcome.Status == DocumentStatus.Ingested, $"{sample}: {outcome.Status} {outcome.Error} {string.Join("; ", outcome.Warnings)}");
        if (expected > 0) Assert.Equal(expected, outcome.ItemsAdded);
        else Assert.True(outcome.ItemsAdded >= 5, $"{sample} gave {outcome.ItemsAdded} items");
        var items = await db.Items.ListForDocumentAsync(id, 500, CancellationToken.None);
        Assert.All(items, i => Assert.Equal(channel, i.Channel));
        Assert.All(items, i => Assert.DoesNotContain("@example", i.RedactedText));
        Assert.Contains(items, i => i.LocalityId is not null);

        // Ingesting the same bytes again as another document (a re-export) adds nothing.
        var again = await Harness.SaveAsync(db, channel, "copy-" + sample, [.. File.ReadAllBytes(TestPaths.Sample(sample)), .. "\n"u8.ToArray()],
            channel == "vcs-report" ? VcsDetails : "{}");
        var second = await Harness.Job(db).RunAsync(again, CancellationToken.None);
        if (sample.EndsWith(".csv", StringComparison.Ordinal) || sample.EndsWith(".md", StringComparison.Ordinal) || sample.EndsWith(".txt", StringComparison.Ordinal))
        {
            Assert.Equal((0, outcome.ItemsAdded), (second.ItemsAdded, second.DuplicatesSkipped));
        }
    }

    [Fact]
    public async Task RunAsync_ListeningSpaceNotes_StoreDraftActionsLinkedToTheirItems()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var id = await Harness.SaveAsync(db, "listening-space", "ls.md", File.ReadAllBytes(TestPaths.Sample("listening-space.md")));

        await Harness.Job(db).RunAsync(id, CancellationToken.None);

        var drafts = await new DraftActionStore(db.DataSource).ListForDocumentAsync(id, CancellationToken.None);
        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal("draft", d.Status));
        var items = (await db.Items.ListForDocumentAsync(id, 100, CancellationToken.None)).ToDictionary(i => i.Id);
        Assert.All(drafts[0].ItemIds, itemId => Assert.Contains("wait", items[itemId].RawText, StringComparison.OrdinalIgnoreCase));
        Assert.All(items.Values, i => Assert.Equal(("Grays", "column"), (i.LocalityName, i.LocalityRule)));
    }

    [Fact]
    public async Task RunAsync_NotesMissingFields_WaitForReviewStoringNothingThenIngestWithWhatStaffGave()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var notes = "# Carers' coffee morning\n\n## What people told us\n\n- The respite booking line never answers\n\n## You said, we will\n\nYou said the respite line never answers. We will: staff it until 6pm.\n";
        var id = await Harness.SaveAsync(db, "listening-space", "notes.md", Encoding.UTF8.GetBytes(notes));

        var waiting = await Harness.Job(db).RunAsync(id, CancellationToken.None);

        Assert.Equal(DocumentStatus.NeedsReview, waiting.Status);
        Assert.Contains(waiting.Warnings, w => w.Contains("date, locality"));
        Assert.Equal(0, await db.Items.CountAsync(CancellationToken.None));

        var given = new UploadDetails().With(new Dictionary<string, string> { [UploadDetails.Date] = "2026-06-01", [UploadDetails.Locality] = "Grays" });
        Assert.True(await db.Documents.RequeueAsync(id, given.ToJson(), CancellationToken.None));
        var done = await Harness.Job(db).RunAsync(id, CancellationToken.None);

        Assert.Equal((DocumentStatus.Ingested, 1), (done.Status, done.ItemsAdded));
        var draft = Assert.Single(await new DraftActionStore(db.DataSource).ListForDocumentAsync(id, CancellationToken.None));
        Assert.Single(draft.ItemIds);
    }

    [Fact]
    public async Task RunAsync_NotesNamingAnUnknownLocality_AskForOneFromTheList()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var notes = "Title: Drop-in\nDate: 01/06/2026\nLocality: Basildon\n\nWhat people told us\n\n- The buses do not go near the day centre\n";
        var id = await Harness.SaveAsync(db, "listening-space", "n.txt", Encoding.UTF8.GetBytes(notes));
        var outcome = await Harness.Job(db).RunAsync(id, CancellationToken.None);
        Assert.Equal(DocumentStatus.NeedsReview, outcome.Status);
        Assert.Contains(outcome.Warnings, w => w.Contains("\"Basildon\" is not one of the council's localities"));
    }

    [Fact]
    public async Task RunAsync_SurveyWithARememberedMapping_UsesItNotTheDetectedOne()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var csv = Encoding.UTF8.GetBytes("When,Where,Said\n01/10/2026,Grays,The carers always arrive on time\n");
        var (table, _) = VoiceHub.Ingest.Parsers.Tables.TableReader.Read(csv, "a.csv", new IngestLimits());
        // Staff said before that "Where" is a locality, "When" a date and "Said" free text.
        await new SurveyMappingStore(db.DataSource).SaveAsync(SurveyColumns.Signature(table!), table!.Headers, ["date", "locality", "free-text"], null, CancellationToken.None);
        var id = await Harness.SaveAsync(db, "survey", "a.csv", csv);

        await Harness.Job(db).RunAsync(id, CancellationToken.None);

        var item = Assert.Single(await db.Items.ListForDocumentAsync(id, 10, CancellationToken.None));
        Assert.Equal(("Grays", new DateOnly(2026, 10, 1), "Said"), (item.LocalityName!, item.OccurredOn!.Value, item.Context!));
    }

    [Fact]
    public async Task RunAsync_FormSubmission_KeepsTheReferenceShownAndRecordsTheFormAsTheLocalityRule()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var reference = Core.ReferenceCode.New();
        var batch = new FeedbackBatch
        {
            Source = "online-form", ReceivedAt = DateTimeOffset.UtcNow,
            Items = [new SubmittedFeedback { Text = "My name is Joan Smith and the day centre closed", Locality = "Grays", Reference = reference }],
        };
        var id = await Harness.SaveAsync(db, "online-form", "form.json", batch.ToBytes());

        await Harness.Job(db).RunAsync(id, CancellationToken.None);

        var item = Assert.Single(await db.Items.ListForDocumentAsync(id, 10, CancellationToken.None));
        Assert.Equal((reference, "form", "Grays"), (item.Reference, item.LocalityRule!, item.LocalityName!));
        Assert.Equal("My name is [name] and the day centre closed", item.RedactedText);
    }

    [Fact]
    public async Task RunAsync_ScannedReport_FailsWithTheReasonAndKeepsTheFile()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var bytes = builder.Build();
        var id = await Harness.SaveAsync(db, "vcs-report", "scan.pdf", bytes, VcsDetails);

        var outcome = await Harness.Job(db).RunAsync(id, CancellationToken.None);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("looks like a scan", outcome.Error);
        Assert.Equal(bytes, await db.Documents.GetBytesAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_ADocument_RemovesItsItemsAndLeavesTombstonesForTheIndex()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var id = await Harness.SaveAsync(db, "talking-shop", "t.csv", File.ReadAllBytes(TestPaths.Sample("talking-shop.csv")));
        await Harness.Job(db).RunAsync(id, CancellationToken.None);
        var before = await db.Items.LatestChangeAsync(CancellationToken.None);

        var removed = await db.Documents.DeleteAsync(id, CancellationToken.None);

        Assert.Equal(10, removed);
        Assert.Null(await db.Documents.FindAsync(id, CancellationToken.None));
        Assert.Equal(0, await db.Items.CountAsync(CancellationToken.None));
        var changes = await db.Items.ChangesAfterAsync(before, 100, CancellationToken.None);
        Assert.Equal(10, changes.Count(c => c.Deleted));
        Assert.Null(await db.Documents.DeleteAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_TalkingShopWithPostcodeInTheNotes_StoresOnlyTheDistrict()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var csv = "Date,Venue,Notes,Outcome\n01/06/2026,Library,Lives at RM17 6SL and her carer Jane is often late,Referred\n"u8.ToArray();
        var id = await Harness.SaveAsync(db, "talking-shop", "t.csv", csv);
        await Harness.Job(db).RunAsync(id, CancellationToken.None);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var redacted = await conn.ExecuteScalarAsync<string>("SELECT redacted_text FROM items");
        Assert.Equal("Lives at RM17 and her carer [name] is often late\nOutcome: Referred", redacted);
        var metadata = JsonDocument.Parse(await conn.ExecuteScalarAsync<string>("SELECT metadata::text FROM items") ?? "{}");
        Assert.Equal("Referred", metadata.RootElement.GetProperty("outcome").GetString());
    }
}
