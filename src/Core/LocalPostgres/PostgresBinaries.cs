using System.Diagnostics;

namespace VoiceHub.Core.LocalPostgres;

/// <summary>
/// Finds the PostgreSQL server programs. Debian keeps them off PATH in <c>/usr/lib/postgresql/&lt;version&gt;/bin</c>.
/// Order: <c>VOICEHUB_PG_BIN</c>, the newest Debian versioned folder, <c>pg_config --bindir</c>, then PATH.
/// </summary>
public static class PostgresBinaries
{
    public static string Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("VOICEHUB_PG_BIN");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return HasServer(fromEnv) ? fromEnv
                : throw new PostgresNotFoundException($"VOICEHUB_PG_BIN is '{fromEnv}', but initdb, pg_ctl and postgres are not all there.");
        }

        foreach (var root in new[] { "/usr/lib/postgresql", "/usr/local/lib/postgresql" })
        {
            if (!Directory.Exists(root)) continue;
            var newest = Directory.GetDirectories(root)
                .Select(d => (dir: Path.Combine(d, "bin"), version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => x.version >= 15 && HasServer(x.dir))
                .OrderByDescending(x => x.version)
                .FirstOrDefault();
            if (newest.dir is not null) return newest.dir;
        }

        var configured = PgConfigBinDir();
        if (configured is not null && HasServer(configured)) return configured;

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && HasServer(dir)) return dir;
        }

        throw new PostgresNotFoundException(
            "The PostgreSQL server (15 or newer) is not installed. On Debian or Ubuntu: sudo apt-get install postgresql. " +
            "Or set ConnectionStrings__VoiceHub to use an existing server.");
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));

    private static string? PgConfigBinDir()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (p is null) return null;
            var output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit(5000);
            return p.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed either
        }
    }
}

public sealed class PostgresNotFoundException(string message) : Exception(message);
