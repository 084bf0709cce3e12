using System.Diagnostics;
using System.Text.Json;

namespace VoiceHub.TestCommon;

/// <summary>Runs the built <c>voicehub</c> command in its own process, as an operator or a script would, against a test database.</summary>
public sealed class CliRunner(string connectionString, string indexDirectory)
{
    public static string Dll => Path.Combine(TestPaths.Root, "src", "Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "voicehub.dll");

    public string IndexDirectory => indexDirectory;

    public async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.Root };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["ConnectionStrings__VoiceHub"] = connectionString;
        psi.Environment["VoiceHub__IndexDirectory"] = indexDirectory;
        psi.Environment["VoiceHub__SeedsDirectory"] = TestPaths.Seeds;
        psi.Environment["VoiceHub__LoadDemoData"] = "false";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await p.WaitForExitAsync(timeout.Token);
        return (p.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs a command that prints one line of JSON and parses it.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync(args);
        if (code != 0) throw new InvalidOperationException($"voicehub {string.Join(' ', args)} exited {code}: {stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != 1) throw new InvalidOperationException($"Expected one line of JSON, got: {stdout}");
        return JsonDocument.Parse(lines[0]).RootElement;
    }
}
