using System.IO.Compression;
using System.Text.Json.Nodes;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>
/// Models that read the kind of question an answer replies to, on real seed rows: the same answer under two questions,
/// kept through storage; and a model stored before questions were read still loads and predicts as it did.
/// </summary>
[Trait("Category", "Slow")]
public sealed class QuestionKindModelTests
{
    [Fact]
    public void Predict_NothingUnderTheTwoQuestions_PraiseWhenAskedWhatCouldBeBetterAndNotWhenAskedWhatWasGood()
    {
        var train = SeedData.Slice(0.5, seed: 31);
        Assert.Contains(train, r => r.Text.Trim('.', ' ').Equals("nothing", StringComparison.OrdinalIgnoreCase) && r.Kind == QuestionKind.WhatGood);

        var result = ThemeTrainer.Train(train, null, new TrainingOptions { Trainers = [TrainerKind.AveragedPerceptron], Folds = 2 });

        Assert.True(result.Model.Manifest.ReadsQuestion);
        Assert.True(result.Model.Manifest.QuestionCrossedWords > 0);
        string[] texts = ["Nothing", "Nothing"];
        QuestionKind[] kinds = [QuestionKind.CouldImprove, QuestionKind.WhatGood];
        var sentiments = result.Model.Predict(texts, null, kinds).Select(p => p.Sentiment).ToList();
        Assert.True(sentiments[0] <= 2, $"'Nothing' could be better is praise (said {sentiments[0]})");
        Assert.True(sentiments[1] >= 3, $"'Nothing' was good is not praise (said {sentiments[1]})");
        var restored = ThemeModel.FromBytes(result.Model.ToBytes());
        Assert.Equal(sentiments, restored.Predict(texts, null, kinds).Select(p => p.Sentiment));
    }

    [Fact]
    public void FromBytes_ModelStoredBeforeQuestionsWereRead_LoadsAndPredictsAsBefore()
    {
        var train = SeedData.Slice(0.15, seed: 32);
        var result = ThemeTrainer.Train(train, null,
            new TrainingOptions { Trainers = [TrainerKind.AveragedPerceptron], Folds = 2, QuestionKinds = false });
        var older = AsFormat4(result.Model.ToBytes());

        var loaded = ThemeModel.FromBytes(older);

        Assert.Equal(4, loaded.Manifest.Format);
        Assert.False(loaded.Manifest.ReadsQuestion);
        var texts = SeedData.Slice(0.03, seed: 33).Select(r => r.Text).ToList();
        var before = Describe(result.Model.Predict(texts));
        Assert.Equal(before, Describe(loaded.Predict(texts)));
        // The kinds given are not read by a model that never learned them.
        Assert.Equal(before, Describe(loaded.Predict(texts, null, texts.Select(_ => QuestionKind.WhatGood).ToList())));
    }

    /// <summary>The same model as a format-4 build stored it: no question fields in its manifest.</summary>
    private static byte[] AsFormat4(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        buffer.Write(bytes);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("manifest.json")!;
            JsonObject manifest;
            using (var s = entry.Open()) manifest = JsonNode.Parse(s)!.AsObject();
            Assert.Equal(ModelManifest.CurrentFormat, (int)manifest["Format"]!);
            manifest["Format"] = 4;
            manifest.Remove("ReadsQuestion");
            manifest.Remove("QuestionWeight");
            manifest.Remove("SentimentQuestionWeight");
            manifest.Remove("QuestionCrossedWords");
            entry.Delete();
            using var w = zip.CreateEntry("manifest.json").Open();
            w.Write(System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
        }
        return buffer.ToArray();
    }

    private static string Describe(IEnumerable<ThemePrediction> predictions) =>
        string.Join('|', predictions.Select(p => string.Join(';', p.Themes.Select(t => $"{t.Theme}:{t.Confidence:0.000}")) + "/" + p.Sentiment));
}
