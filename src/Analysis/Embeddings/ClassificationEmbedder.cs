using Microsoft.Extensions.Options;
using VoiceHub.Core;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// The encoder the theme and sentiment models read: arctic-embed-xs fine-tuned with a themes head and a sentiment head
/// (bench/README.md, stops 23 and 24), built at first use from the package's graph and the patch in
/// <c>seeds/encoder</c> (<see cref="EncoderPatch"/>). Search, similar feedback, new topics and theme suggestions keep
/// the package's model (<see cref="ISentenceEmbedder"/>): a theme-tuned encoder would bend relevance towards the themes.
/// Its vectors are stored apart (<c>item_class_embeddings</c>), so nothing that loads the search vectors loads these.
/// </summary>
public sealed class ClassificationEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>The patch, under the seeds folder, unless <see cref="EmbeddingOptions.TunedPatch"/> names another file.</summary>
    public const string DefaultPatch = "encoder/arctic-embed-xs-tuned.patch";

    private readonly Lazy<ISentenceEmbedder> _encoder;
    private readonly bool _owned;

    /// <summary>Another encoder in the tuned one's place (tests, and a hub that runs the package's model for both).</summary>
    public ClassificationEmbedder(ISentenceEmbedder encoder) => _encoder = new(encoder);

    /// <summary>The tuned encoder from the configured patch, read when first used; a missing or wrong patch fails then, in words.</summary>
    public ClassificationEmbedder(IOptions<EmbeddingOptions> options, IOptions<VoiceHubOptions> hub)
    {
        var path = PatchPath(options.Value, hub.Value);
        var cache = new ModelCache(ModelCache.DirectoryFor(hub.Value));
        _encoder = new(() => Tuned(options.Value, path, cache));
        _owned = true;
    }

    public string ModelId => _encoder.Value.ModelId;

    public int Dimensions => _encoder.Value.Dimensions;

    /// <summary>The encoder itself (for its load time and token counts in the bench).</summary>
    public ISentenceEmbedder Encoder => _encoder.Value;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => _encoder.Value.Embed(texts, cancellationToken);

    public static string PatchPath(EmbeddingOptions options, VoiceHubOptions hub) =>
        Path.GetFullPath(options.TunedPatch is { Length: > 0 } configured ? configured : Path.Combine(ProjectPaths.SeedsDirectory(hub), DefaultPatch));

    /// <param name="cache">Where the ready model is kept between loads (a node's); null builds it in memory at each load.</param>
    /// <exception cref="InvalidDataException">The patch is missing, damaged, or made for another package graph.</exception>
    public static SentenceEmbedder Tuned(EmbeddingOptions options, string patchPath, ModelCache? cache = null)
    {
        if (!File.Exists(patchPath))
            throw new InvalidDataException($"The tuned encoder's patch {patchPath} is missing: set {EmbeddingOptions.Section}:TunedPatch, or restore seeds/{DefaultPatch}.");
        EncoderPatch patch;
        try
        {
            patch = EncoderPatch.Read(File.ReadAllBytes(patchPath));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{patchPath}: {e.Message}", e);
        }
        return new SentenceEmbedder(options, patch, cache);
    }

    /// <summary>Builds the tuned model's ready file into the node's model cache if missing (<see cref="SentenceEmbedder.PrepareModelFile"/>).</summary>
    /// <exception cref="InvalidDataException">The patch is missing, damaged, or made for another package graph.</exception>
    public void PrepareModelFile()
    {
        if (_owned && _encoder.Value is SentenceEmbedder tuned) tuned.PrepareModelFile();
    }

    /// <summary>
    /// Frees the tuned model between job runs (it is loaded again, in about a second, when there is work): a node at rest
    /// then holds only the search encoder, which queries need at any time (bench/README, "the tuned encoder in the product").
    /// </summary>
    public void Release()
    {
        if (_owned && _encoder.IsValueCreated && _encoder.Value is SentenceEmbedder tuned) tuned.Release();
    }

    public void Dispose()
    {
        if (_owned && _encoder.IsValueCreated && _encoder.Value is IDisposable disposable) disposable.Dispose();
    }
}
