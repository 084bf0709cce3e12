using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class ThemeTrainerTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void Train_ModestSlice_BeatsTheKeywordBaselineOnUnseenRows()
    {
        var texts = fixture.Test.Select(r => r.Text).ToList();
        var model = ThemeTrainer.Evaluate(fixture.Test, fixture.Result.Model.Predict(texts));
        var keywords = KeywordBaseline.Learn(fixture.Train);
        var baseline = MultiLabelFigures.Compute(fixture.Test.Select(r => (IReadOnlyCollection<string>)r.Labels).ToList(),
            texts.Select(keywords.Predict).ToList());

        Assert.True(model.MicroF1 > 0.4, $"micro F1 {model.MicroF1:0.000} on {fixture.Test.Count} unseen rows");
        Assert.True(model.MicroF1 > baseline.MicroF1 + 0.05, $"model {model.MicroF1:0.000} vs keywords {baseline.MicroF1:0.000}");
        var sentiment = ThemeTrainer.EvaluateSentiment(fixture.Test, fixture.Result.Model.Predict(texts));
        Assert.NotNull(sentiment);
        Assert.True(sentiment.Accuracy3 > 0.6, $"3-class sentiment accuracy {sentiment.Accuracy3:0.000}");
    }

    [Fact]
    public void Train_ComparesTheTrainersAndKeepsTheBestOnValidation()
    {
        var trials = fixture.Result.Trials;
        Assert.Equal(["lbfgs", "perceptron"], trials.Select(t => t.Trainer));
        var best = trials.MaxBy(t => (t.MicroF1 + t.MacroF1) / 2)!;
        Assert.Equal(best.Trainer, fixture.Result.Model.Manifest.Trainer);
    }

    [Fact]
    public void Predict_EveryText_GetsAThemeOrNotAssigned_AndASentiment()
    {
        var predictions = fixture.Result.Model.Predict(["", "Nothing", "The ambulance took four hours to arrive and I was in pain", "Lovely caring staff, thank you"]);

        Assert.All(predictions, p => Assert.NotEmpty(p.Themes));
        Assert.All(predictions, p => Assert.InRange(p.Sentiment ?? 0, 1, 5));
        Assert.Contains(predictions[2].Themes, t => t.Theme == "Timeliness of care");
        Assert.All(predictions.SelectMany(p => p.Themes), t => Assert.InRange(t.Confidence, 0f, 1f));
        Assert.True(predictions[3].Sentiment <= 2, "praise is positive");
    }

    [Fact]
    public void ToBytesFromBytes_RoundTrip_PredictsTheSame()
    {
        var texts = fixture.Test.Take(200).Select(r => r.Text).ToList();
        var before = fixture.Result.Model.Predict(texts);

        var restored = ThemeModel.FromBytes(fixture.Result.Model.ToBytes());
        var after = restored.Predict(texts);

        Assert.Equal(fixture.Result.Model.Manifest.Labels, restored.Manifest.Labels);
        Assert.Equal(before.Select(p => string.Join(';', p.Themes.Select(t => t.Theme)) + p.Sentiment),
            after.Select(p => string.Join(';', p.Themes.Select(t => t.Theme)) + p.Sentiment));
    }

    [Fact]
    public void FromBytes_NotAModel_IsRefusedClearly()
    {
        Assert.ThrowsAny<InvalidDataException>(() => ThemeModel.FromBytes([1, 2, 3, 4]));
    }

    [Fact]
    public void Train_ExamRowsNamedAndNothingHeldOut_FiguresAreOutOfFoldOnThoseRowsOnly()
    {
        var rows = SeedData.Slice(0.08, seed: 41);
        var exam = rows.Where((_, i) => i % 2 == 0).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var options = new TrainingOptions { Trainers = [TrainerKind.AveragedPerceptron], Folds = 2, Sentiment = false };

        var all = ThemeTrainer.Train(rows, null, options);
        var some = ThemeTrainer.Train(rows, null, options with { ExamRows = exam });

        Assert.Equal((rows.Count, rows.Count), (all.TrainingRows, all.ValidationRows));
        Assert.Equal((rows.Count, exam.Count), (some.TrainingRows, some.ValidationRows));
        var examLabels = rows.Where(r => exam.Contains(r.Id)).SelectMany(r => r.Labels).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(some.Validation.PerLabel.Where(l => l.Support > 0), l => Assert.Equal(examLabels[l.Label], l.Support));
        // The same model either way: the exam only chooses which out-of-fold predictions are counted.
        var texts = rows.Take(50).Select(r => r.Text).ToList();
        Assert.Equal(all.Model.Predict(texts).Select(p => p.Margin), some.Model.Predict(texts).Select(p => p.Margin));
    }

    [Fact]
    public void Predict_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        var texts = fixture.Test.Take(100).Select(r => r.Text).ToList();
        var expected = string.Join('|', fixture.Result.Model.Predict(texts).Select(p => string.Join(';', p.Themes.Select(t => t.Theme))));

        var results = Enumerable.Range(0, 4).AsParallel().Select(_ =>
            string.Join('|', fixture.Result.Model.Predict(texts).Select(p => string.Join(';', p.Themes.Select(t => t.Theme))))).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
