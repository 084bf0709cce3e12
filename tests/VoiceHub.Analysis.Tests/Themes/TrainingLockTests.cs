using VoiceHub.Analysis.Tests.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Themes;

/// <summary>
/// Two nodes asked to train at the same moment (the weekly job on one, a staff request on another): the advisory lock
/// makes them take turns, so one model is trained and made active and the other run finds nothing new and skips.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TrainingLockTests(PostgresCluster cluster, Embedders embedders)
{
    [Fact]
    public async Task TrainAsync_TwoNodesAtOnce_TakeTurnsAndTrainOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(cluster);
        var themesOptions = Options.Create(new ThemesOptions { TrainingData = SeedData.WriteTemp(SeedData.Slice(0.05)), Trainers = ["lbfgs"], Folds = 2 });
        var hubOptions = Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds });
        // Each "node" has its own services over the shared database, as two processes would.
        ModelTraining Node() => new(db.DataSource, db.ThemeModels, db.Classifications, db.Themes,
            new ActiveModel(db.ThemeModels, NullLogger<ActiveModel>.Instance), new Analysis.Embeddings.ClassificationEmbedder(embedders.Int8), themesOptions, hubOptions, NullLogger<ModelTraining>.Instance);

        var outcomes = await Task.WhenAll(
            Task.Run(() => Node().TrainAsync(TrainingReasons.Weekly, null, null, force: false, ct), ct),
            Task.Run(() => Node().TrainAsync(TrainingReasons.Weekly, null, null, force: false, ct), ct));

        Assert.Single(outcomes, o => o.Activated);
        Assert.Single(outcomes, o => o.Run.Status == "skipped");
        var runs = await db.ThemeModels.ListAsync(10, ct);
        Assert.Equal(2, runs.Count);
        Assert.Single(runs, r => r.Active);
        Assert.DoesNotContain(runs, r => r.Status == "training");
    }
}
