namespace VoiceHub.Analysis.Training;

/// <summary>
/// A seeded split that keeps every label's share: each row is grouped by its rarest label (counted over all rows), and
/// within each group rows are ordered by id, shuffled with the seed, and the first round(fraction × n) held out.
/// The same rows and seed always give the same split.
/// </summary>
/// <example>
/// With 10 rows whose rarest label is "Parking" and fraction 0.3, exactly 3 of them are held out; a label with one row
/// keeps it on the larger side (round(0.3) = 0).
/// </example>
public static class StratifiedSplit
{
    public static (IReadOnlyList<LabelledRow> Kept, IReadOnlyList<LabelledRow> HeldOut) Split(
        IReadOnlyList<LabelledRow> rows, double fraction, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1);
        var counts = rows.SelectMany(r => r.Labels).GroupBy(l => l, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var kept = new List<LabelledRow>();
        var heldOut = new List<LabelledRow>();
        var random = new Random(seed);
        var strata = rows
            .GroupBy(r => r.Labels.OrderBy(l => counts[l]).ThenBy(l => l, StringComparer.Ordinal).First(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var stratum in strata)
        {
            var members = stratum.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
            random.Shuffle(members);
            var take = (int)Math.Round(fraction * members.Length, MidpointRounding.ToEven);
            heldOut.AddRange(members.Take(take));
            kept.AddRange(members.Skip(take));
        }
        return (kept, heldOut);
    }
}
