namespace VoiceHub.Analysis.Training;

/// <summary>
/// One labelled comment: its themes and, when known, its sentiment on the QDC scale (1 very positive … 5 very negative).
/// <see cref="Embedding"/> is its sentence embedding when the caller has one (training learns a meaning head only when
/// every row has one). <see cref="Question"/> is the question the comment answers, when known (an item's context);
/// models read its kind (<see cref="Themes.QuestionKinds"/>).
/// </summary>
public sealed record LabelledRow(string Id, string Text, IReadOnlyList<string> Labels, int? Sentiment = null)
{
    public float[]? Embedding { get; init; }

    public string? Question { get; init; }

    /// <summary>The kind of <see cref="Question"/>: nonspecific when there is none.</summary>
    public Themes.QuestionKind Kind => Themes.QuestionKinds.Of(Question);
}
