using System.Diagnostics;
using System.Net;
using VoiceHub.Core;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// The built web app as its own process for a bench, on a bench database: in Development (so the sign-in cookie works
/// over plain http on loopback), no demo data, no training on start, an admin with a password made here. It keeps the
/// last 50 lines it printed, to say why it exited; disposing it stops it.
/// </summary>
internal sealed class BenchWebApp : IAsyncDisposable
{
    public const string AdminEmail = "bench@voicehub.local";

    private readonly Queue<string> _lastLines = new();
    private readonly Process _process;

    private BenchWebApp(Process process, int port, string password)
    {
        _process = process;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    public string Password { get; }

    public int ProcessId => _process.Id;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <param name="settings">More environment settings (<c>VoiceHub__WarmUp</c>, log levels).</param>
    /// <param name="onLine">Called with every line the app prints.</param>
    /// <param name="password">The admin's password: a new one, unless the app is started again on a database that already has the admin.</param>
    public static BenchWebApp Start(string webDll, string seeds, BenchDatabase db, IReadOnlyDictionary<string, string> settings, Action<string>? onLine = null,
        string? password = null)
    {
        if (!File.Exists(webDll)) throw new FileNotFoundException($"The web app is not built: {webDll} is missing. Build src/Web in the same configuration first.", webDll);
        var port = FreePort.Pick();
        password ??= Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(webDll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(webDll);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["ConnectionStrings__VoiceHub"] = db.Server.ConnectionString;
        psi.Environment["VoiceHub__DataDirectory"] = Path.Combine(db.Folder, "app");
        psi.Environment["VoiceHub__IndexDirectory"] = IndexDirectory(db);
        psi.Environment["VoiceHub__SeedsDirectory"] = seeds;
        psi.Environment["VoiceHub__LoadDemoData"] = "false";
        psi.Environment["VoiceHub__Themes__TrainOnFirstStart"] = "false";
        psi.Environment["VoiceHub__Admin__Email"] = AdminEmail;
        psi.Environment["VoiceHub__Admin__Password"] = password;
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) psi.Environment[key] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start the web app.");
        var app = new BenchWebApp(process, port, password);
        void Keep(string? line)
        {
            if (line is null) return;
            onLine?.Invoke(line);
            lock (app._lastLines)
            {
                app._lastLines.Enqueue(line);
                if (app._lastLines.Count > 50) app._lastLines.Dequeue();
            }
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    public static string IndexDirectory(BenchDatabase db) => Path.Combine(db.Folder, "app", "index");

    /// <summary>A client with its own cookies, not following redirects.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Throws with the app's last lines when it has exited.</summary>
    public void ThrowIfExited()
    {
        if (!_process.HasExited) return;
        lock (_lastLines) throw new InvalidOperationException("The web app exited:\n" + string.Join('\n', _lastLines));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
    }
}
