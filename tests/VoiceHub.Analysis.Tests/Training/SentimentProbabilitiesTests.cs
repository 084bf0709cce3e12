using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Tests.Embeddings;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>
/// The sentiment probabilities a trained model gives for measuring (<c>themes sentiment --predictions</c>), its
/// unweighted variant and the second-stage routes (<c>--second-stage-folds</c>), on real seed rows and real
/// arctic-embed-xs vectors.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SentimentProbabilitiesTests(Embedders embedders) : IClassFixture<Embedders>
{
    [Fact]
    public void SentimentProbabilities_WithAndWithoutEmbeddings_SumToOneAndTheirMostProbablePointIsThePrediction()
    {
        var (train, test) = Split(31);
        var result = ThemeTrainer.Train(train, null, Options(true));
        var withoutEmbeddings = test.Select(r => r with { Embedding = null }).ToList();

        foreach (var rows in new[] { test, withoutEmbeddings })
        {
            var probabilities = result.Model.SentimentProbabilities(rows);
            var predictions = result.Model.Predict(rows);
            Assert.Equal(rows.Count, probabilities.Length);
            for (var i = 0; i < rows.Count; i++)
            {
                var p = probabilities[i]!;
                Assert.Equal(SentimentModel.Classes, p.Length);
                Assert.InRange(p.Sum(), 0.999f, 1.001f);
                Assert.Equal(predictions[i].Sentiment, Array.IndexOf(p, p.Max()) + 1);
            }
        }
        // Words and meaning give other probabilities than the words alone.
        Assert.NotEqual(result.Model.SentimentProbabilities(test)[0], result.Model.SentimentProbabilities(withoutEmbeddings)[0]);
    }

    [Fact]
    public void Train_NoClassWeights_CallsFewerRowsNeutralThanTheWeightedModel()
    {
        // Neutral is the smallest class, so weighting the classes gives it more rows; unweighted, fewer rows go there.
        var (train, test) = Split(32);
        int Neutral(bool weighted) => ThemeTrainer.Train(train, null, Options(weighted)).Model.Predict(test)
            .Count(p => p.Sentiment is { } s && SentimentFigures.ToThree(s) == 2);

        var (unweighted, weighted) = (Neutral(false), Neutral(true));

        Assert.True(unweighted < weighted, $"unweighted {unweighted}, weighted {weighted}");
    }

    [Fact]
    public void SecondStageRun_HubRoute_PredictsWhatTheTrainedHubModelPredicts()
    {
        // The stop-26 routes start from a copy of the hub's sentiment model; if the copy drifted from ThemeTrainer's,
        // every route would be measured against the wrong model.
        var (train, test) = Split(33);
        var scored = test.Where(r => r.Sentiment is not null).ToList();

        var routes = SentimentSecondStage.Run(train, scored, 2, [], 1, null, CancellationToken.None);

        var hub = ThemeTrainer.Train(train, null, Options(true)).Model.Predict(scored);
        Assert.Equal(hub.Select(p => SentimentFigures.ToThree(p.Sentiment!.Value)), routes[0].Predicted);
        Assert.All(routes, r => Assert.Equal(scored.Count, r.Predicted.Length));
        Assert.All(routes, r => Assert.InRange(r.OutOfFoldAccuracy, 0.3, 1));
    }

    [Fact]
    public void ClassWeights_NotBalanced_WeighsEveryGroupOne()
    {
        int[] sentiments = [.. Enumerable.Repeat(1, 600), .. Enumerable.Repeat(3, 100), .. Enumerable.Repeat(5, 300)];

        Assert.Equal([0.75f, 1.83f, 1.05f], SentimentModel.ClassWeights(sentiments).Skip(1).Select(w => MathF.Round(w, 2)));
        Assert.Equal([1f, 1f, 1f], SentimentModel.ClassWeights(sentiments, balance: false).Skip(1));
    }

    private TrainingOptions Options(bool classWeights) => new()
    {
        Trainers = [TrainerKind.AveragedPerceptron], Folds = 2, EmbeddingModel = embedders.Int8.ModelId, SentimentClassWeights = classWeights,
    };

    private (List<LabelledRow> Train, List<LabelledRow> Test) Split(int seed)
    {
        var (_, slice) = StratifiedSplit.Split(SeedData.Rows, 0.15, seed);
        var vectors = embedders.Int8.Embed(slice.Select(r => r.Text).ToList());
        var embedded = slice.Select((r, i) => r with { Embedding = vectors[i] }).ToList();
        var (train, test) = StratifiedSplit.Split(embedded, 0.2, seed + 1);
        return (train.ToList(), test.ToList());
    }
}
