using System.Reflection;

namespace VoiceHub.Ingest.Sandbox;

/// <summary>
/// How to start the process that parses one file: a program and the arguments before <see cref="Argument"/>. The
/// default, <see cref="ThisHost"/>, starts this very program again, whose entry point hands over to
/// <see cref="ParseSandboxChild"/> when it sees <see cref="Argument"/> (the web app, the CLI and the test projects do).
/// </summary>
/// <example>
/// The web app run as <c>dotnet VoiceHub.Web.dll</c> starts <c>dotnet VoiceHub.Web.dll --voicehub-parse-sandbox</c>;
/// run as its own executable <c>VoiceHub.Web</c>, it starts <c>VoiceHub.Web --voicehub-parse-sandbox</c>.
/// </example>
public sealed class ParseSandboxOptions
{
    /// <summary>The argument that makes a VoiceHub program the parsing process, recognised before any host is built.</summary>
    public const string Argument = "--voicehub-parse-sandbox";

    public required string Executable { get; init; }

    /// <summary>Arguments before <see cref="Argument"/>: the entry assembly when <see cref="Executable"/> is <c>dotnet</c>.</summary>
    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>This program, as it was started.</summary>
    public static ParseSandboxOptions ThisHost()
    {
        var executable = Environment.ProcessPath ?? throw new InvalidOperationException("This process has no path to start again.");
        var viaDotnet = Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var entry = Assembly.GetEntryAssembly()?.Location;
        if (viaDotnet && string.IsNullOrEmpty(entry)) throw new InvalidOperationException("This process runs under dotnet but has no entry assembly to start again.");
        return new() { Executable = executable, Arguments = viaDotnet ? [entry!] : [] };
    }
}
