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
        // The model says how many examples each theme learned from (the Model page shows it).
        var index = model.Manifest.Labels.ToList().IndexOf(Theme);
        Assert.Equal(5, restored.Manifest.Examples![index]);
        Assert.Equal(embedded.Count(r => r.Labels.Contains("Staff manner & personal attributes")), restored.Manifest.Examples[model.Manifest.Labels.ToList().IndexOf("Staff manner & personal attributes")]);

        // A format-3 model (no example counts, few-shot themes by meaning alone) still loads and predicts.
        var old = ThemeModel.FromBytes(AsFormat3(model.ToBytes()));
        Assert.Equal(3, old.Manifest.Format);
        Assert.Null(old.Manifest.Examples);
        Assert.All(old.Manifest.FewShot!.Themes, t => Assert.Null(t.Words));
        Assert.Equal(texts.Count, old.Predict(texts, vectors.Skip(rows.Count).Take(texts.Count).ToList<float[]?>()).Count);
    }

    /// <summary>The stored model with its manifest as format 3 wrote it.</summary>
    private static byte[] AsFormat3(byte[] model)
    {
        using var stream = new MemoryStream();
        stream.Write(model);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("manifest.json")!;
            System.Text.Json.Nodes.JsonObject manifest;
            using (var reader = entry.Open()) manifest = System.Text.Json.Nodes.JsonNode.Parse(reader)!.AsObject();
            manifest["Format"] = 3;
            manifest.Remove("Examples");
            foreach (var theme in manifest["FewShot"]!["Themes"]!.AsArray())
            {
                foreach (var key in new[] { "Words", "WordsCentre", "WordsScale" }) theme!.AsObject().Remove(key);
            }
            entry.Delete();
            using var writer = zip.CreateEntry("manifest.json").Open();
            using var json = new System.Text.Json.Utf8JsonWriter(writer);
            manifest.WriteTo(json);
        }
        return stream.ToArray();
    }
}

/// <summary>
/// The "might be this theme" list (<see cref="ThemeSuggestions.Score"/>) on real seed comments with real
/// arctic-embed-xs vectors: a description and three examples about food bring food comments to the top, and a
/// rejection changes the list beyond removing the rejected item (comments like it move down).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ThemeSuggestionsTests(Embedders embedders) : IClassFixture<Embedders>
{
    private const string Food = "Food & drink provision & facilities";

    [Fact]
    public void Score_ExamplesLeadTheList_AndARejectionPushesItsLikeDown()
    {
        var candidates = SeedData.Slice(0.2, seed: 5).ToList();
        var vectors = embedders.Int8.Embed(candidates.Select(r => r.Text).ToList());
        var taught = embedders.Int8.Embed(
        [
            "Food & drink. Food and drink: quality, choice, temperature and availability of meals and drinks.",
            "The meals were cold and there was no choice for my diet",
            "The sandwiches were stale and the tea came late",
            "Lovely hot dinners and plenty of drinks brought round",
        ]);
        var (description, examples) = (taught[0], taught.Skip(1).ToList());

        var first = ThemeSuggestions.Score(description, examples, [], vectors);
        var top = Ranked(first).Take(20).ToList();
        var food = top.Count(i => candidates[i].Labels.Contains(Food));
        Assert.True(food >= 10, $"{food} of the top 20 are about food and drink ({candidates.Count(r => r.Labels.Contains(Food))} of {candidates.Count} are)");

        // Staff reject the best suggestion that is not about food (or, if all are, the first).
        var rejected = top.FirstOrDefault(i => !candidates[i].Labels.Contains(Food), top[0]);
        var second = ThemeSuggestions.Score(description, examples, [vectors[rejected]], vectors);
        var nearest = Enumerable.Range(0, vectors.Length).Where(i => i != rejected)
            .MaxBy(i => FewShotThemes.Cosine(vectors[i], vectors[rejected]));
        // Scores are cosines to a prototype the rejection moved, so ranks, not score drops, are compared.
        int Rank(float[] scores, int i) => Ranked(scores).Where(j => j != rejected).ToList().IndexOf(i);
        Assert.True(Rank(second, nearest) > Rank(first, nearest), $"the comment nearest the rejected one went from rank {Rank(first, nearest)} to {Rank(second, nearest)}");
        Assert.NotEqual(top.Where(i => i != rejected).Take(10), Ranked(second).Where(i => i != rejected).Take(10));
    }

    private static IEnumerable<int> Ranked(float[] scores) => Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i);
}
