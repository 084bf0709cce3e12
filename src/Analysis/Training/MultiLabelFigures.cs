namespace VoiceHub.Analysis.Training;

/// <summary>
/// How well predicted label sets match the true ones. Micro F1 pools every (row, label) decision; macro F1 is the mean
/// of per-label F1 over the labels present in the truth; exact match is the share of rows whose set is exactly right.
/// </summary>
/// <example>
/// Truth {A}, {A,B}; predicted {A}, {A}: A has 2 true positives, B one false negative, so micro precision 1, recall
/// 2/3, micro F1 0.8; macro F1 = mean(F1(A) = 1, F1(B) = 0) = 0.5; exact match 1/2.
/// </example>
public sealed record MultiLabelFigures(
    IReadOnlyList<string> Labels, double MicroF1, double MacroF1, double ExactMatch, IReadOnlyList<LabelFigures> PerLabel)
{
    public static MultiLabelFigures Compute(IReadOnlyList<IReadOnlyCollection<string>> truth, IReadOnlyList<IReadOnlyCollection<string>> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("Truth and predictions differ in length.");
        var labels = truth.SelectMany(t => t).Concat(predicted.SelectMany(p => p)).Distinct().Order(StringComparer.Ordinal).ToList();
        var tp = labels.ToDictionary(l => l, _ => 0);
        var fp = labels.ToDictionary(l => l, _ => 0);
        var fn = labels.ToDictionary(l => l, _ => 0);
        var exact = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var t = truth[i].ToHashSet();
            var p = predicted[i].ToHashSet();
            if (t.SetEquals(p)) exact++;
            foreach (var l in p) { if (t.Contains(l)) tp[l]++; else fp[l]++; }
            foreach (var l in t) { if (!p.Contains(l)) fn[l]++; }
        }
        var perLabel = labels.Select(l => Figures(l, tp[l], fp[l], fn[l])).ToList();
        var microF1 = F1(tp.Values.Sum(), fp.Values.Sum(), fn.Values.Sum());
        var present = perLabel.Where(f => f.Support > 0).ToList();
        var macroF1 = present.Count == 0 ? 0 : present.Average(f => f.F1);
        return new MultiLabelFigures(labels, microF1, macroF1, truth.Count == 0 ? 0 : (double)exact / truth.Count, perLabel);
    }

    /// <summary>The same figures leaving one label out (e.g. "Not assigned", which the NHS project's figures exclude).</summary>
    public MultiLabelFigures Without(string label)
    {
        var kept = PerLabel.Where(f => f.Label != label).ToList();
        double tp = 0, fp = 0, fn = 0;
        foreach (var f in kept)
        {
            var t = f.Recall * f.Support;
            tp += t;
            fn += f.Support - t;
            fp += f.Precision > 0 ? t / f.Precision - t : 0;
        }
        var present = kept.Where(f => f.Support > 0).ToList();
        return this with
        {
            Labels = kept.Select(f => f.Label).ToList(),
            MicroF1 = tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn),
            MacroF1 = present.Count == 0 ? 0 : present.Average(f => f.F1),
            PerLabel = kept,
        };
    }

    private static LabelFigures Figures(string label, int tp, int fp, int fn) =>
        new(label, tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn), F1(tp, fp, fn), tp + fn);

    public static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
}
