namespace VoiceHub.Web.Tests;

/// <summary>Closes the test process's one Chromium (see <see cref="Browser"/>) after the last test: an assembly fixture.</summary>
public sealed class SharedChromium : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(Browser.CloseSharedAsync());
}
