using Microsoft.Extensions.Logging;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// This node's copy of a stored model, cached by version: every batch asks for the active version, so when another node
/// (or the Model page) makes a new model active, this node loads it at its next batch. One load at a time.
/// </summary>
public sealed class ActiveModel(ThemeModelStore models, ILogger<ActiveModel> log) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Version, ThemeModel Model)? _cached;

    /// <returns>The model of that version, or null when it is not stored.</returns>
    public async Task<ThemeModel?> GetAsync(string version, CancellationToken ct)
    {
        if (_cached is { } hit && hit.Version == version) return hit.Model;
        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } again && again.Version == version) return again.Model;
            var bytes = await models.GetBytesAsync(version, ct);
            if (bytes is null) return null;
            var model = ThemeModel.FromBytes(bytes);
            _cached = (version, model);
            log.LogInformation("Loaded theme model {Version} ({Bytes} bytes)", version, bytes.Length);
            return model;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Releases the lock; the container calls it when the hub stops.</summary>
    public void Dispose() => _gate.Dispose();
}
