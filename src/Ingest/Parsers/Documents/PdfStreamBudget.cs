using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>
/// The PDF library's decoders, with a budget: before a Flate stream (a page's content, a font) is unpacked, what it
/// unpacks to is counted in a streaming pass that keeps nothing, and refused past
/// <see cref="IngestLimits.MaxPdfStreamBytes"/> for the one stream or <see cref="IngestLimits.MaxDecompressedBytes"/>
/// for the whole file. Given to PdfPig as its <see cref="IFilterProvider"/>, so no stream escapes it.
/// </summary>
/// <example>
/// A 204 KB PDF with one content stream of 50 MB of text lines is refused as it is opened, before the library builds a
/// single glyph ("unpacks to more than 8 MB in one part"), where unbounded it took the web process past 8 GB.
/// </example>
internal sealed class PdfStreamBudget(IngestLimits limits, string fileName) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private long _total;

    /// <summary>Why the file is refused, once a stream has passed a limit (the library may swallow the exception).</summary>
    public string? Exceeded { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => (IFilter)new Counted(f, this))];

    /// <summary>Counts what a Flate stream unpacks to, stopping at the first byte past the budget.</summary>
    private void Measure(ReadOnlySpan<byte> compressed)
    {
        var allowed = Math.Min(limits.MaxPdfStreamBytes, limits.MaxDecompressedBytes - _total);
        long unpacked = 0;
        try
        {
            using var inflate = new ZLibStream(new MemoryStream(compressed.ToArray(), writable: false), CompressionMode.Decompress);
            var buffer = new byte[65536];
            int read;
            while ((read = inflate.Read(buffer)) > 0)
            {
                unpacked += read;
                if (unpacked > allowed) Refuse(unpacked > limits.MaxPdfStreamBytes);
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or headerless: the library's own decoder judges it, and what it gives is counted after.
        }
    }

    private void Count(long length)
    {
        _total += length;
        if (length > limits.MaxPdfStreamBytes) Refuse(oneStream: true);
        if (_total > limits.MaxDecompressedBytes) Refuse(oneStream: false);
    }

    private void Refuse(bool oneStream)
    {
        Exceeded = oneStream
            ? $"{fileName} holds a part that unpacks to more than {IngestLimits.Megabytes(limits.MaxPdfStreamBytes)}, the limit for one part of a PDF, so VoiceHub will not read it. " +
              "Save it again from the program that made it, or ask for a Word copy."
            : $"{fileName} unpacks to more than {IngestLimits.Megabytes(limits.MaxDecompressedBytes)}, which is more than VoiceHub accepts. Split it into smaller files.";
        throw new InvalidDataException(Exceeded);
    }

    private sealed class Counted(IFilter inner, PdfStreamBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (budget.Exceeded is not null) throw new InvalidDataException(budget.Exceeded);
            if (inner is FlateFilter) budget.Measure(input.Span);
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Count(output.Length);
            return output;
        }
    }
}
