namespace VoiceHub.Analysis.Sentiment;

/// <summary>
/// Sentiment accuracy and macro F1 on the five-point scale, and on three classes (1–2 positive, 3 neutral or mixed,
/// 4–5 negative) as the NHS project reports it.
/// </summary>
public sealed record SentimentFigures(int Rows, double Accuracy5, double MacroF15, double Accuracy3, double MacroF13)
{
    public static int ToThree(int sentiment) => sentiment switch { <= 2 => 1, 3 => 2, _ => 3 };

    public static SentimentFigures Compute(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("Truth and predictions differ in length.");
        var three = truth.Select(ToThree).ToList();
        var threePredicted = predicted.Select(ToThree).ToList();
        return new SentimentFigures(truth.Count, Accuracy(truth, predicted), MacroF1(truth, predicted),
            Accuracy(three, threePredicted), MacroF1(three, threePredicted));
    }

    private static double Accuracy(IReadOnlyList<int> t, IReadOnlyList<int> p) =>
        t.Count == 0 ? 0 : (double)t.Where((v, i) => v == p[i]).Count() / t.Count;

    /// <summary>Mean F1 over the classes present in the truth.</summary>
    private static double MacroF1(IReadOnlyList<int> t, IReadOnlyList<int> p)
    {
        var classes = t.Distinct().ToList();
        if (classes.Count == 0) return 0;
        return classes.Average(c =>
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < t.Count; i++)
            {
                if (p[i] == c && t[i] == c) tp++;
                else if (p[i] == c) fp++;
                else if (t[i] == c) fn++;
            }
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        });
    }
}
