using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// The one text featurisation every theme model and the sentiment model share: lower-cased word unigrams and bigrams
/// and character 4-grams, TF-IDF weighted, the whole vector L2-normalised. Character n-grams catch the typos and word
/// forms real feedback is full of ("recieved", "nurses'"); bigrams catch short phrases ("not listened").
/// </summary>
public static class TextFeatures
{
    public const string TextColumn = "Text";
    public const string FeaturesColumn = "Features";

    public static IEstimator<ITransformer> Build(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText(FeaturesColumn, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, TextColumn);

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
    }

    public static SchemaDefinition RowSchema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }
}
