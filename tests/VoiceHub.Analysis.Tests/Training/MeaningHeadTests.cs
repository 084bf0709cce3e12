using VoiceHub.Analysis.Tests.Embeddings;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>
/// The meaning head on real seed rows and real arctic-embed-xs vectors: learned beside the words' model, used only for
/// texts that come with an embedding, kept through storage, and no worse out-of-fold than the words alone.
/// </summary>
[Trait("Category", "Slow")]
public sealed class MeaningHeadTests(Embedders embedders) : IClassFixture<Embedders>
{
    [Theory]
    [InlineData(MeaningHeadKind.Network, MeaningManifest.NetworkHead)]
    [InlineData(MeaningHeadKind.Linear, MeaningManifest.LinearHead)]
    public void Train_RowsWithEmbeddings_LearnsAMeaningHeadUsedOnlyWhereAnEmbeddingIsGiven(MeaningHeadKind kind, string head)
    {
        var (_, slice) = StratifiedSplit.Split(SeedData.Rows, 0.15, 21);
        var (train, test) = StratifiedSplit.Split(slice, 0.2, 22);
        var vectors = embedders.Int8.Embed(train.Concat(test).Select(r => r.Text).ToList());
        var embedded = train.Select((r, i) => r with { Embedding = vectors[i] }).ToList();
        var testVectors = vectors.Skip(train.Count).ToList();

        var result = ThemeTrainer.Train(embedded, null,
            new TrainingOptions { Trainers = [TrainerKind.LinearSvm], Folds = 3, EmbeddingModel = embedders.Int8.ModelId, MeaningHead = kind });

        var meaning = result.Model.Manifest.Meaning;
        Assert.NotNull(meaning);
        Assert.Equal(embedders.Int8.ModelId, meaning.EmbeddingModel);
        Assert.Equal(result.Model.Labels.Count, meaning.Betas.Count);
        Assert.True(meaning.HasSentiment);
        Assert.Equal(head, meaning.Head);
        Assert.True(meaning.SentimentNetworkShare > 0, "the sentiment network is mixed in");
        var texts = test.Select(r => r.Text).ToList();
        var withMeaning = result.Model.Predict(texts, testVectors);
        var wordsAlone = result.Model.Predict(texts);
        Assert.All(withMeaning, p => Assert.True(p.UsedMeaning));
        Assert.All(wordsAlone, p => Assert.False(p.UsedMeaning));
        Assert.All(withMeaning, p => Assert.InRange(p.Sentiment ?? 0, 1, 5));
        string[] plain = ["Lovely caring staff, thank you", "Waited four hours, nobody told us anything, the staff were rude and it was terrible"];
        var plainSentiments = result.Model.Predict(plain, embedders.Int8.Embed(plain)).Select(p => p.Sentiment).ToList();
        Assert.True(plainSentiments[0] <= 2, "praise is positive");
        // Trained on about 500 rows, most of them praise, a complaint is not reliably called negative; it must at least
        // read as less positive than praise.
        Assert.True(plainSentiments[1] > plainSentiments[0], $"a complaint ({plainSentiments[1]}) reads less positive than praise ({plainSentiments[0]})");

        var restored = ThemeModel.FromBytes(result.Model.ToBytes());
        Assert.Equal(Describe(withMeaning), Describe(restored.Predict(texts, testVectors)));
        Assert.Equal(Describe(wordsAlone), Describe(restored.Predict(texts)));
    }

    [Fact]
    public void Train_NoEmbeddingModelNamed_HasNoMeaningHead()
    {
        var (_, slice) = StratifiedSplit.Split(SeedData.Rows, 0.08, 23);

        var result = ThemeTrainer.Train(slice, null, new TrainingOptions { Trainers = [TrainerKind.AveragedPerceptron], Folds = 2, Sentiment = false });

        Assert.Null(result.Model.Manifest.Meaning);
        Assert.All(result.Model.Predict(["The nurse was lovely"], [new float[384]]), p => Assert.False(p.UsedMeaning));
    }

    private static string Describe(IEnumerable<ThemePrediction> predictions) =>
        string.Join('|', predictions.Select(p => string.Join(';', p.Themes.Select(t => $"{t.Theme}:{t.Confidence:0.000}")) + "/" + p.Sentiment));
}
