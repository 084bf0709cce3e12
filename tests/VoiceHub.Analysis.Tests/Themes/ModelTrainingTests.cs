using System.Security.Cryptography;
using System.Text;
using Dapper;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Analysis.Tests.Embeddings;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Themes;

/// <summary>
/// The model's life on a real PostgreSQL: trained on a few hundred rows, stored and made active, items classified in
/// batches with the model version, staff corrections kept through re-classification and used in training, and a model
/// worse out of fold on the seed rows refused with its reason.
/// </summary>
/// <remarks>
/// Every test trains on the same seed slice, so the seed rows' vectors come from <see cref="Embedders.RememberedInt8"/>:
/// the real int8 model's, each row embedded once for the assembly rather than once a training.
/// </remarks>
[Trait("Category", "Slow")]
public sealed class ModelTrainingTests(PostgresCluster cluster, Embedders embedders) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ModelTraining _training = null!;
    private ItemClassifier _classifier = null!;
    private ClassificationEmbeddingStore _embeddings = null!;
    private string _dataPath = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(cluster);
        _dataPath = SeedData.WriteTemp(SeedData.Slice(0.07));
        var themesOptions = Options.Create(new ThemesOptions { TrainingData = _dataPath, BatchSize = 50, Trainers = ["lbfgs"], Folds = 3 });
        var hubOptions = Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds });
        var active = new ActiveModel(_db.ThemeModels, NullLogger<ActiveModel>.Instance);
        _training = new ModelTraining(_db.DataSource, _db.ThemeModels, _db.Classifications, _db.Themes, active, new ClassificationEmbedder(embedders.RememberedInt8), themesOptions, hubOptions,
            NullLogger<ModelTraining>.Instance);
        _embeddings = new ClassificationEmbeddingStore(_db.DataSource);
        _classifier = new ItemClassifier(_db.ThemeModels, _db.Classifications, _embeddings, _db.ServiceAreas, active, themesOptions,
            NullLogger<ItemClassifier>.Instance);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task TrainAsync_NoModelYet_StoresTheModelWithFiguresAndMakesItActive()
    {
        var outcome = await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);

        Assert.True(outcome.Activated);
        var active = await _db.ThemeModels.ActiveAsync(CancellationToken.None);
        Assert.NotNull(active);
        Assert.Equal(outcome.Run.Version, active.Version);
        Assert.Equal("lbfgs", active.Trainer);
        Assert.Matches("^[0-9a-f]{64}$", active.TrainingHash!);
        var evaluation = ModelEvaluation.FromJson(active.Evaluation)!;
        Assert.InRange(evaluation.MicroF1, 0.2, 1);
        Assert.Contains(evaluation.PerLabel, l => l.Label == "Timeliness of care" && l.Support > 0);
        // It learned from every seed row, and every seed row was scored out of fold: none is held back.
        var seedRows = (await SeedRowsAsync()).Count;
        Assert.Equal((seedRows, seedRows), (active.TrainingRows, active.ValidationRows));
        Assert.True(evaluation.OutOfFold);
        Assert.Null(evaluation.Sentiment);
        Assert.NotNull(await _db.ThemeModels.GetBytesAsync(active.Version, CancellationToken.None));
    }

    [Fact]
    public async Task TrainAsync_StaffCorrectASeedComment_TheCorrectionTakesItsRowAndLeavesTheExam()
    {
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var seed = await SeedRowsAsync();
        var row = seed.First(r => !r.Labels.Contains("Service location") && seed.Count(o => o.Text == r.Text) == 1);
        var ids = await AddItemsAsync([row.Text]);
        var userId = (await _db.Users.CreateAsync($"c-{Guid.NewGuid():N}@council.example", "Cal Staff", null, Roles.Staff, false, CancellationToken.None))!.Value;
        var location = (await _db.Themes.ListAsync(CancellationToken.None)).Single(t => t.Name == "Service location").Id;
        await _db.Classifications.SetByStaffAsync(ids[0], [location], [], null, userId, CancellationToken.None);

        var next = await _training.TrainAsync(TrainingReasons.Command, null, null, force: true, CancellationToken.None);

        Assert.Equal((seed.Count, seed.Count - 1), (next.Run.TrainingRows, next.Run.ValidationRows));
        Assert.Equal(1, ModelEvaluation.FromJson(next.Run.Evaluation)!.StaffExamples);
    }

    [Fact]
    public async Task ClassifyPendingAsync_EmbeddingArrivesLater_ClassifiedFromWordsAloneThenAgainWithMeaning()
    {
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var active = (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!;
        var meaning = ThemeModel.FromBytes((await _db.ThemeModels.GetBytesAsync(active.Version, CancellationToken.None))!).Manifest.Meaning;
        Assert.Equal(embedders.Int8.ModelId, meaning?.EmbeddingModel);
        const string text = "The carer visits were always late and nobody rang to say why";
        var ids = await AddItemsAsync([text]);

        Assert.Equal(1, await _classifier.ClassifyPendingAsync(10, CancellationToken.None));
        Assert.False((await _db.Items.FindDetailsAsync(ids[0], CancellationToken.None))!.ClassifiedWithMeaning);
        Assert.Equal(0, await _classifier.ClassifyPendingAsync(10, CancellationToken.None));

        await _embeddings.SaveAsync(embedders.Int8.ModelId, [(ids[0], embedders.Int8.Embed([text])[0])], CancellationToken.None);
        Assert.Equal(1, await _classifier.ClassifyPendingAsync(10, CancellationToken.None));
        var details = (await _db.Items.FindDetailsAsync(ids[0], CancellationToken.None))!;
        Assert.True(details.ClassifiedWithMeaning);
        Assert.NotEmpty(details.Themes);
        Assert.Equal(0, await _classifier.ClassifyPendingAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task ClassifyPendingAsync_NewItems_GetThemesSentimentAndLexiconAreasWithTheModelVersion()
    {
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var ids = await AddItemsAsync(["The carer visits were always late and my direct payments were cut", "Lovely staff, thank you so much"]);
        var seqBefore = await ChangeSeqAsync(ids);

        var classified = await _classifier.ClassifyPendingAsync(10, CancellationToken.None);

        Assert.Equal(2, classified);
        var version = (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!.Version;
        var themes = await _db.Classifications.ThemesOfAsync(ids[0], CancellationToken.None);
        Assert.NotEmpty(themes);
        Assert.All(themes, t => Assert.Equal(("model", version), (t.Source, t.ModelVersion)));
        var (sentiment, source) = await _db.Classifications.SentimentOfAsync(ids[1], CancellationToken.None);
        Assert.InRange(sentiment ?? 0, 1, 2);
        Assert.Equal(version, source);
        var areas = await _db.Classifications.ServiceAreasOfAsync(ids[0], CancellationToken.None);
        Assert.Contains(areas, a => a.Name == "Direct payments" && a.Source == "lexicon");
        // The index follows: every classified item took a new change number.
        var seqAfter = await ChangeSeqAsync(ids);
        Assert.All(ids, id => Assert.True(seqAfter[id] > seqBefore[id]));
        Assert.Equal(0, await _classifier.ClassifyPendingAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task ClassifyPendingAsync_SameAnswerToTwoQuestions_EachClassifiedWithItsContextsKind()
    {
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var active = (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!;
        var model = ThemeModel.FromBytes((await _db.ThemeModels.GetBytesAsync(active.Version, CancellationToken.None))!);
        Assert.True(model.Manifest.ReadsQuestion);
        string[] questions = ["What could we do better?", "What was good?"];
        var ids = await AddItemsAsync(["Nothing", "Nothing"], questions);

        await _classifier.ClassifyPendingAsync(10, CancellationToken.None);

        var expected = questions.Select(q => model.Predict(["Nothing"], null, [QuestionKinds.Of(q)])[0]).ToList();
        Assert.NotEqual((expected[0].Margin, expected[0].Sentiment), (expected[1].Margin, expected[1].Sentiment));
        await using var conn = await _db.DataSource.OpenConnectionAsync();
        for (var i = 0; i < ids.Length; i++)
        {
            var margin = await conn.ExecuteScalarAsync<float>("SELECT margin FROM item_classifications WHERE item_id = @id", new { id = ids[i] });
            Assert.Equal(expected[i].Margin, margin, 0.0001f);
            Assert.Equal(expected[i].Sentiment, (await _db.Classifications.SentimentOfAsync(ids[i], CancellationToken.None)).Sentiment);
        }
    }

    [Fact]
    public async Task StaffCorrection_SurvivesANewActiveModel_AndIsUsedInTheNextTraining()
    {
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var ids = await AddItemsAsync(["We could never find anywhere to park the car at the clinic"]);
        await _classifier.ClassifyPendingAsync(10, CancellationToken.None);
        var userId = (await _db.Users.CreateAsync($"s-{Guid.NewGuid():N}@council.example", "Sam Staff", null, Roles.Staff, false, CancellationToken.None))!.Value;
        var themeIds = (await _db.Themes.ListAsync(CancellationToken.None)).ToDictionary(t => t.Name, t => t.Id);

        await _db.Classifications.SetByStaffAsync(ids[0], [themeIds["Service location"], themeIds["Transport to/ from services"]], [], 4, userId, CancellationToken.None);
        var second = await _training.TrainAsync(TrainingReasons.Command, null, null, force: true, CancellationToken.None);
        await _classifier.ClassifyPendingAsync(10, CancellationToken.None);

        var themes = await _db.Classifications.ThemesOfAsync(ids[0], CancellationToken.None);
        Assert.Equal(["Service location", "Transport to/ from services"], themes.Select(t => t.Name).Order());
        Assert.All(themes, t => Assert.Equal(("staff", "Sam Staff"), (t.Source, t.CreatedByName)));
        Assert.Equal((4, "staff"), await _db.Classifications.SentimentOfAsync(ids[0], CancellationToken.None));
        Assert.Equal(1, ModelEvaluation.FromJson(second.Run.Evaluation)!.StaffExamples);
        var examples = await _db.Classifications.StaffExamplesAsync(CancellationToken.None);
        Assert.Equal(["Service location", "Transport to/ from services"], Assert.Single(examples).Themes);
        var (queue, _) = await _db.Classifications.ReviewQueueAsync(second.Run.Version, 0, 100, CancellationToken.None);
        Assert.DoesNotContain(queue, q => q.Id == ids[0]);
    }

    [Fact]
    public async Task TrainAsync_SameDataAgain_IsSkippedAndSaysWhy()
    {
        var first = await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);

        var again = await _training.TrainAsync(TrainingReasons.Weekly, null, null, force: false, CancellationToken.None);

        Assert.False(again.Activated);
        Assert.Equal("skipped", again.Run.Status);
        Assert.Contains($"has not changed since the active model {first.Run.Version}", again.Decision);
        Assert.Equal(first.Run.Version, (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task TrainAsync_ActiveModelLearnedFromAnotherEmbeddingModel_IsReplacedEvenWithTheSameData()
    {
        var other = new ModelTraining(_db.DataSource, _db.ThemeModels, _db.Classifications, _db.Themes,
            new ActiveModel(_db.ThemeModels, NullLogger<ActiveModel>.Instance), new ClassificationEmbedder(embedders.RememberedFloat32),
            Options.Create(new ThemesOptions { TrainingData = _dataPath, BatchSize = 50, Trainers = ["lbfgs"], Folds = 3 }),
            Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), NullLogger<ModelTraining>.Instance);
        await other.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var sameEmbedder = await other.TrainAsync(TrainingReasons.Weekly, null, null, force: false, CancellationToken.None);

        var newEmbedder = await _training.TrainAsync(TrainingReasons.Weekly, null, null, force: false, CancellationToken.None);

        Assert.Equal("skipped", sameEmbedder.Run.Status);
        Assert.NotEqual("skipped", newEmbedder.Run.Status);
    }

    [Fact]
    public async Task TrainAsync_ActiveModelOfAnOlderFormat_IsReplacedEvenWithTheSameData()
    {
        var first = await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        await StoreAsOlderFormatAsync(first.Run.Version);

        var again = await _training.TrainAsync(TrainingReasons.Weekly, null, null, force: false, CancellationToken.None);

        Assert.True(again.Activated, again.Decision);
        Assert.Equal(again.Run.Version, (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task ClassifyPendingJob_ActiveModelOfAnOlderFormat_QueuesItsReplacement()
    {
        var first = await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        await StoreAsOlderFormatAsync(first.Run.Version);
        await AddItemsAsync(["The carer visits were always late"]);
        var storage = HangfireStorage();
        var job = ClassifyPendingJobOn(storage, embedders.Int8);

        Assert.Equal(0, await job.RunAsync(CancellationToken.None));

        var queued = storage.GetMonitoringApi().EnqueuedJobs("analysis", 0, 10);
        var training = Assert.Single(queued, j => j.Value.Job.Type == typeof(TrainThemeModelJob));
        Assert.Equal(TrainingReasons.Unreadable, training.Value.Job.Args[0]);
    }

    [Fact]
    public async Task ClassifyPendingJob_ActiveModelLearnedFromAnotherEmbeddingModel_QueuesItsReplacementOnce()
    {
        // The active model learned from the int8 model's vectors; the hub then embeds with float32 (as after an upgrade).
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var storage = HangfireStorage();
        var sameEmbedder = ClassifyPendingJobOn(storage, embedders.Int8);
        var newEmbedder = ClassifyPendingJobOn(storage, embedders.Float32);

        await sameEmbedder.RunAsync(CancellationToken.None);
        var before = storage.GetMonitoringApi().EnqueuedJobs("analysis", 0, 10).Count(j => j.Value.Job.Type == typeof(TrainThemeModelJob));
        await newEmbedder.RunAsync(CancellationToken.None);
        var queued = storage.GetMonitoringApi().EnqueuedJobs("analysis", 0, 10).Where(j => j.Value.Job.Type == typeof(TrainThemeModelJob)).ToList();
        // The replacement was tried (here: a run recorded for the reason, as the queued job would record it): not queued again.
        var tried = await _db.ThemeModels.StartAsync(TrainingReasons.EmbeddingModelChanged, null, CancellationToken.None);
        await _db.ThemeModels.CloseAsync(tried.Id, "failed", "Failed for the test", null, CancellationToken.None);
        await newEmbedder.RunAsync(CancellationToken.None);

        Assert.Equal(0, before);
        Assert.Equal(TrainingReasons.EmbeddingModelChanged, Assert.Single(queued).Value.Job.Args[0]);
        Assert.Single(storage.GetMonitoringApi().EnqueuedJobs("analysis", 0, 10), j => j.Value.Job.Type == typeof(TrainThemeModelJob));
    }

    private PostgreSqlStorage HangfireStorage() => new(
        new NpgsqlConnectionFactory(_db.ConnectionString, new PostgreSqlStorageOptions()),
        new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true });

    private ClassifyPendingJob ClassifyPendingJobOn(PostgreSqlStorage storage, Analysis.Embeddings.ISentenceEmbedder embedder) =>
        new(_classifier, _db.ThemeModels, new ActiveModel(_db.ThemeModels, NullLogger<ActiveModel>.Instance), new ClassificationEmbedder(embedder),
            new BackgroundJobClient(storage), Options.Create(new ThemesOptions()), NullLogger<ClassifyPendingJob>.Instance);

    /// <summary>Overwrites a stored model with what an older build stored: a zip whose manifest says format 1.</summary>
    private async Task StoreAsOlderFormatAsync(string version)
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("manifest.json").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("""{"Format":1,"Trainer":"lbfgs","Labels":[],"Thresholds":[],"Floor":0,"Dimension":0}"""));
        }
        await using var conn = await _db.DataSource.OpenConnectionAsync();
        await conn.ExecuteAsync("UPDATE theme_models SET bytes = @bytes WHERE version = @version", new { bytes = zip.ToArray(), version });
    }

    [Fact]
    public async Task TrainAsync_WorseOutOfFoldOnTheSeedRows_KeepsTheActiveModelAndSaysWhy()
    {
        var first = await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        // Staff "correct" hundreds of items to the wrong theme: the next model learns nonsense.
        var wrong = SeedData.Slice(0.15, seed: 5).Where(r => !r.Labels.Contains("Parking") && !r.Labels.Contains("Service location")).Take(300).ToList();
        var ids = await AddItemsAsync(wrong.Select(r => r.Text).ToList());
        var userId = (await _db.Users.CreateAsync($"w-{Guid.NewGuid():N}@council.example", "Wrong Way", null, Roles.Staff, false, CancellationToken.None))!.Value;
        var parking = (await _db.Themes.ListAsync(CancellationToken.None)).Single(t => t.Name == "Service location").Id;
        foreach (var id in ids) await _db.Classifications.SetByStaffAsync(id, [parking], [], null, userId, CancellationToken.None);

        var second = await _training.TrainAsync(TrainingReasons.Weekly, null, null, force: false, CancellationToken.None);

        Assert.False(second.Activated);
        Assert.Equal("trained", second.Run.Status);
        Assert.StartsWith("Not made active: micro F1", second.Decision);
        Assert.Contains("out of fold on", second.Decision);
        Assert.Contains($"{first.Run.Version} stays active", second.Run.Decision);
        Assert.Equal(first.Run.Version, (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task NewThemeWithFiveStaffExamples_IsPredictedAfterTheNextTraining()
    {
        // "Direct payments and personal budgets" has no QDC counterpart: only staff examples teach it.
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        var examples = await AddItemsAsync([
            "The direct payment card was stopped and I could not pay my personal assistant",
            "Filling in the direct payments audit forms every quarter is exhausting",
            "Our personal budget was cut and the direct payment no longer covers the personal assistant's wages",
            "Nobody explained how to employ a personal assistant with a direct payment",
            "The direct payments team took three months to set up the payment card",
        ]);
        var userId = (await _db.Users.CreateAsync($"f-{Guid.NewGuid():N}@council.example", "Few Shot", null, Roles.Staff, false, CancellationToken.None))!.Value;
        var theme = (await _db.Themes.ListAsync(CancellationToken.None)).Single(t => t.Name == "Direct payments and personal budgets").Id;
        foreach (var id in examples) await _db.Classifications.SetByStaffAsync(id, [theme], [], null, userId, CancellationToken.None);
        var fresh = await AddItemsAsync(["My direct payment was late again so my personal assistant was not paid"]);
        await _classifier.ClassifyPendingAsync(10, CancellationToken.None);
        Assert.DoesNotContain(await _db.Classifications.ThemesOfAsync(fresh[0], CancellationToken.None),
            t => t.Name == "Direct payments and personal budgets");

        var next = await _training.TrainAsync(TrainingReasons.Command, null, null, force: true, CancellationToken.None);
        Assert.True(next.Activated);
        await _classifier.ClassifyPendingAsync(10, CancellationToken.None);

        Assert.Contains(await _db.Classifications.ThemesOfAsync(fresh[0], CancellationToken.None),
            t => t.Name == "Direct payments and personal budgets" && t.Source == "model");
    }

    [Fact]
    public async Task NewThemeWithExamplesFromTheListAndRejections_IsPredictedAfterTheNextTraining()
    {
        var ct = CancellationToken.None;
        const string name = "Direct payments and personal budgets";
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, ct);
        var own = await AddItemsAsync([
            "The direct payment card was stopped and I could not pay my personal assistant",
            "Filling in the direct payments audit forms every quarter is exhausting",
            "Nobody explained how to employ a personal assistant with a direct payment",
        ]);
        var listed = await AddItemsAsync([
            "Our personal budget was cut and the direct payment no longer covers the personal assistant's wages",
            "The direct payments team took three months to set up the payment card",
        ]);
        var rejected = await AddItemsAsync(["The council's letter about my care charges was confusing", "There was nowhere to park at the hospital"]);
        var userId = (await _db.Users.CreateAsync($"f-{Guid.NewGuid():N}@council.example", "Few Shot", null, Roles.Staff, false, ct))!.Value;
        var theme = (await _db.Themes.ListAsync(ct)).Single(t => t.Name == name).Id;
        // Three found by staff, two confirmed from the "might be this theme" list, two rejected there.
        foreach (var id in own) await _db.Classifications.SetByStaffAsync(id, [theme], [], null, userId, ct);
        foreach (var id in listed) await _db.Themes.ConfirmExampleAsync(theme, id, userId, ct);
        foreach (var id in rejected) await _db.Themes.RejectExampleAsync(theme, id, userId, ct);
        Assert.Equal(listed.ToHashSet(), (await _db.Themes.ConfirmedFromSuggestionsAsync(ct))[name]);
        var fresh = await AddItemsAsync(["My direct payment was late again so my personal assistant was not paid"]);

        var next = await _training.TrainAsync(TrainingReasons.Command, null, null, force: true, ct);
        Assert.True(next.Activated);
        await _classifier.ClassifyPendingAsync(20, ct);

        Assert.Contains(await _db.Classifications.ThemesOfAsync(fresh[0], ct), t => t.Name == name && t.Source == "model");
        Assert.DoesNotContain(await _db.Classifications.ThemesOfAsync(rejected[1], ct), t => t.Name == name);
    }

    [Fact]
    public async Task ReviewQueue_ListsLeastSureFirst()
    {
        await _training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None);
        await AddItemsAsync(SeedData.Slice(0.02, seed: 9).Select(r => r.Text).ToList());
        await _classifier.ClassifyPendingAsync(100, CancellationToken.None);
        var version = (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!.Version;

        var (page1, total) = await _db.Classifications.ReviewQueueAsync(version, 0, 10, CancellationToken.None);
        var (page2, _) = await _db.Classifications.ReviewQueueAsync(version, 10, 10, CancellationToken.None);

        Assert.True(total > 20);
        Assert.Equal(10, page1.Count);
        var margins = page1.Concat(page2).Select(i => i.Margin).ToList();
        Assert.Equal(margins.Order(), margins);
        Assert.Empty(page1.Select(i => i.Id).Intersect(page2.Select(i => i.Id)));
    }

    /// <summary>The labelled file's rows as training reads them: with the council's themes, rows with none of them left out.</summary>
    private async Task<IReadOnlyList<LabelledRow>> SeedRowsAsync()
    {
        var active = (await _db.Themes.ListAsync(CancellationToken.None)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return CouncilLabels.Map(LabelledData.Read(_dataPath), await _db.Themes.QdcMappingAsync(CancellationToken.None), active);
    }

    private async Task<long[]> AddItemsAsync(IReadOnlyList<string> texts, IReadOnlyList<string>? contexts = null)
    {
        var (documentId, _) = await _db.Documents.SaveAsync("survey", "t.csv", "text/csv", Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()), "{}", null, CancellationToken.None);
        var items = texts.Select((t, i) => new NewItem
        {
            Channel = "survey", RawText = t, RedactedText = t, RowNo = i + 2, Context = contexts?[i],
            Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes($"{documentId}/{i}")),
        }).ToList();
        await using var conn = await _db.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await ItemStore.InsertAsync(conn, tx, documentId, items, CancellationToken.None);
        await tx.CommitAsync();
        return (await conn.QueryAsync<long>("SELECT id FROM items WHERE document_id = @documentId ORDER BY row_no", new { documentId })).ToArray();
    }

    private async Task<Dictionary<long, long>> ChangeSeqAsync(long[] ids)
    {
        await using var conn = await _db.DataSource.OpenConnectionAsync();
        return (await conn.QueryAsync<(long Id, long Seq)>("SELECT id, change_seq FROM items WHERE id = ANY(@ids)", new { ids }))
            .ToDictionary(r => r.Id, r => r.Seq);
    }
}
