using System.Text.Json;
using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest.Sandbox;

/// <summary>
/// The parsing process: reads one request and file from standard input, parses it with <see cref="DocumentParsers"/>,
/// writes the answer to standard output and exits. It holds no database, no secrets and no other file, so the worst
/// a hostile file can do here is use up this process's own memory or time, and the host stops it at its limits.
/// </summary>
/// <remarks>
/// A program makes itself a host of this by calling <see cref="TryRun"/> first thing, before it builds anything:
/// <code>if (ParseSandboxChild.TryRun(args) is { } exit) return exit;</code>
/// </remarks>
public static class ParseSandboxChild
{
    /// <summary>The exit code when the managed heap reached its hard limit.</summary>
    public const int OutOfMemoryExit = 86;

    /// <returns>The exit code when <paramref name="args"/> make this the parsing process (which has then run); else null.</returns>
    public static int? TryRun(string[] args) => args is [ParseSandboxOptions.Argument] ? Run() : null;

    private static int Run()
    {
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        output.Write(SandboxProtocol.Hello);
        output.Flush();
        try
        {
            var (request, bytes) = SandboxProtocol.ReadRequest(input);
            var result = DocumentParsers.Parse(request, bytes);
            JsonSerializer.Serialize(output, result, SandboxProtocol.Json);
            output.Flush();
            return 0;
        }
        // The heap's hard limit (set by the host) was reached: say so by the exit code; the host names the limit.
        catch (OutOfMemoryException)
        {
            return OutOfMemoryExit;
        }
    }
}
