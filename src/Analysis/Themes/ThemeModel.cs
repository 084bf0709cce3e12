using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// A trained theme and sentiment model: the shared featuriser, every theme's linear scorer (<see cref="ThemeWeights"/>),
/// an optional sentiment scorer, and the manifest. Predicts in batches: the text of a batch is featurised once through
/// <see cref="ITransformer.Transform"/>, then every theme is scored from the same in-memory vectors. Immutable, so one
/// instance serves every thread. Stored as one zip: <c>manifest.json</c>, <c>features.zip</c>, <c>themes.bin</c>,
/// <c>sentiment.zip</c>, and for the meaning head (<see cref="MeaningManifest"/>) <c>meaning.bin</c> and
/// <c>meaning-sentiment.zip</c>.
/// </summary>
public sealed class ThemeModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _features;
    private readonly ThemeWeights _weights;
    private readonly ITransformer? _sentiment;
    private readonly ThemeWeights? _meaning;
    private readonly Mlp? _meaningNetwork;
    private readonly Mlp? _sentimentNetwork;
    private readonly ITransformer? _meaningSentiment;
    private readonly int _notAssigned;

    public ThemeModel(MLContext ml, ModelManifest manifest, ITransformer features, ThemeWeights weights, ITransformer? sentiment,
        ThemeWeights? meaning = null, ITransformer? meaningSentiment = null)
        : this(ml, manifest, features, weights, sentiment, meaning, null, meaningSentiment)
    {
    }

    /// <param name="meaningNetwork">The meaning head when the manifest's <see cref="MeaningManifest.Head"/> is the network.</param>
    public ThemeModel(MLContext ml, ModelManifest manifest, ITransformer features, ThemeWeights weights, ITransformer? sentiment,
        ThemeWeights? meaning, Mlp? meaningNetwork, ITransformer? meaningSentiment, Mlp? sentimentNetwork = null)
    {
        if (manifest.Meaning is { } m && (m.Thresholds.Count != manifest.Labels.Count || (m.Head == MeaningManifest.NetworkHead
                ? meaningNetwork is null || meaningNetwork.Inputs != m.NetworkInputs || meaningNetwork.Outputs != manifest.Labels.Count
                : meaning is null || meaning.Dimension != m.Dimensions || meaning.Labels != manifest.Labels.Count)))
        {
            throw new ArgumentException("The meaning head's manifest and weights differ in shape.");
        }
        if (weights.Labels != manifest.Labels.Count || manifest.Thresholds.Count != manifest.Labels.Count || weights.Dimension != manifest.Dimension)
        {
            throw new ArgumentException("The manifest's labels and thresholds and the weights differ in shape.");
        }
        _ml = ml;
        Manifest = manifest;
        _features = features;
        _weights = weights;
        _sentiment = sentiment;
        _meaning = manifest.Meaning is { Head: MeaningManifest.LinearHead } ? meaning : null;
        _meaningNetwork = manifest.Meaning is { Head: MeaningManifest.NetworkHead } ? meaningNetwork : null;
        _meaningSentiment = manifest.Meaning is { HasSentiment: true } ? meaningSentiment : null;
        _sentimentNetwork = _meaningSentiment is not null ? sentimentNetwork : null;
        if (_meaningSentiment is not null && manifest.Meaning!.SentimentNetworkShare > 0
            && (sentimentNetwork is null || sentimentNetwork.Inputs != manifest.Meaning.SentimentNetworkInputs || sentimentNetwork.Outputs != SentimentModel.Classes))
        {
            throw new ArgumentException("The sentiment network is missing or of the wrong shape.");
        }
        _notAssigned = manifest.Labels.ToList().IndexOf(Decoding.NotAssigned);
    }

    public ModelManifest Manifest { get; }

    public IReadOnlyList<string> Labels => Manifest.Labels;

    /// <summary>Predicts labelled rows as items: each with its embedding, if any, and its question's kind.</summary>
    public IReadOnlyList<ThemePrediction> Predict(IReadOnlyList<LabelledRow> rows) =>
        Predict(rows.Select(r => r.Text).ToList(), rows.Select(r => r.Embedding).ToList(), rows.Select(r => r.Kind).ToList());

    /// <summary>
    /// Predicts themes and sentiment. A text whose embedding is given (from <see cref="MeaningManifest.EmbeddingModel"/>)
    /// is scored by words and meaning together when the model has a meaning head; otherwise by the words alone, and its
    /// prediction says so (<see cref="ThemePrediction.UsedMeaning"/>). <paramref name="kinds"/> are the kinds of the
    /// questions the texts answer (none given: nonspecific), read when the model was trained with them
    /// (<see cref="ModelManifest.ReadsQuestion"/>) and ignored by older models.
    /// </summary>
    public IReadOnlyList<ThemePrediction> Predict(IReadOnlyList<string> texts, IReadOnlyList<float[]?>? embeddings = null,
        IReadOnlyList<QuestionKind>? kinds = null)
    {
        if (texts.Count == 0) return [];
        var scores = Score(texts, embeddings, kinds, out var sentiments, out var usedMeaning);
        var result = new ThemePrediction[texts.Count];
        for (var r = 0; r < texts.Count; r++)
        {
            var row = scores[r];
            var (thresholds, floor) = usedMeaning[r] ? (Manifest.Meaning!.Thresholds, Manifest.Meaning.Floor) : (Manifest.Thresholds, Manifest.Floor);
            var chosen = Decoding.Decode(row, thresholds, floor, _notAssigned);
            var margin = float.PositiveInfinity;
            for (var i = 0; i < row.Length; i++)
            {
                if (thresholds[i] is { } t) margin = Math.Min(margin, Math.Abs(row[i] - t));
            }
            var themes = chosen.Count == 0
                ? [new ThemeScore(Decoding.NotAssigned, 0.5f)]
                : chosen.Select(i => new ThemeScore(Labels[i], Decoding.Confidence(row[i], thresholds[i]!.Value)))
                    .OrderByDescending(t => t.Confidence).ToList();
            result[r] = new ThemePrediction(themes, float.IsInfinity(margin) ? 0 : margin, sentiments?[r]) { UsedMeaning = usedMeaning[r] };
        }
        return result;
    }

    /// <summary>Raw scores by the words alone, one array per text in label order (a label never learned scores −∞).</summary>
    public float[][] Score(IReadOnlyList<string> texts, out int?[]? sentiments) => Score(texts, null, null, out sentiments, out _);

    /// <summary>
    /// Every row's probability of each point of the scale (index 0 is 1, very positive … index 4 is 5), as
    /// <see cref="Predict(IReadOnlyList{LabelledRow})"/> weighs them: words and meaning with the sentiment network mixed
    /// in where the row has its embedding, the words alone where not. Its sentiment is the most probable point. Null for
    /// a row no sentiment model scores (the model learned no sentiment).
    /// </summary>
    public float[]?[] SentimentProbabilities(IReadOnlyList<LabelledRow> rows)
    {
        var probabilities = new float[]?[rows.Count];
        if (rows.Count > 0) Score(rows.Select(r => r.Text).ToList(), rows.Select(r => r.Embedding).ToList(), rows.Select(r => r.Kind).ToList(), out _, out _, probabilities);
        return probabilities;
    }

    /// <param name="probabilities">Filled with every scored row's sentiment probabilities when given (for measuring).</param>
    private float[][] Score(IReadOnlyList<string> texts, IReadOnlyList<float[]?>? embeddings, IReadOnlyList<QuestionKind>? kinds,
        out int?[]? sentiments, out bool[] usedMeaning, float[]?[]? probabilities = null)
    {
        var words = Featurise(texts);
        List<VBuffer<float>> WithQuestion(float weight) =>
            weight > 0 ? words.Select((v, r) => QuestionKinds.Append(v, Kind(kinds, r), weight, Manifest.QuestionCrossedWords)).ToList() : words;
        var vectors = WithQuestion(Manifest.QuestionWeight);
        var sentimentVectors = Manifest.SentimentQuestionWeight == Manifest.QuestionWeight ? vectors : WithQuestion(Manifest.SentimentQuestionWeight);
        var scores = new float[texts.Count][];
        var used = usedMeaning = new bool[texts.Count];
        var meaningRow = new float[Labels.Count];
        for (var r = 0; r < texts.Count; r++)
        {
            var row = scores[r] = new float[Labels.Count];
            _weights.Score(vectors[r], row);
            for (var i = 0; i < row.Length; i++)
            {
                if (Manifest.Thresholds[i] is null || float.IsNaN(row[i])) row[i] = float.NegativeInfinity;
            }
            if (Manifest.Meaning is not { } head || embeddings?[r] is not { } embedding || embedding.Length != head.Dimensions) continue;
            if (_meaningNetwork is not null) _meaningNetwork.Logits(head.NetworkInput(embedding, Kind(kinds, r)), meaningRow);
            else if (_meaning is not null) _meaning.Score(new VBuffer<float>(embedding.Length, embedding), meaningRow);
            else continue;
            for (var i = 0; i < row.Length; i++) row[i] = Manifest.Meaning!.Combine(i, row[i], meaningRow[i]);
            Manifest.FewShot?.Apply(embedding, row, Manifest.Meaning!.Thresholds, texts[r]);
            usedMeaning[r] = true;
        }
        sentiments = null;
        if (_sentiment is not null)
        {
            var view = _ml.Data.LoadFromEnumerable(sentimentVectors.Select(v => new TextFeatures.Row { Features = v }), TextFeatures.RowSchema(Manifest.SentimentFeatures));
            sentiments = Sentiments(_sentiment, view);
            if (probabilities is not null) SentimentModel.Probabilities(_sentiment, view).CopyTo(probabilities, 0);
        }
        if (_meaningSentiment is not null && used.Any(u => u))
        {
            var m = Manifest.Meaning!;
            var rows = Enumerable.Range(0, texts.Count).Where(r => used[r]).ToList();
            var view = _ml.Data.LoadFromEnumerable(
                rows.Select(r => new TextFeatures.Row { Features = MeaningTrainer.Join(sentimentVectors[r], Manifest.SentimentFeatures, embeddings![r]!, m.SentimentEmbeddingScale) }),
                TextFeatures.RowSchema(Manifest.SentimentFeatures + m.Dimensions));
            var mixed = _sentimentNetwork is null || m.SentimentNetworkShare <= 0 ? null
                : MixedProbabilities(SentimentModel.Probabilities(_meaningSentiment, view), rows.Select(r => m.SentimentNetworkInput(embeddings![r]!, Kind(kinds, r))).ToList(),
                    m.SentimentNetworkShare);
            var meaningSentiments = mixed is null ? Sentiments(_meaningSentiment, view) : mixed.Select(p => (int?)(Array.IndexOf(p, p.Max()) + 1)).ToArray();
            var meaningProbabilities = probabilities is null ? null : mixed ?? SentimentModel.Probabilities(_meaningSentiment, view);
            sentiments ??= new int?[texts.Count];
            for (var j = 0; j < rows.Count; j++)
            {
                sentiments[rows[j]] = meaningSentiments[j];
                if (meaningProbabilities is not null) probabilities![rows[j]] = meaningProbabilities[j];
            }
        }
        return scores;
    }

    private static int?[] Sentiments(ITransformer model, IDataView view) => SentimentModel.Predict(model, view);

    private static QuestionKind Kind(IReadOnlyList<QuestionKind>? kinds, int row) => kinds is null ? QuestionKind.Nonspecific : kinds[row];

    /// <summary>The five points' probabilities once the network's are mixed in at <paramref name="share"/>.</summary>
    /// <param name="inputs">The network's input for each row (<see cref="MeaningManifest.NetworkInput"/>).</param>
    private float[][] MixedProbabilities(float[][] model, IReadOnlyList<float[]> inputs, float share)
    {
        var network = new float[SentimentModel.Classes];
        var result = new float[model.Length][];
        for (var r = 0; r < model.Length; r++)
        {
            _sentimentNetwork!.Probabilities(inputs[r], network);
            var row = result[r] = new float[network.Length];
            for (var c = 0; c < network.Length; c++) row[c] = (1 - share) * model[r][c] + share * network[c];
        }
        return result;
    }

    /// <summary>The same model with another share of the sentiment network (for measuring; nothing is retrained).</summary>
    public ThemeModel WithSentimentNetworkShare(float share) =>
        _sentimentNetwork is null ? this
            : new ThemeModel(_ml, Manifest with { Meaning = Manifest.Meaning! with { SentimentNetworkShare = share } }, _features, _weights,
                _sentiment, _meaning, _meaningNetwork, _meaningSentiment, _sentimentNetwork);

    /// <summary>
    /// Featurises a batch once into memory, so every scorer reads vectors instead of re-featurising text. Featurising
    /// is most of the work of predicting, so a large batch is featurised in chunks on every core.
    /// </summary>
    private List<VBuffer<float>> Featurise(IReadOnlyList<string> texts)
    {
        if (texts.Count <= FeaturiseChunk) return FeaturiseOne(texts);
        var chunks = texts.Chunk(FeaturiseChunk).ToArray();
        var parts = new List<VBuffer<float>>[chunks.Length];
        Parallel.For(0, chunks.Length, i => parts[i] = FeaturiseOne(chunks[i]));
        return parts.SelectMany(p => p).ToList();
    }

    private const int FeaturiseChunk = 500;

    private List<VBuffer<float>> FeaturiseOne(IEnumerable<string> texts) =>
        TextFeatures.Materialise(_features.Transform(_ml.Data.LoadFromEnumerable(texts.Select(t => new TextFeatures.Input { Text = t ?? "" }))));

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "manifest.json", s => JsonSerializer.Serialize(s, Manifest));
            var textSchema = _ml.Data.LoadFromEnumerable(Array.Empty<TextFeatures.Input>()).Schema;
            var featureSchema = _ml.Data.LoadFromEnumerable(Array.Empty<TextFeatures.Row>(), TextFeatures.RowSchema(Manifest.SentimentFeatures)).Schema;
            Write(zip, "features.zip", s => _ml.Model.Save(_features, textSchema, s));
            Write(zip, "themes.bin", _weights.Write);
            if (_sentiment is not null) Write(zip, "sentiment.zip", s => _ml.Model.Save(_sentiment, featureSchema, s));
            if (_meaning is not null) Write(zip, "meaning.bin", _meaning.Write);
            if (_meaningNetwork is not null) Write(zip, "meaning-mlp.bin", _meaningNetwork.Write);
            if (_meaningSentiment is not null)
            {
                var joinedSchema = _ml.Data.LoadFromEnumerable(Array.Empty<TextFeatures.Row>(),
                    TextFeatures.RowSchema(Manifest.SentimentFeatures + Manifest.Meaning!.Dimensions)).Schema;
                Write(zip, "meaning-sentiment.zip", s => _ml.Model.Save(_meaningSentiment, joinedSchema, s));
                if (_sentimentNetwork is not null) Write(zip, "meaning-sentiment-mlp.bin", _sentimentNetwork.Write);
            }
        }
        return buffer.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not a VoiceHub theme model of a format this build reads.</exception>
    public static ThemeModel FromBytes(byte[] bytes)
    {
        var ml = new MLContext(seed: 1);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var manifest = Read(zip, "manifest.json", s => JsonSerializer.Deserialize<ModelManifest>(s))
                       ?? throw new InvalidDataException("The model has no manifest.");
        if (manifest.Format is < ModelManifest.OldestReadable or > ModelManifest.CurrentFormat) throw new InvalidDataException($"Model format {manifest.Format} is not one this build reads.");
        var features = Read(zip, "features.zip", s => ml.Model.Load(s, out _))!;
        var weights = Read(zip, "themes.bin", s => ThemeWeights.Read(s, manifest.Dimension, manifest.Labels.Count))!;
        var sentiment = manifest.HasSentiment ? Read(zip, "sentiment.zip", s => ml.Model.Load(s, out _)) : null;
        var meaning = manifest.Meaning is { Head: MeaningManifest.LinearHead } m
            ? Read(zip, "meaning.bin", s => ThemeWeights.Read(s, m.Dimensions, manifest.Labels.Count)) : null;
        var network = manifest.Meaning is { Head: MeaningManifest.NetworkHead } n
            ? Read(zip, "meaning-mlp.bin", s => Mlp.Read(s, n.NetworkInputs, manifest.Labels.Count)) : null;
        if (manifest.Meaning is { Head: not (MeaningManifest.LinearHead or MeaningManifest.NetworkHead) } unknown)
        {
            throw new InvalidDataException($"The model's meaning head '{unknown.Head}' is not one this build reads.");
        }
        var meaningSentiment = manifest.Meaning is { HasSentiment: true } ? Read(zip, "meaning-sentiment.zip", s => ml.Model.Load(s, out _)) : null;
        var sentimentNetwork = manifest.Meaning is { HasSentiment: true } && zip.GetEntry("meaning-sentiment-mlp.bin") is not null
            ? Read(zip, "meaning-sentiment-mlp.bin", s => Mlp.Read(s, manifest.Meaning.SentimentNetworkInputs, SentimentModel.Classes)) : null;
        return new ThemeModel(ml, manifest, features, weights, sentiment, meaning, network, meaningSentiment, sentimentNetwork);
    }

    private static void Write(ZipArchive zip, string name, Action<Stream> write)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        write(entry);
    }

    private static T? Read<T>(ZipArchive zip, string name, Func<Stream, T> read)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"The model has no {name}.");
        // ML.NET needs a seekable stream.
        using var copy = new MemoryStream();
        using (var s = entry.Open()) s.CopyTo(copy);
        copy.Position = 0;
        return read(copy);
    }
}
