namespace VoiceHub.Analysis.Training;

/// <summary>
/// One labelled comment: its themes and, when known, its sentiment on the QDC scale (1 very positive … 5 very negative).
/// </summary>
public sealed record LabelledRow(string Id, string Text, IReadOnlyList<string> Labels, int? Sentiment = null);
