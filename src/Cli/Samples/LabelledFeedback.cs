using VoiceHub.Core.Seeds;

namespace VoiceHub.Cli.Samples;

/// <summary>
/// The real, labelled NHS patient and carer feedback in <c>seeds/data</c> (MIT, © NHS England; see its README): the
/// text the sample files and the ingest benchmark are built from, so they read like what councils really hear.
/// </summary>
public sealed record LabelledFeedback(string Text, DateOnly Date, string QuestionType, int? Sentiment)
{
    public static List<LabelledFeedback> Load(string seedsDirectory) =>
        SeedLoader.ReadTable(Path.Combine(seedsDirectory, "data", "patient-feedback-labelled.csv"))
            .Select(r => new LabelledFeedback(
                r.GetValueOrDefault("text")?.Trim() ?? "",
                DateOnly.TryParse(r.GetValueOrDefault("date"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : new DateOnly(2022, 1, 1),
                r.GetValueOrDefault("question_type") ?? "",
                int.TryParse(r.GetValueOrDefault("sentiment"), out var s) ? s : null))
            .Where(f => f.Text.Length > 0)
            .ToList();

    /// <summary>A fixed, spread-out choice of comments of a readable length (the same every time, so samples regenerate identically).</summary>
    public static List<LabelledFeedback> Pick(IReadOnlyList<LabelledFeedback> all, Func<LabelledFeedback, bool> where, int count, int skip = 0)
    {
        var fitting = all.Where(f => f.Text.Length is >= 40 and <= 400 && where(f)).ToList();
        var step = Math.Max(1, fitting.Count / Math.Max(1, count + skip));
        return fitting.Where((_, i) => i % step == 0).Skip(skip).Take(count).ToList();
    }
}
