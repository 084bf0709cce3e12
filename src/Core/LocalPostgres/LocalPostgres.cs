using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VoiceHub.Core.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster under a folder of ours, on loopback: the embedded default when no connection string
/// is configured, and the throwaway server of the tests (after eradman/ephemeralpg's <c>pg_tmp.sh</c>).
/// </summary>
/// <remarks>
/// First start runs <c>initdb</c> (password auth, UTF-8) into <c>DataDirectory/pg</c>; each start runs
/// <c>pg_ctl start</c> on the configured or a free port. A second process finds the cluster running (from its
/// <c>postmaster.pid</c>) and reuses it without owning it; only the process that started it stops it.
/// <c>initdb</c> and <c>pg_ctl</c> refuse to run as root, so as root they run as the <c>postgres</c> OS user, who is given
/// the cluster folder.
/// </remarks>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string User = "voicehub";
    private readonly LocalPostgresOptions _options;
    private readonly ILogger? _log;
    private readonly string _bin;
    private readonly string _password;

    private LocalPostgres(LocalPostgresOptions options, ILogger? log, string bin, string dataDirectory, string pgData, string password, int port, bool owned)
    {
        PgData = pgData;
        _options = options;
        _log = log;
        _bin = bin;
        DataDirectory = dataDirectory;
        _password = password;
        Port = port;
        Owned = owned;
    }

    public string DataDirectory { get; }
    public int Port { get; }

    /// <summary>True when this process started the cluster (or adopted it from a process that has died) and so stops it.</summary>
    public bool Owned { get; private set; }

    public string ConnectionString => ConnectionStringFor(_options.Database);

    /// <summary>The cluster's own folder: <c>DataDirectory/pg</c>, unless the postgres user cannot reach it (see <see cref="ClusterFolderAsync"/>).</summary>
    public string PgData { get; }
    private static bool AsRoot => Environment.IsPrivilegedProcess;

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Password = _password,
        Database = database,
    }.ConnectionString;

    public static async Task<LocalPostgres> StartAsync(LocalPostgresOptions options, ILogger? log, CancellationToken ct)
    {
        var bin = PostgresBinaries.Find();
        var dataDir = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(dataDir);
        using var launcherLock = await LockAsync(Path.Combine(dataDir, "launcher.lock"), ct);

        var pgData = await ClusterFolderAsync(dataDir, log, ct);
        var passwordFile = Path.Combine(dataDir, "password");
        if (!File.Exists(Path.Combine(pgData, "PG_VERSION")))
        {
            await InitAsync(bin, dataDir, pgData, passwordFile, options.Throwaway, log, ct);
        }
        var password = (await File.ReadAllTextAsync(passwordFile, ct)).Trim();

        int port;
        bool owned;
        if (await IsRunningAsync(bin, pgData, ct) && ReadPort(pgData) is { } runningPort)
        {
            port = runningPort;
            owned = !OwnerAlive(dataDir);
            log?.LogInformation("Using the local PostgreSQL already running on port {Port} ({Data})", port, pgData);
        }
        else
        {
            port = options.Port > 0 ? options.Port : FreePort.Pick();
            var (code, output) = await RunAsync(bin, "pg_ctl",
                ["start", "-D", pgData, "-l", Path.Combine(pgData, "server.log"), "-w", "-t", "120", "-o", $"-p {port}"], ct);
            if (code != 0)
            {
                throw new InvalidOperationException(
                    $"Could not start the local PostgreSQL in {pgData} on port {port}: {output.Trim()}\n{Tail(Path.Combine(pgData, "server.log"))}");
            }
            owned = true;
            log?.LogInformation("Started a local PostgreSQL on 127.0.0.1:{Port} ({Data})", port, pgData);
        }
        if (owned) await File.WriteAllTextAsync(Path.Combine(dataDir, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), ct);

        var server = new LocalPostgres(options, log, bin, dataDir, pgData, password, port, owned);
        await server.EnsureDatabaseAsync(options.Database, template: null, ct);
        return server;
    }

    /// <summary>Creates a database if it does not exist, optionally as a copy of a template (fast, for tests).</summary>
    public async Task<string> EnsureDatabaseAsync(string name, string? template, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await conn.OpenAsync(ct);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", conn))
        {
            exists.Parameters.AddWithValue("n", name);
            if (await exists.ExecuteScalarAsync(ct) is not null) return ConnectionStringFor(name);
        }
        var sql = $"CREATE DATABASE {Quote(name)}" + (template is null ? "" : $" TEMPLATE {Quote(template)}");
        await using var create = new NpgsqlCommand(sql, conn);
        try
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase || e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another process created it between our check and our CREATE: that is what we wanted.
        }
        return ConnectionStringFor(name);
    }

    public async Task StopAsync()
    {
        if (!Owned) return;
        Owned = false;
        NpgsqlConnection.ClearAllPools();
        var mode = _options.Throwaway ? "immediate" : "fast";
        var (code, output) = await RunAsync(_bin, "pg_ctl", ["stop", "-D", PgData, "-m", mode, "-w", "-t", "60"], CancellationToken.None);
        if (code != 0) _log?.LogWarning("pg_ctl stop exited {Code}: {Output}", code, output.Trim());
        else _log?.LogInformation("Stopped the local PostgreSQL on port {Port}", Port);
        File.Delete(Path.Combine(DataDirectory, "owner.pid"));
        if (_options.Throwaway)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
                var outside = Path.GetDirectoryName(PgData)!;
                if (!PgData.StartsWith(DataDirectory, StringComparison.Ordinal) && Directory.Exists(outside)) Directory.Delete(outside, recursive: true);
            }
            catch (IOException e) { _log?.LogWarning("Could not remove {Dir}: {Message}", DataDirectory, e.Message); }
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static async Task InitAsync(string bin, string dataDir, string pgData, string passwordFile, bool throwaway, ILogger? log, CancellationToken ct)
    {
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();
        await File.WriteAllTextAsync(passwordFile, password, ct);
        PrivateToOwner(passwordFile);

        Directory.CreateDirectory(pgData);
        // initdb reads the superuser password from a file the user running it can read; it never stays on disk.
        var initPw = Path.Combine(Path.GetTempPath(), $"voicehub-initdb-{Guid.NewGuid():N}.pw");
        await File.WriteAllTextAsync(initPw, password + "\n", ct);
        PrivateToOwner(initPw);
        try
        {
            if (AsRoot)
            {
                await RunRawAsync("chown", ["postgres:postgres", pgData, initPw], ct);
            }
            string[] args =
            [
                "-D", pgData, "-U", User, $"--pwfile={initPw}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                .. throwaway ? new[] { "--no-sync" } : [],
            ];
            var (code, output) = await RunAsync(bin, "initdb", args, ct);
            if (code != 0) throw new InvalidOperationException($"initdb failed for {pgData}: {output.Trim()}");
        }
        finally
        {
            File.Delete(initPw);
        }

        var settings = new List<string>
        {
            "",
            "# VoiceHub's local cluster: loopback only, no Unix socket (its folder may not be ours to write).",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "max_connections = 300",
            "timezone = 'UTC'",
        };
        if (throwaway)
        {
            settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        }
        await File.AppendAllLinesAsync(Path.Combine(pgData, "postgresql.conf"), settings, ct);
        log?.LogInformation("Created a local PostgreSQL cluster in {Data}", pgData);
    }

    /// <summary>
    /// <c>DataDirectory/pg</c>, except when running as root in a folder the postgres user cannot reach (a checkout under
    /// <c>/root</c>, say): then a folder of its own under <c>/var/tmp</c>, named after the data directory so every process
    /// of this checkout finds the same one. Nothing else changes: password and index stay in the data directory.
    /// </summary>
    private static async Task<string> ClusterFolderAsync(string dataDir, ILogger? log, CancellationToken ct)
    {
        var inside = Path.Combine(dataDir, "pg");
        if (!AsRoot) return inside;
        var (reach, _) = await RunRawAsync("runuser", ["-u", "postgres", "--", "test", "-x", dataDir], ct);
        if (reach == 0) return inside;
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dataDir)))[..16].ToLowerInvariant();
        var outside = Path.Combine("/var/tmp", $"voicehub-{hash}", "pg");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        log?.LogWarning("The postgres OS user cannot reach {DataDir}, so the local cluster lives in {Outside}", dataDir, outside);
        return outside;
    }

    private static async Task<bool> IsRunningAsync(string bin, string pgData, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(pgData, "postmaster.pid"))) return false;
        var (code, _) = await RunAsync(bin, "pg_ctl", ["status", "-D", pgData], ct);
        return code == 0;
    }

    /// <summary>Line 4 of postmaster.pid is the port the running server listens on.</summary>
    private static int? ReadPort(string pgData)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(pgData, "postmaster.pid"));
            return lines.Length > 3 && int.TryParse(lines[3].Trim(), out var port) ? port : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool OwnerAlive(string dataDir)
    {
        var file = Path.Combine(dataDir, "owner.pid");
        if (!File.Exists(file) || !int.TryParse(File.ReadAllText(file).Trim(), out var pid)) return false;
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<FileStream> LockAsync(string path, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (started.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(200, ct);
            }
        }
    }

    private static void PrivateToOwner(string file)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static Task<(int Code, string Output)> RunAsync(string bin, string program, IReadOnlyList<string> args, CancellationToken ct)
    {
        var exe = Path.Combine(bin, program);
        return AsRoot ? RunRawAsync("runuser", ["-u", "postgres", "--", exe, .. args], ct) : RunRawAsync(exe, args, ct);
    }

    private static async Task<(int Code, string Output)> RunRawAsync(string file, IReadOnlyList<string> args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        return (p.ExitCode, await stdout + await stderr);
    }

    private static string Tail(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = reader.ReadToEnd().Split('\n');
            return string.Join('\n', lines.TakeLast(15));
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
