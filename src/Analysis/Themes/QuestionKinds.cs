using System.Text.RegularExpressions;
using Microsoft.ML.Data;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// The rule that reads a question's kind from its wording (an item's <c>Context</c>, a labelled row's <c>question</c>).
/// The question's words are looked up in two short lists: words asking for what could be better (improve, better,
/// differently, change, wrong, worse, dislike, dissatisfied…) and words asking for what was good (good, well, liked,
/// best, satisfied, enjoyed, pleased, happy, helpful, positive…). A good word after "not" or "n't" ("What was not
/// good?") counts as asking for the bad. A question with words from one list only is of that kind; with words from
/// both ("…particularly satisfied and/or dissatisfied with") or neither ("FFT Why?"), or no question at all, it is
/// <see cref="QuestionKind.Nonspecific"/>. On the labelled seed file this reproduces its <c>question_type</c> for every
/// one of its five wordings (tests/VoiceHub.Analysis.Tests, <c>QuestionKindsTests</c>).
/// </summary>
/// <example>
/// "How could we improve?" → could improve; "What could be better?" → could improve; "What has worked well with your care
/// and support?" → what was good; "Please describe anything you were satisfied and/or dissatisfied with" → nonspecific;
/// "Listening Space: home care in Grays" → nonspecific.
/// </example>
public static partial class QuestionKinds
{
    /// <summary>How many kinds there are: the size of a model's one-hot block of the kind.</summary>
    public const int Count = 3;

    private static readonly HashSet<string> BetterWords = new(StringComparer.Ordinal)
    {
        "improve", "improved", "improvement", "improvements", "improving", "better", "differently", "change", "changed",
        "changes", "wrong", "worse", "worst", "dislike", "disliked", "dissatisfied", "unhappy", "complaint", "complaints",
        "problem", "problems",
    };

    private static readonly HashSet<string> GoodWords = new(StringComparer.Ordinal)
    {
        "good", "well", "liked", "best", "satisfied", "enjoyed", "enjoy", "pleased", "happy", "helpful", "positive",
        "great", "praise",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "n't", "never" };

    /// <summary>The kind of <paramref name="question"/>; <see cref="QuestionKind.Nonspecific"/> when it is null or empty.</summary>
    public static QuestionKind Of(string? question)
    {
        if (string.IsNullOrWhiteSpace(question)) return QuestionKind.Nonspecific;
        bool better = false, good = false;
        var previous = "";
        foreach (Match m in Word().Matches(question.ToLowerInvariant().Replace('’', '\'')))
        {
            var word = m.Value;
            if (word.EndsWith("n't", StringComparison.Ordinal))
            {
                previous = "n't";
                continue;
            }
            if (BetterWords.Contains(word)) better = true;
            else if (GoodWords.Contains(word))
            {
                if (Negations.Contains(previous)) better = true;
                else good = true;
            }
            previous = word;
        }
        return better == good ? QuestionKind.Nonspecific : better ? QuestionKind.CouldImprove : QuestionKind.WhatGood;
    }

    /// <summary>
    /// A featurised text with the kind of its question after it: <see cref="Count"/> more dimensions, the kind's set to
    /// <paramref name="value"/> (a one-hot block: a linear model learns a bias per kind); then, when
    /// <paramref name="crossedWords"/> is above 0, <see cref="Count"/> blocks of that many dimensions, one per kind, where
    /// the text's first <paramref name="crossedWords"/> features (the word n-grams) are copied, × <paramref name="value"/>,
    /// into its kind's block. At <paramref name="value"/> 0 the dimensions are there but empty (a model whose themes do
    /// not read the question while its sentiment does). A
    /// bias per kind cannot tell "Nothing" answering "What could we do better?" (praise) from "Nothing" answering
    /// "What was good?" (a complaint); the words crossed with the kind can, while every kind still shares the plain words.
    /// </summary>
    public static VBuffer<float> Append(in VBuffer<float> words, QuestionKind kind, float value, int crossedWords = 0)
    {
        var length = words.Length;
        var total = length + Count + (crossedWords > 0 ? Count * crossedWords : 0);
        var values = words.GetValues();
        if (value == 0 && !words.IsDense) return new VBuffer<float>(total, values.Length, values.ToArray(), words.GetIndices().ToArray());
        var indices = words.IsDense ? null : words.GetIndices().ToArray();
        int At(int j) => indices is null ? j : indices[j];
        var crossed = 0;
        if (crossedWords > 0 && value != 0)
        {
            for (var j = 0; j < values.Length && At(j) < crossedWords; j++) if (values[j] != 0) crossed++;
        }
        var nonZero = 0;
        for (var j = 0; j < values.Length; j++) if (values[j] != 0) nonZero++;
        var newValues = new float[nonZero + 1 + crossed];
        var newIndices = new int[newValues.Length];
        var k = 0;
        for (var j = 0; j < values.Length; j++)
        {
            if (values[j] == 0) continue;
            newIndices[k] = At(j);
            newValues[k++] = values[j];
        }
        newIndices[k] = length + (int)kind;
        newValues[k++] = value;
        var block = length + Count + (int)kind * crossedWords;
        for (var j = 0; j < values.Length && crossed > 0 && At(j) < crossedWords; j++)
        {
            if (values[j] == 0) continue;
            newIndices[k] = block + At(j);
            newValues[k++] = value * values[j];
        }
        return new VBuffer<float>(total, newValues.Length, newValues, newIndices);
    }

    /// <summary>A network's input: the embedding (× <paramref name="scale"/>), then the kind one-hot at <paramref name="value"/>.</summary>
    public static float[] NetworkInput(float[] embedding, float scale, QuestionKind kind, float value)
    {
        var input = new float[embedding.Length + Count];
        for (var i = 0; i < embedding.Length; i++) input[i] = embedding[i] * scale;
        input[embedding.Length + (int)kind] = value;
        return input;
    }

    /// <summary>The labelled file's <c>question_type</c> code of a kind: <c>nonspecific</c>, <c>could_improve</c> or <c>what_good</c>.</summary>
    public static string Code(this QuestionKind kind) => kind switch
    {
        QuestionKind.CouldImprove => "could_improve",
        QuestionKind.WhatGood => "what_good",
        _ => "nonspecific",
    };

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();
}
