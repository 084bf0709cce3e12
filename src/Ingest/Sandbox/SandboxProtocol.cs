using System.Buffers.Binary;
using System.Text.Encodings.Web;
using System.Text.Json;
using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest.Sandbox;

/// <summary>
/// What passes between the host and the parsing process. To the child, on standard input: the request's length (4
/// bytes), the <see cref="ParseRequest"/> as JSON, the file's length (8 bytes), the file. From it, on standard output:
/// <see cref="Hello"/> as soon as it starts (so the host knows its program understood the argument), then the
/// <see cref="ParseResult"/> as JSON.
/// </summary>
public static class SandboxProtocol
{
    public static ReadOnlySpan<byte> Hello => "voicehub-parse/1\n"u8;

    /// <summary>Text goes as UTF-8, not escaped: the answer's size is then close to the text's.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The most request JSON the child reads: the limits and remembered survey mappings take kilobytes.</summary>
    private const int MaxRequestBytes = 16 * 1024 * 1024;

    public static async Task WriteRequestAsync(Stream to, ParseRequest request, byte[] bytes, CancellationToken ct)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(request, Json);
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, json.Length);
        await to.WriteAsync(header, ct);
        await to.WriteAsync(json, ct);
        var length = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        await to.WriteAsync(length, ct);
        await to.WriteAsync(bytes, ct);
        await to.FlushAsync(ct);
    }

    public static (ParseRequest Request, byte[] Bytes) ReadRequest(Stream from)
    {
        Span<byte> header = stackalloc byte[8];
        from.ReadExactly(header[..4]);
        var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (jsonLength is < 0 or > MaxRequestBytes) throw new InvalidDataException($"A parse request of {jsonLength} bytes is not one.");
        var json = new byte[jsonLength];
        from.ReadExactly(json);
        var request = JsonSerializer.Deserialize<ParseRequest>(json, Json) ?? throw new InvalidDataException("An empty parse request.");
        from.ReadExactly(header);
        var length = BinaryPrimitives.ReadInt64LittleEndian(header);
        if (length < 0 || length > Array.MaxLength) throw new InvalidDataException($"A file of {length} bytes is not one to parse.");
        var bytes = new byte[length];
        from.ReadExactly(bytes);
        return (request, bytes);
    }
}
