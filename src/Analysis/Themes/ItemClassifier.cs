using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.ServiceAreas;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Classifies items with the active model in batches: themes, sentiment, and service areas from the lexicon. Used by
/// the jobs and inline by the <c>voicehub</c> command. Safe to run on several nodes at once: a batch re-reads what is
/// pending, and storing a batch is idempotent.
/// </summary>
public sealed class ItemClassifier(
    ThemeModelStore models,
    ClassificationStore classifications,
    ClassificationEmbeddingStore embeddings,
    ServiceAreaStore serviceAreas,
    ActiveModel activeModel,
    IOptions<ThemesOptions> options,
    ILogger<ItemClassifier> log)
{
    /// <summary>Classifies items the active model has not yet classified, batch by batch, up to <paramref name="maxBatches"/>.</summary>
    /// <returns>How many items were classified; 0 when there is no active model.</returns>
    public async Task<int> ClassifyPendingAsync(int maxBatches, CancellationToken ct)
    {
        var done = 0;
        for (var b = 0; b < maxBatches; b++)
        {
            // The active version is read per batch, so a model made active meanwhile is used from the next batch on.
            var active = await models.ActiveAsync(ct);
            if (active is null) return done;
            var model = await activeModel.GetAsync(active.Version, ct);
            if (model is null) return done;
            var items = await classifications.PendingAsync(active.Version, Math.Max(1, options.Value.BatchSize), ct, model.Manifest.Meaning?.EmbeddingModel);
            if (items.Count == 0) break;
            if (!await ClassifyAsync(active.Version, items, ct)) break;
            done += items.Count;
        }
        return done;
    }

    /// <summary>Classifies the items with ids in [from, to] with <paramref name="version"/>, if it is still the active model.</summary>
    public async Task<int> ClassifyRangeAsync(string version, long from, long to, CancellationToken ct)
    {
        var active = await models.ActiveAsync(ct);
        if (active?.Version != version) return 0;
        var model = await activeModel.GetAsync(version, ct);
        if (model is null) return 0;
        var items = await classifications.PendingInRangeAsync(version, from, to, ct, model.Manifest.Meaning?.EmbeddingModel);
        return await ClassifyAsync(version, items, ct) ? items.Count : 0;
    }

    private async Task<bool> ClassifyAsync(string version, IReadOnlyList<ItemToClassify> items, CancellationToken ct)
    {
        if (items.Count == 0) return true;
        var model = await activeModel.GetAsync(version, ct);
        if (model is null) return false;
        var lexicon = new ServiceAreaLexicon(await serviceAreas.ListAsync(ct));
        var clock = Stopwatch.StartNew();
        // Items whose classification embedding is stored are read by words and meaning; the rest by words alone, until
        // the classification embedding job reaches them and the pending query brings them back.
        var vectors = model.Manifest.Meaning is { } meaning
            ? await embeddings.GetAsync(items.Select(i => i.Id).ToList(), meaning.EmbeddingModel, ct)
            : new Dictionary<long, float[]>();
        // The question an item answers is its context: "Nothing" answering "What could we do better?" is praise.
        var predictions = model.Predict(items.Select(i => i.RedactedText).ToList(), items.Select(i => vectors.GetValueOrDefault(i.Id)).ToList(),
            items.Select(i => QuestionKinds.Of(i.Context)).ToList());
        var batch = items.Select((item, i) => new ItemClassification(
            item.Id,
            predictions[i].Themes.Select(t => (t.Theme, t.Confidence)).ToList(),
            predictions[i].Margin,
            predictions[i].Sentiment,
            lexicon.Match(item.RedactedText).Select(a => (a, "lexicon", 1f)).ToList()) { UsedMeaning = predictions[i].UsedMeaning }).ToList();
        var predicted = clock.Elapsed;
        await classifications.SaveAsync(version, batch, ct);
        log.LogInformation("Classified {Count} items ({Meaning} with their meaning) with model {Version}: predicted in {Predict} ms, stored in {Store} ms",
            items.Count, batch.Count(b => b.UsedMeaning), version, (long)predicted.TotalMilliseconds, (long)(clock.Elapsed - predicted).TotalMilliseconds);
        return true;
    }
}
