namespace VoiceHub.Ingest.Sandbox;

/// <summary>
/// Reads a child's output stream to its end, keeping at most <c>max</c> bytes: past that it reads on (so the child
/// never blocks on a full pipe) but keeps nothing, and says it overflowed.
/// </summary>
internal sealed class BoundedReader(Stream from, long max) : IDisposable
{
    private readonly MemoryStream _kept = new();
    private volatile bool _overflowed;

    public bool Overflowed => _overflowed;

    public ReadOnlySpan<byte> Bytes => _kept.GetBuffer().AsSpan(0, (int)_kept.Length);

    public async Task ReadAsync()
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer)) > 0)
        {
            if (_kept.Length + read > max) _overflowed = true;
            if (!_overflowed) _kept.Write(buffer, 0, read);
        }
    }

    public string Text => System.Text.Encoding.UTF8.GetString(Bytes);

    public void Dispose() => _kept.Dispose();
}
