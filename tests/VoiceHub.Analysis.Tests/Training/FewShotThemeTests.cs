using VoiceHub.Analysis.Tests.Embeddings;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>
/// A theme taught by five examples and a description, among real seed rows with real arctic-embed-xs vectors, is
/// learned by the few-shot route of the product's trainer: predicted for new comments that mean it (in other words),
/// not for unrelated ones, and the same after storage.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FewShotThemeTests(Embedders embedders) : IClassFixture<Embedders>
{
    private const string Theme = "Direct payments and personal budgets";

    [Fact]
    public void Train_ThemeWithFiveExamplesAndADescription_IsPredictedForItemsThatMeanIt()
    {
        string[] examples =
        [
            "The direct payment card was stopped and I could not pay my personal assistant",
            "Filling in the direct payments audit forms every quarter is exhausting",
            "Our personal budget was cut and the direct payment no longer covers the personal assistant's wages",
            "Nobody explained how to employ a personal assistant with a direct payment",
            "The direct payments team took three months to set up the payment card",
        ];
        string[] meaningIt =
        [
            "I cannot pay my personal assistant because my direct payment is late again",
            "The direct payments team has not replied about my payment card for weeks",
        ];
        // Further from the examples' words: not always taken at the threshold (it is set for precision), but closer
        // to the theme than any unrelated comment.
        string[] paraphrases =
        [
            "My direct payment came late so the carer I employ went unpaid this month",
            "The council cut my personal budget and now I cannot afford the assistant I employ",
            "Employing my own PA through a direct payment means payroll, insurance and contracts I cannot manage",
        ];
        string[] unrelated =
        [
            "The nurse on the ward was kind and explained everything",
            "There was nowhere to park at the hospital",
            "The food was cold and the portions were small",
        ];
        var rows = SeedData.Slice(0.25, seed: 31).Select(r => r with { Labels = r.Labels.Where(l => l != Theme).ToList() })
            .Concat(examples.Select((t, i) => new LabelledRow($"example-{i}", t, [Theme])))
            .ToList();
        var vectors = embedders.Int8.Embed(rows.Select(r => r.Text).Concat(meaningIt).Concat(unrelated).Concat(paraphrases).ToList());
        var embedded = rows.Select((r, i) => r with { Embedding = vectors[i] }).ToList();
        var description = embedders.Int8.Embed([$"{Theme}. Direct payments and personal budgets: money from the council to arrange your own care, employing personal assistants, payment cards, audits and managing the budget."])[0];

        var model = ThemeTrainer.Train(embedded, null, new TrainingOptions
        {
            Trainers = [TrainerKind.LinearSvm], Folds = 2, Sentiment = false, EmbeddingModel = embedders.Int8.ModelId,
            ThemeDescriptions = new Dictionary<string, float[]> { [Theme] = description },
        }).Model;

        var learned = Assert.Single(model.Manifest.FewShot!.Themes, t => t.Label == Theme);
        Assert.Equal(5, learned.Examples);
        var texts = meaningIt.Concat(unrelated).ToList();
        var predicted = model.Predict(texts, vectors.Skip(rows.Count).Take(texts.Count).ToList<float[]?>());
        Assert.All(predicted.Take(meaningIt.Length), (p, i) => Assert.True(p.Themes.Any(t => t.Theme == Theme), $"\"{meaningIt[i]}\" is about {Theme}"));
        Assert.All(predicted.Skip(meaningIt.Length), (p, i) => Assert.False(p.Themes.Any(t => t.Theme == Theme), $"\"{unrelated[i]}\" is not about {Theme}"));

        float Margin(int i) => learned.Margin(model.Manifest.FewShot.Transform(vectors[rows.Count + i]));
        var unrelatedBest = Enumerable.Range(meaningIt.Length, unrelated.Length).Max(Margin);
        Assert.All(Enumerable.Range(texts.Count, paraphrases.Length), i => Assert.True(Margin(i) > unrelatedBest, $"\"{paraphrases[i - texts.Count]}\" is closer to the theme than any unrelated comment"));

        var restored = ThemeModel.FromBytes(model.ToBytes());
        Assert.Equal(predicted.Select(p => string.Join(";", p.Themes.Select(t => t.Theme))),
            restored.Predict(texts, vectors.Skip(rows.Count).Take(texts.Count).ToList<float[]?>()).Select(p => string.Join(";", p.Themes.Select(t => t.Theme))));
        Assert.Equal(ModelManifest.CurrentFormat, restored.Manifest.Format);
    }
}
