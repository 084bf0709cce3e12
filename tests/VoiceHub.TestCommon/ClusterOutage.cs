using System.Diagnostics;
using VoiceHub.Core.LocalPostgres;

namespace VoiceHub.TestCommon;

/// <summary>
/// Stops and restarts a test cluster's server on the same port and data, as an outage would, for fault tests. Use a
/// <see cref="PostgresCluster"/> of the test's own (every database on it goes away meanwhile), never the assembly's.
/// </summary>
public static class ClusterOutage
{
    public static Task StopAsync(PostgresCluster cluster) =>
        PgCtlAsync(["stop", "-D", cluster.Server.PgData, "-m", "fast", "-w", "-t", "60"]);

    public static Task StartAsync(PostgresCluster cluster) =>
        PgCtlAsync(["start", "-D", cluster.Server.PgData, "-l", Path.Combine(cluster.Server.PgData, "server.log"), "-w", "-t", "120",
            "-o", $"-p {cluster.Server.Port}"]);

    /// <summary>pg_ctl refuses to run as root: as root it runs as the postgres user, as <see cref="LocalPostgres"/> does.</summary>
    private static async Task PgCtlAsync(string[] args)
    {
        var pgCtl = Path.Combine(PostgresBinaries.Find(), "pg_ctl");
        var psi = Environment.IsPrivilegedProcess ? new ProcessStartInfo("runuser") : new ProcessStartInfo(pgCtl);
        if (Environment.IsPrivilegedProcess) foreach (var a in (string[])["-u", "postgres", "--", pgCtl]) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.RedirectStandardOutput = psi.RedirectStandardError = true;
        psi.WorkingDirectory = "/";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start pg_ctl.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg_ctl {args[0]} exited {process.ExitCode}: {await output}{await errors}");
    }
}
