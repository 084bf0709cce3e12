using Microsoft.ML;
using Microsoft.ML.Data;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// For measuring only (issue 16, stop 26; the product does not use it): routes to three-class sentiment accuracy that
/// need no new encoder, each chosen on out-of-fold predictions of the training rows only, never on the rows scored.
/// The training rows with a sentiment are dealt into k folds (stratified by the three classes); for each fold the
/// hub's sentiment model (<see cref="HubSentiment"/>: words and meaning by L-BFGS maximum entropy, the sentiment network
/// mixed in) and the class-balanced linear SVC (<see cref="SvcBaseline.SentimentScores"/>) learn from the other folds
/// and score it. On those out-of-fold predictions it chooses: a shift of the neutral class's log-probability (the
/// class the model over- or under-calls), a small logistic regression over both models' outputs (a second stage), and
/// the hub model's L2 penalty, embedding scale and network share. Then every model learns from all the training rows
/// and the choices are applied to the scored rows.
/// </summary>
/// <example>
/// A row the hub model gives positive 0.50, neutral 0.40, negative 0.10 is called positive; with a neutral shift of
/// +0.3 its neutral log-probability becomes ln 0.40 + 0.3 = −0.62 &gt; ln 0.50 = −0.69, so it is called neutral.
/// </example>
public static class SentimentSecondStage
{
    /// <summary>One setting of the hub's sentiment model: L2 penalty, the embedding's scale beside the words, the network's share.</summary>
    public sealed record Setting(float L2, float EmbeddingScale, float NetworkShare)
    {
        public static Setting Hub { get; } = new(SentimentModel.DefaultL2, MeaningTrainer.SentimentEmbeddingScale, MeaningTrainer.SentimentNetworkShare);

        public override string ToString() => FormattableString.Invariant($"L2 {L2}, embedding scale {EmbeddingScale}, network share {NetworkShare}");
    }

    /// <summary>A route's three-class predictions on the scored rows (1 positive, 2 neutral, 3 negative) and what was chosen for it out of fold.</summary>
    public sealed record Route(string Name, int[] Predicted, double OutOfFoldAccuracy, string Chosen);

    /// <summary>The network shares tried out of fold (no retraining: the two parts' probabilities are mixed again).</summary>
    private static readonly float[] Shares = [0, 0.25f, 0.5f, 0.75f, 1];

    /// <summary>
    /// Runs every route. <paramref name="train"/> and <paramref name="test"/> carry their classification embeddings;
    /// <paramref name="settings"/> are the (L2, embedding scale) pairs tried (the hub's is always among them).
    /// </summary>
    public static IReadOnlyList<Route> Run(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> test, int folds,
        IReadOnlyList<(float L2, float EmbeddingScale)> settings, int seed, Action<string>? progress, CancellationToken ct)
    {
        var rows = train.Where(r => r.Sentiment is not null).ToList();
        var truth = rows.Select(r => SentimentFigures.ToThree(r.Sentiment!.Value)).ToArray();
        var fold = Folds(truth, folds, seed);
        var pairs = settings.Prepend((Setting.Hub.L2, Setting.Hub.EmbeddingScale)).Distinct().ToList();

        // Out-of-fold: the hub model's two parts for every (L2, scale), and the SVC's decision values.
        var oofModel = pairs.Select(_ => new float[rows.Count][]).ToArray();
        var oofNetwork = new float[rows.Count][];
        var oofSvc = new float[rows.Count][];
        for (var f = 0; f < folds; f++)
        {
            ct.ThrowIfCancellationRequested();
            var held = Enumerable.Range(0, rows.Count).Where(i => fold[i] == f).ToList();
            var heldRows = held.Select(i => rows[i]).ToList();
            // The rows without a sentiment stay on the learning side, as in the hub (they only shape the vocabulary).
            var learn = train.Where(r => r.Sentiment is null).Concat(Enumerable.Range(0, rows.Count).Where(i => fold[i] != f).Select(i => rows[i])).ToList();
            var hub = new HubSentiment(learn, ct);
            var network = hub.Network(heldRows);
            for (var p = 0; p < pairs.Count; p++)
            {
                var model = hub.Model(pairs[p].L2, pairs[p].EmbeddingScale, heldRows);
                for (var j = 0; j < held.Count; j++) oofModel[p][held[j]] = model[j];
            }
            var svc = SvcBaseline.SentimentScores(learn, true)(heldRows);
            for (var j = 0; j < held.Count; j++) (oofNetwork[held[j]], oofSvc[held[j]]) = (network[j], svc[j]);
            progress?.Invoke($"fold {f + 1} of {folds}");
        }

        // Every model again on all the training rows, scoring the test rows.
        var full = new HubSentiment(train, ct);
        var testNetwork = full.Network(test);
        var testModel = pairs.Select(p => full.Model(p.L2, p.EmbeddingScale, test)).ToArray();
        var testSvc = SvcBaseline.SentimentScores(train, true)(test);
        progress?.Invoke("trained on every row");

        var routes = new List<Route>();
        var hubIndex = 0;
        var hubShare = Setting.Hub.NetworkShare;
        float[][] Mixed(float[][] model, float[][] network, float share) =>
            model.Select((m, i) => m.Select((v, c) => (1 - share) * v + share * network[i][c]).ToArray()).ToArray();
        var oofHub = Mixed(oofModel[hubIndex], oofNetwork, hubShare);
        var testHub = Mixed(testModel[hubIndex], testNetwork, hubShare);
        routes.Add(new Route("the hub's model (five points, the most probable)", testHub.Select(FivePointThree).ToArray(),
            Accuracy(oofHub.Select(FivePointThree).ToArray(), truth), Setting.Hub.ToString()));
        var oofHub3 = oofHub.Select(Three).ToArray();
        var testHub3 = testHub.Select(Three).ToArray();
        routes.Add(new Route("the hub's model, summed to three", testHub3.Select(ArgMax).ToArray(), Accuracy(oofHub3.Select(ArgMax).ToArray(), truth), ""));
        var shift = ChooseShift(oofHub3, truth);
        routes.Add(new Route("the hub's model, neutral shift", testHub3.Select(p => Shifted(p, shift.Shift)).ToArray(), shift.Accuracy,
            FormattableString.Invariant($"shift {shift.Shift:+0.00;-0.00;0}")));

        routes.Add(new Route("class-balanced linear SVC on words", testSvc.Select(ArgMax).ToArray(), Accuracy(oofSvc.Select(ArgMax).ToArray(), truth), ""));

        var stacker = Stacker.Fit(oofHub3.Select((p, i) => Inputs(p, oofSvc[i])).ToArray(), truth);
        var oofStack = oofHub3.Select((p, i) => stacker.Probabilities(Inputs(p, oofSvc[i]))).ToArray();
        var testStack = testHub3.Select((p, i) => stacker.Probabilities(Inputs(p, testSvc[i]))).ToArray();
        routes.Add(new Route("second stage: logistic regression on the hub's and the SVC's outputs", testStack.Select(ArgMax).ToArray(),
            Accuracy(oofStack.Select(ArgMax).ToArray(), truth), "fitted on the training rows' out-of-fold outputs (in-sample accuracy)"));
        var stackShift = ChooseShift(oofStack, truth);
        routes.Add(new Route("second stage, neutral shift", testStack.Select(p => Shifted(p, stackShift.Shift)).ToArray(), stackShift.Accuracy,
            FormattableString.Invariant($"shift {stackShift.Shift:+0.00;-0.00;0}")));

        // The hub's settings re-chosen: every (L2, scale) with every network share, by out-of-fold accuracy.
        var best = pairs.SelectMany((p, index) => Shares.Select(share => (index, share,
                accuracy: Accuracy(Mixed(oofModel[index], oofNetwork, share).Select(FivePointThree).ToArray(), truth))))
            .OrderByDescending(x => x.accuracy).ThenBy(x => x.index).ThenBy(x => Math.Abs(x.share - hubShare)).First();
        var chosen = new Setting(pairs[best.index].L2, pairs[best.index].EmbeddingScale, best.share);
        var testChosen = Mixed(testModel[best.index], testNetwork, best.share);
        routes.Add(new Route("the hub's model, settings re-chosen out of fold", testChosen.Select(FivePointThree).ToArray(), best.accuracy, chosen.ToString()));
        var chosenOof3 = Mixed(oofModel[best.index], oofNetwork, best.share).Select(Three).ToArray();
        var chosenShift = ChooseShift(chosenOof3, truth);
        routes.Add(new Route("settings re-chosen, then a neutral shift", testChosen.Select(Three).Select(p => Shifted(p, chosenShift.Shift)).ToArray(),
            chosenShift.Accuracy, FormattableString.Invariant($"{chosen}, shift {chosenShift.Shift:+0.00;-0.00;0}")));
        foreach (var (index, share, accuracy) in pairs.SelectMany((p, index) => Shares.Select(share => (index, share,
                     accuracy: Accuracy(Mixed(oofModel[index], oofNetwork, share).Select(FivePointThree).ToArray(), truth)))))
        {
            progress?.Invoke(FormattableString.Invariant($"out of fold: {new Setting(pairs[index].L2, pairs[index].EmbeddingScale, share)}: accuracy {accuracy:0.0000}"));
        }
        return routes;
    }

    /// <summary>The stacker's inputs: the hub's three log-probabilities, the SVC's three decision values.</summary>
    private static float[] Inputs(float[] hub, float[] svc) =>
        [.. hub.Select(p => MathF.Log(MathF.Max(p, 1e-6f))), .. svc.Select(s => float.IsFinite(s) ? s : -10)];

    private static (float Shift, double Accuracy) ChooseShift(float[][] probabilities, int[] truth)
    {
        // From −1.5 to +1.5 in steps of 0.05; on a tie the smallest shift.
        return Enumerable.Range(-30, 61).Select(s => s * 0.05f)
            .Select(s => (s, accuracy: Accuracy(probabilities.Select(p => Shifted(p, s)).ToArray(), truth)))
            .OrderByDescending(x => x.accuracy).ThenBy(x => Math.Abs(x.s)).First();
    }

    private static int Shifted(float[] three, float shift)
    {
        var scores = three.Select(p => MathF.Log(MathF.Max(p, 1e-9f))).ToArray();
        scores[1] += shift;
        return ArgMax(scores);
    }

    private static float[] Three(float[] five) => [five[0] + five[1], five[2], five[3] + five[4]];

    /// <summary>The hub's own call: the most probable point of five, then its class of three.</summary>
    private static int FivePointThree(float[] five) => SentimentFigures.ToThree(ArgMax(five));

    private static int ArgMax(float[] values) => Array.IndexOf(values, values.Max()) + 1;

    private static double Accuracy(int[] predicted, int[] truth) => (double)predicted.Where((p, i) => p == truth[i]).Count() / truth.Length;

    private static int[] Folds(int[] truth, int k, int seed)
    {
        var fold = new int[truth.Length];
        var random = new Random(seed);
        var next = 0;
        foreach (var group in Enumerable.Range(0, truth.Length).GroupBy(i => truth[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var i in members) fold[i] = next++ % k;
        }
        return fold;
    }

    /// <summary>
    /// The hub's sentiment model as <see cref="ThemeTrainer.Train"/> builds it, in its two parts: L-BFGS maximum entropy
    /// on the words (with the question's kind, crossed) beside the embedding, and the network on the embedding and the
    /// kind. Five points' probabilities; <see cref="Run"/> mixes them at a share.
    /// </summary>
    private sealed class HubSentiment
    {
        private readonly MLContext _ml;
        private readonly ITransformer _featuriser;
        private readonly IReadOnlyList<LabelledRow> _train;
        private readonly int _crossed;
        private readonly float _questionWeight;
        private readonly List<VBuffer<float>> _vectors;
        private readonly Mlp? _network;

        public HubSentiment(IReadOnlyList<LabelledRow> train, CancellationToken ct)
        {
            var options = new TrainingOptions();
            _ml = new MLContext(options.Seed);
            _train = train;
            _featuriser = TextFeatures.Build(_ml).Fit(_ml.Data.LoadFromEnumerable(train.Select(r => new TextFeatures.Input { Text = r.Text })));
            _crossed = options.QuestionCrosses ? TextFeatures.WordDimensions(_ml, _featuriser) : 0;
            _questionWeight = options.SentimentQuestionWeight;
            _vectors = Vectors(train);
            _network = MeaningTrainer.TrainSentimentNetwork(train, options.Seed, true, ct);
        }

        private List<VBuffer<float>> Vectors(IReadOnlyList<LabelledRow> rows) =>
            TextFeatures.Materialise(_featuriser.Transform(_ml.Data.LoadFromEnumerable(rows.Select(r => new TextFeatures.Input { Text = r.Text }))))
                .Select((v, i) => QuestionKinds.Append(v, rows[i].Kind, _questionWeight, _crossed)).ToList();

        public float[][] Network(IReadOnlyList<LabelledRow> rows) => rows.Select(r =>
        {
            var output = new float[SentimentModel.Classes];
            _network!.Probabilities(QuestionKinds.NetworkInput(r.Embedding!, 1, r.Kind, MeaningNetwork.QuestionInput(MeaningTrainer.FitScale, true)), output);
            return output;
        }).ToArray();

        public float[][] Model(float l2, float embeddingScale, IReadOnlyList<LabelledRow> rows)
        {
            var dimension = _vectors[0].Length;
            var withSentiment = _train.Select((r, i) => (r, i)).Where(x => x.r.Sentiment is not null).ToList();
            var weights = SentimentModel.ClassWeights(withSentiment.Select(x => x.r.Sentiment!.Value));
            var schema = TextFeatures.RowSchema(dimension + _train[0].Embedding!.Length);
            var view = _ml.Data.LoadFromEnumerable(withSentiment.Select(x => new TextFeatures.Row
            {
                Features = MeaningTrainer.Join(_vectors[x.i], dimension, x.r.Embedding!, embeddingScale),
                SentimentClass = x.r.Sentiment!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Weight = weights[SentimentFigures.ToThree(x.r.Sentiment!.Value)],
            }), schema);
            var model = SentimentModel.Train(_ml, view, withSentiment.Select(x => x.r.Sentiment).Distinct().Count(), l2)!;
            var vectors = Vectors(rows);
            return SentimentModel.Probabilities(model, _ml.Data.LoadFromEnumerable(
                rows.Select((r, i) => new TextFeatures.Row { Features = MeaningTrainer.Join(vectors[i], dimension, r.Embedding!, embeddingScale) }), schema));
        }
    }

    /// <summary>Multinomial logistic regression by gradient descent on standardised inputs, L2 0.001: a handful of inputs, three classes.</summary>
    private sealed class Stacker(float[,] weights, float[] mean, float[] spread)
    {
        public static Stacker Fit(float[][] inputs, int[] truth)
        {
            var d = inputs[0].Length;
            var mean = Enumerable.Range(0, d).Select(j => inputs.Average(x => x[j])).ToArray();
            var spread = Enumerable.Range(0, d).Select(j => MathF.Max(1e-3f, MathF.Sqrt(inputs.Average(x => (x[j] - mean[j]) * (x[j] - mean[j]))))).ToArray();
            var x = inputs.Select(row => Standardise(row, mean, spread)).ToArray();
            var w = new float[3, d + 1];
            var gradient = new float[3, d + 1];
            var p = new float[3];
            for (var step = 0; step < 3000; step++)
            {
                Array.Clear(gradient);
                for (var i = 0; i < x.Length; i++)
                {
                    Softmax(w, x[i], p);
                    for (var c = 0; c < 3; c++)
                    {
                        var error = p[c] - (truth[i] == c + 1 ? 1 : 0);
                        for (var j = 0; j < d; j++) gradient[c, j] += error * x[i][j];
                        gradient[c, d] += error;
                    }
                }
                for (var c = 0; c < 3; c++)
                for (var j = 0; j <= d; j++)
                    w[c, j] -= 0.5f * (gradient[c, j] / x.Length + (j < d ? 1e-3f * w[c, j] : 0));
            }
            return new Stacker(w, mean, spread);
        }

        public float[] Probabilities(float[] input)
        {
            var p = new float[3];
            Softmax(weights, Standardise(input, mean, spread), p);
            return p;
        }

        private static float[] Standardise(float[] row, float[] mean, float[] spread) => row.Select((v, j) => (v - mean[j]) / spread[j]).ToArray();

        private static void Softmax(float[,] w, float[] x, float[] p)
        {
            var d = x.Length;
            for (var c = 0; c < 3; c++)
            {
                var z = w[c, d];
                for (var j = 0; j < d; j++) z += w[c, j] * x[j];
                p[c] = z;
            }
            var max = p.Max();
            var sum = 0f;
            for (var c = 0; c < 3; c++) sum += p[c] = MathF.Exp(p[c] - max);
            for (var c = 0; c < 3; c++) p[c] /= sum;
        }
    }
}
