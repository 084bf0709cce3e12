using VoiceHub.Analysis.Training;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests;

/// <summary>The labelled seed data, read once, and small stratified slices of it so tests train in seconds.</summary>
public static class SeedData
{
    private static readonly Lazy<IReadOnlyList<LabelledRow>> All =
        new(() => LabelledData.Read(Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv")));

    public static IReadOnlyList<LabelledRow> Rows => All.Value;

    /// <summary>About <paramref name="fraction"/> of the rows, keeping every label's share; the same rows each time for one seed.</summary>
    public static IReadOnlyList<LabelledRow> Slice(double fraction, int seed = 3) => StratifiedSplit.Split(Rows, fraction, seed).HeldOut;

    /// <summary>Writes rows to a temporary labelled CSV and returns its path.</summary>
    public static string WriteTemp(IEnumerable<LabelledRow> rows)
    {
        var path = Path.Combine(TestPaths.TempDirectory("voicehub-themes"), "labelled.csv");
        LabelledData.Write(path, rows);
        return path;
    }
}
