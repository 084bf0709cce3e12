using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using VoiceHub.Core;

namespace VoiceHub.TestCommon;

/// <summary>
/// The built web app in a process of its own (<c>dotnet VoiceHub.Web.dll</c>), as an operator runs a node: its own
/// loopback port, index and data folders, a given database and extra settings as environment variables. It can be
/// killed like a crash (<see cref="KillAsync"/>), stopped gracefully and started again with the same folders and port.
/// Its output is kept (the last lines) for failure messages. Disposing kills it and deletes the folders it made.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminEmail = "admin@voicehub.local";
    public const string AdminPassword = "correct horse battery staple";
    private const int KeptLines = 300;

    private readonly string _connectionString;
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsFolders;
    private readonly Queue<string> _output = new();
    private Process? _process;

    /// <param name="settings">Configuration keys (<c>VoiceHub:Node:Jobs</c>) or environment names (<c>VoiceHub__Node__Jobs</c>).</param>
    /// <param name="dataDirectory">The node's data folder; a new temporary one (deleted afterwards) when null. The index lives in it.</param>
    public AppProcess(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        _connectionString = connectionString;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _ownsFolders = dataDirectory is null;
        DataDirectory = dataDirectory ?? TestPaths.TempDirectory("voicehub-node");
        if (_ownsFolders) ShareReadyModels(DataDirectory);
        Port = FreePort.Pick();
    }

    /// <summary>
    /// Points a new node's model cache (<c>{DataDirectory}/models</c>) at the checkout's, <c>.voicehub/models</c>, which
    /// the in-process web tests and the CLI fill: the ready models depend only on the package and the patch, so every
    /// node of a run shares one pair of files rather than building both (about a second of CPU each, and memory) at
    /// every start. A node still checks them as at any start (hashes them, rebuilds one that is missing or damaged);
    /// the first start that builds them is the published build's in <c>.ci/published-start</c>, and ModelCacheTests.
    /// </summary>
    private static void ShareReadyModels(string dataDirectory)
    {
        var shared = Path.Combine(TestPaths.Root, ".voicehub", "models");
        Directory.CreateDirectory(shared);
        Directory.CreateSymbolicLink(Path.Combine(dataDirectory, "models"), shared);
    }

    /// <summary>The web app's dll, built in the same configuration as the running tests.</summary>
    public static string Dll => Path.Combine(TestPaths.Root, "src", "Web", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "VoiceHub.Web.dll");

    public string DataDirectory { get; }

    /// <summary>The folder the app is started from; the dll's own folder when null.</summary>
    public string? WorkingDirectory { get; init; }
    public string IndexDirectory => Path.Combine(DataDirectory, "index");
    public int Port { get; }
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    /// <summary>The running process's id, or null when it is not running.</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public bool IsRunning => ProcessId is not null;

    /// <summary>The last lines the app wrote to stdout and stderr.</summary>
    public string Output
    {
        get
        {
            lock (_output) return string.Join('\n', _output);
        }
    }

    /// <summary>Starts a node and waits until it answers <c>/health</c>.</summary>
    public static async Task<AppProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
        CancellationToken ct = default)
    {
        var app = new AppProcess(connectionString, settings);
        try
        {
            await app.StartAsync(null, ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the process (again, after a kill or stop: same port and folders) and waits for <c>/health</c> to answer 200.</summary>
    public async Task StartAsync(TimeSpan? timeout = null, CancellationToken ct = default)
    {
        if (IsRunning) throw new InvalidOperationException("The app is already running.");
        if (!File.Exists(Dll)) throw new InvalidOperationException($"{Dll} is missing: build src/Web first.");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = WorkingDirectory ?? Path.GetDirectoryName(Dll)!,
        };
        psi.ArgumentList.Add(Dll);
        var env = psi.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Development";
        env["ASPNETCORE_URLS"] = BaseUrl.ToString().TrimEnd('/');
        env["ConnectionStrings__VoiceHub"] = _connectionString;
        env["VoiceHub__DataDirectory"] = DataDirectory;
        env["VoiceHub__IndexDirectory"] = IndexDirectory;
        env["VoiceHub__SeedsDirectory"] = TestPaths.Seeds;
        env["VoiceHub__Admin__Email"] = AdminEmail;
        env["VoiceHub__Admin__Password"] = AdminPassword;
        // Training a model on the full demo data takes a minute of CPU; a test that wants one says so.
        env["VoiceHub__Themes__TrainOnFirstStart"] = "false";
        env["VoiceHub__LoadDemoData"] = "false"; // no demo council: the tests count what they put in
        env["VoiceHub__WarmUp"] = "false";
        env["Logging__LogLevel__Default"] = "Warning";
        env["Logging__LogLevel__VoiceHub"] = "Information";
        env["Logging__Console__FormatterName"] = "simple";
        env["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in _settings) env[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        lock (_output) _output.Enqueue($"--- starting {Dll} on {BaseUrl} ---");
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitHealthyAsync(timeout ?? TimeSpan.FromSeconds(90), ct);
    }

    /// <summary>Kills the process and its children at once, as a crash or a pulled plug would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (_process is not { } p) return;
        try
        {
            if (!p.HasExited) p.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
        await p.WaitForExitAsync();
        Forget();
    }

    /// <summary>Asks the app to stop (SIGTERM, as systemd or Docker would) and waits; kills it if it does not stop in time.</summary>
    public async Task StopAsync(TimeSpan? timeout = null)
    {
        if (_process is not { } p) return;
        if (!p.HasExited && Terminate(p.Id) == 0)
        {
            using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
            try
            {
                await p.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                Keep("--- did not stop in time: killed ---");
            }
        }
        await KillAsync();
    }

    /// <summary>Stops gracefully, then starts again with the same port, folders and settings.</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        await StopAsync();
        await StartAsync(null, ct);
    }

    /// <summary>A client for this node (no redirects followed, its own cookies).</summary>
    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseUrl,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Exceptions from a test about this node carry its last output.</summary>
    public Exception Failure(string message) => new InvalidOperationException($"{message}\nOutput of the app on {BaseUrl}:\n{Output}");

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (_ownsFolders)
        {
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (_process is not { HasExited: false } p) throw Failure($"The app exited (code {_process?.ExitCode}) before it answered /health.");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "/health"), ct);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                await KillAsync();
                throw Failure($"The app did not answer /health within {timeout.TotalSeconds:0} s.");
            }
            await Task.Delay(200, ct);
        }
    }

    private void Forget()
    {
        _process?.Dispose();
        _process = null;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > KeptLines) _output.Dequeue();
        }
    }

    private static int Terminate(int pid) => OperatingSystem.IsWindows() ? -1 : Kill(pid, 15);

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for one call.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
