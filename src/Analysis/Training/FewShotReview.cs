using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// How the reviewed theme is fitted: the route's settings, and whether the list's confirmations are passed to the fit as
/// such (<see cref="FewShotThemes.Fit"/>'s fromSuggestions, as the product's training does since round 9: they shape the
/// prototype and the k examples staff started with set the threshold) or as plain examples (before round 9).
/// </summary>
public sealed record FewShotReviewFit(string Name, FewShotSettings Settings, bool KnowsTheList = true);

/// <summary>One protocol's macro F1 over the themes at each k, the F1 at each theme's best cut (an oracle), and the mean number of examples and rejections it learned from.</summary>
public sealed record FewShotProtocol(string Name, IReadOnlyDictionary<int, double> MacroF1AtK, IReadOnlyDictionary<int, double> OracleF1AtK,
    IReadOnlyDictionary<int, double> ExamplesAtK, IReadOnlyDictionary<int, double> RejectedAtK);

/// <summary>
/// The product's flow for a new theme, simulated on a labelled file: staff know k examples (a seeded random choice, the
/// same as <see cref="FewShotEvaluation"/>'s), then in each of <c>rounds</c> they are shown the top <c>review</c> rows of
/// the "might be this theme" list as the hub ranks it (<see cref="ThemeSuggestions.Score"/>: the rows not yet confirmed
/// or rejected, in its whitened space), and confirm those that carry the theme and reject the rest. The reviewer is
/// perfect (the file's labels decide), which no member of staff is. The theme is then fitted as the next training
/// fits it (<see cref="FewShotThemes.FitTheme"/>: confirmations are examples that do not set the threshold; training does
/// not read rejections, which stay unlabelled rows) and scored on the held-out rows. Beside it: the same k random examples without review, as many random examples as the review ended
/// with, and k + rounds × review random examples (as many labelled rows as the reviewer read; fewer when the theme has
/// fewer), so the figure shows what reviewing adds over labelling more. The theme's other rows stay in, unlabelled.
/// </summary>
public static class FewShotReview
{
    /// <param name="fits">How to fit the reviewed theme; the first one's settings are also the random protocols'.</param>
    /// <returns>
    /// The themes measured, each protocol's figures, and at each k the share of reviewed rows staff confirmed (macro over
    /// the themes) with the list as the hub ranks it and with rejections only leaving the list (not moving it).
    /// </returns>
    public static (int Themes, IReadOnlyList<FewShotProtocol> Protocols, IReadOnlyDictionary<int, (double Moved, double Unmoved)> Confirmed) Run(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> heldOut,
        IReadOnlyList<int> ks, IReadOnlyList<string> themes, IReadOnlyDictionary<string, float[]> descriptions,
        IReadOnlyList<FewShotReviewFit> fits, int seed, int review, int rounds, CancellationToken ct = default)
    {
        var raw = train.Select(r => r.Embedding!).ToList();
        var dimension = raw[0].Length;
        // The route's space, from every training row as the product's training makes it; and the list's, as the hub keeps it.
        var space = FewShotThemes.Space(raw, fits[0].Settings);
        var suggestions = ThemeSuggestions.Space("", 0, dimension, raw);
        var inSpace = train.Select(r => r with { Embedding = space.Transform(r.Embedding!) }).ToList();
        var terms = train.Select(r => FewShotWords.Terms(r.Text)).ToList();
        var heldVectors = heldOut.Select(r => space.Transform(r.Embedding!)).ToList();
        var heldTerms = heldOut.Select(r => FewShotWords.Terms(r.Text)).ToList();
        var index = Enumerable.Range(0, train.Count).ToDictionary(i => train[i].Id, StringComparer.Ordinal);

        var names = new List<string> { "random k (the issue's protocol)" };
        names.AddRange(fits.Select(f => $"reviewed: {f.Name}"));
        names.Add("random, as many examples as the review ended with");
        names.Add($"random, k + {rounds} x {review} examples");
        var perTheme = names.ToDictionary(n => n, _ => new List<Dictionary<int, (double F1, double Oracle, int Examples, int Rejected)>>());
        var lists = ks.ToDictionary(k => k, _ => new List<(double Moved, double Unmoved)>());
        foreach (var theme in themes)
        {
            ct.ThrowIfCancellationRequested();
            var positives = FewShotEvaluation.Shuffle(train.Where(r => r.Labels.Contains(theme)).ToList(), theme, seed);
            if (ks.Any(k => k > positives.Count) || !heldOut.Any(r => r.Labels.Contains(theme))) continue;
            var truth = heldOut.Select(r => r.Labels.Contains(theme)).ToArray();
            var description = descriptions.GetValueOrDefault(theme);
            var results = names.ToDictionary(n => n, _ => new Dictionary<int, (double, double, int, int)>());
            foreach (var k in ks)
            {
                var known = positives.Take(k).Select(r => index[r.Id]).ToList();
                var (confirmed, rejected) = Reviewed(train, raw, theme, description, known, suggestions, review, rounds);
                var examples = known.Concat(confirmed).ToList();
                // What the rejections do to the list itself (the first round is the same either way): the confirmed share
                // of all reviewed rows as the hub ranks (rejections move the prototype), and with rejections only left out.
                var unmoved = Reviewed(train, raw, theme, description, known, suggestions, review, rounds, FewShotSettings.Default with { RejectionWeight = 0 });
                lists[k].Add((confirmed.Count / (double)(review * rounds), unmoved.Confirmed.Count / (double)(review * rounds)));
                var listed = confirmed.Select(i => train[i].Id).ToHashSet(StringComparer.Ordinal);
                (double, double, int, int) Measure(IReadOnlyList<int> shown, int no, FewShotSettings setting, bool knowsTheList = false)
                {
                    var labelled = shown.ToHashSet();
                    var rows = inSpace.Select((r, i) => r with { Labels = labelled.Contains(i) ? [theme] : [] }).ToList();
                    var scorer = FewShotThemes.FitTheme(theme, 0, rows, terms, description is null ? null : space.Transform(description), setting,
                        knowsTheList ? FewShotThemes.OwnExamples(theme, rows, listed) : null).Scorer;
                    var margins = heldVectors.Select((v, i) => scorer.Margin(v, heldTerms[i])).ToArray();
                    return (F1(margins, truth), FewShotEvaluation.BestCutF1(margins, truth), shown.Count, no);
                }
                var random = fits[0].Settings;
                results[names[0]][k] = Measure(known, 0, random);
                for (var f = 0; f < fits.Count; f++) results[names[f + 1]][k] = Measure(examples, rejected.Count, fits[f].Settings, fits[f].KnowsTheList);
                results[names[^2]][k] = Measure(positives.Take(examples.Count).Select(r => index[r.Id]).ToList(), 0, random);
                results[names[^1]][k] = Measure(positives.Take(k + rounds * review).Select(r => index[r.Id]).ToList(), 0, random);
            }
            foreach (var n in names) perTheme[n].Add(results[n]);
        }
        var count = perTheme[names[0]].Count;
        var confirmedShare = ks.ToDictionary(k => k, k => count == 0 ? (0.0, 0.0) : (lists[k].Average(l => l.Moved), lists[k].Average(l => l.Unmoved)));
        return (count, names.Select(n => new FewShotProtocol(n,
            ks.ToDictionary(k => k, k => count == 0 ? 0 : perTheme[n].Average(t => t[k].F1)),
            ks.ToDictionary(k => k, k => count == 0 ? 0 : perTheme[n].Average(t => t[k].Oracle)),
            ks.ToDictionary(k => k, k => count == 0 ? 0 : perTheme[n].Average(t => (double)t[k].Examples)),
            ks.ToDictionary(k => k, k => count == 0 ? 0 : perTheme[n].Average(t => (double)t[k].Rejected)))).ToList(), confirmedShare);
    }

    /// <summary>
    /// The rows a perfect reviewer confirms and rejects over <paramref name="rounds"/> of the top <paramref name="review"/>
    /// suggestions, each round ranked by the hub's list from what is known by then.
    /// </summary>
    /// <param name="list">The settings the list ranks with (<see cref="ThemeSuggestions.Score"/>); null: the product's.</param>
    public static (List<int> Confirmed, List<int> Rejected) Reviewed(IReadOnlyList<LabelledRow> train, IReadOnlyList<float[]> raw, string theme,
        float[]? description, IReadOnlyList<int> known, CandidateSpace space, int review, int rounds, FewShotSettings? list = null)
    {
        var confirmed = new List<int>();
        var rejected = new List<int>();
        if (description is null) return (confirmed, rejected);
        for (var round = 0; round < rounds; round++)
        {
            var seen = known.Concat(confirmed).Concat(rejected).ToHashSet();
            var candidates = Enumerable.Range(0, train.Count).Where(i => !seen.Contains(i)).ToList();
            var scores = ThemeSuggestions.Score(description, known.Concat(confirmed).Select(i => raw[i]).ToList(), rejected.Select(i => raw[i]).ToList(),
                candidates.Select(i => raw[i]).ToList(), space, list);
            foreach (var j in Enumerable.Range(0, candidates.Count).OrderByDescending(j => scores[j]).ThenBy(j => j).Take(review))
                (train[candidates[j]].Labels.Contains(theme) ? confirmed : rejected).Add(candidates[j]);
        }
        return (confirmed, rejected);
    }

    private static double F1(float[] margins, bool[] truth)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var r = 0; r < margins.Length; r++)
        {
            if (margins[r] >= 0 && truth[r]) tp++;
            else if (margins[r] >= 0) fp++;
            else if (truth[r]) fn++;
        }
        return MultiLabelFigures.F1(tp, fp, fn);
    }
}
