using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// The one text featurisation every theme model and the sentiment model share: lower-cased word unigrams and bigrams,
/// and character 2- to 5-grams, each TF-IDF weighted; the word block and the character block are L2-normalised
/// apart (so neither drowns the other: a comment has many more character n-grams than words), then joined and the
/// whole vector L2-normalised again. Character n-grams catch the typos and word forms real feedback is full of
/// ("recieved", "nurses'"); bigrams catch short phrases ("not listened").
/// </summary>
public static class TextFeatures
{
    public const string TextColumn = "Text";
    public const string FeaturesColumn = "Features";

    /// <summary>The character n-gram lengths: 2–5 did a little better on the seed data's validation folds than 4 alone or 3–5 (bench/README.md).</summary>
    private static readonly int[] CharLengths = [2, 3, 4, 5];

    public static IEstimator<ITransformer> Build(MLContext ml)
    {
        const NgramExtractingEstimator.WeightingCriteria tfIdf = NgramExtractingEstimator.WeightingCriteria.TfIdf;
        IEstimator<ITransformer> pipeline = ml.Transforms.Text.NormalizeText("Normalised", TextColumn,
                TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false, keepPunctuations: false, keepNumbers: true)
            .Append(ml.Transforms.Text.TokenizeIntoWords("Words", "Normalised"))
            .Append(ml.Transforms.Conversion.MapValueToKey("WordKeys", "Words"))
            .Append(ml.Transforms.Text.ProduceNgrams("WordGrams", "WordKeys", ngramLength: 2, useAllLengths: true, weighting: tfIdf))
            .Append(ml.Transforms.NormalizeLpNorm("WordBlock", "WordGrams"))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", "Normalised"));
        foreach (var n in CharLengths)
        {
            pipeline = pipeline.Append(ml.Transforms.Text.ProduceNgrams($"CharGrams{n}", "Chars", ngramLength: n, useAllLengths: false, weighting: tfIdf));
        }
        return pipeline
            .Append(ml.Transforms.Concatenate("CharGrams", CharLengths.Select(n => $"CharGrams{n}").ToArray()))
            .Append(ml.Transforms.NormalizeLpNorm("CharBlock", "CharGrams"))
            .Append(ml.Transforms.Concatenate("Blocks", "WordBlock", "CharBlock"))
            .Append(ml.Transforms.NormalizeLpNorm(FeaturesColumn, "Blocks"));
    }

    /// <summary>How many of a fitted featuriser's features are word n-grams: they come first, the character n-grams after.</summary>
    public static int WordDimensions(MLContext ml, ITransformer featuriser) =>
        ((VectorDataViewType)featuriser.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<Input>()).Schema)["WordBlock"].Type).Size;

    /// <summary>
    /// Copies every row's feature vector out of a view. Each vector is copied, because a cursor reuses its buffer from
    /// row to row.
    /// </summary>
    public static List<VBuffer<float>> Materialise(IDataView featurised)
    {
        var column = featurised.Schema[FeaturesColumn];
        var vectors = new List<VBuffer<float>>();
        using var cursor = featurised.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> buffer = default;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            VBuffer<float> copy = default;
            buffer.CopyTo(ref copy);
            vectors.Add(copy);
        }
        return vectors;
    }

    /// <summary>The input row of the featuriser.</summary>
    public sealed class Input
    {
        public string Text { get; set; } = "";
    }

    /// <summary>A featurised row as kept in memory, so the text is featurised once for every model trained on it.</summary>
    public sealed class Row
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
        public string SentimentClass { get; set; } = "";
        /// <summary>How much the row counts in training (the sentiment model balances its three classes with it).</summary>
        public float Weight { get; set; } = 1;
    }

    public static SchemaDefinition RowSchema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }
}
