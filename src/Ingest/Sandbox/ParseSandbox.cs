using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Core.Text;
using VoiceHub.Ingest.Parsers;
using System.Globalization;

namespace VoiceHub.Ingest.Sandbox;

/// <summary>
/// Parses an untrusted file in a separate process where a bomb can only hurt itself: its managed heap has a hard
/// limit, and this host watches its working set and processor time every 50 ms, ending it at
/// <see cref="IngestLimits.MaxParseMemoryBytes"/> or <see cref="IngestLimits.MaxParseSeconds"/>, and caps what it may
/// answer. A file that is stopped, or whose process dies, comes back as a refusal naming the limit, never as an
/// exception: retrying it would only stop it again.
/// </summary>
/// <remarks>
/// Why a process and not a thread with checks: the PDF and Open XML libraries allocate inside calls VoiceHub cannot
/// interrupt (a 204 KB PDF drove the web process past 8 GB within one page), and .NET cannot bound one thread's
/// memory. At most one parsing process per core runs at a time, so the most they hold together is cores × the limit.
/// An exception from here is a bug or an outage (the program cannot be started, the host is stopping).
/// </remarks>
public sealed partial class ParseSandbox(ParseSandboxOptions start, IOptions<IngestLimits> limits, SurveyMappingStore mappings) : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>The largest feedback batch read in this process: the API's 1,000 items of 5,000 characters, with room.</summary>
    public const int MaxOwnBatchBytes = 32 * 1024 * 1024;

    /// <summary>
    /// A feedback batch is JSON that VoiceHub wrote itself (<see cref="FeedbackBatch.ToBytes"/>) from the online form or the
    /// API after checking it; no upload or inbox route stores one. Reading it takes System.Text.Json and no third-party
    /// parser, so it needs no separate process, whose start cost every feedback sent about half a second.
    /// </summary>
    public static bool IsOwnBatch(Document document, byte[] bytes) =>
        document.Channel is "online-form" or "api" && document.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        && bytes.Length <= MaxOwnBatchBytes;

    /// <summary>Parses a stored document (or, with <paramref name="tableOnly"/>, reads a survey's table for the mapping page).</summary>
    public async Task<SandboxRun> ParseAsync(Document document, byte[] bytes, bool tableOnly, CancellationToken ct)
    {
        if (IsOwnBatch(document, bytes))
        {
            var clock = Stopwatch.StartNew();
            var result = DocumentParsers.Parse(new ParseRequest(document.Channel, document.FileName, document.Metadata, limits.Value, new Dictionary<string, string[]>(), false), bytes);
            return new SandboxRun(result, 0, clock.Elapsed, TimeSpan.Zero, null, InProcess: true);
        }
        IReadOnlyDictionary<string, string[]> remembered = document.Channel == Channel.Survey.Code() && !tableOnly
            ? await mappings.ListAsync(ct) : new Dictionary<string, string[]>();
        return await RunAsync(new ParseRequest(document.Channel, document.FileName, document.Metadata, limits.Value, remembered, tableOnly), bytes, ct);
    }

    public async Task<SandboxRun> RunAsync(ParseRequest request, byte[] bytes, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            return await RunInProcessAsync(request, bytes, ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<SandboxRun> RunInProcessAsync(ParseRequest request, byte[] bytes, CancellationToken ct)
    {
        var limit = request.Limits;
        var info = new ProcessStartInfo(start.Executable)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in start.Arguments) info.ArgumentList.Add(argument);
        info.ArgumentList.Add(ParseSandboxOptions.Argument);
        // The child gets none of the host's settings (a connection string, passwords, API keys live there): only what
        // the runtime itself reads.
        foreach (var name in info.Environment.Keys.Where(k => !Inherited(k)).ToList()) info.Environment.Remove(name);
        // The heap's hard limit leaves a quarter of the memory limit for the runtime itself and native allocations.
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (limit.MaxParseMemoryBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_gcConcurrent"] = "0";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{start.Executable} could not be started.");
        using var output = new BoundedReader(process.StandardOutput.BaseStream, 4 * limit.MaxExtractedTextBytes + 16 * 1024 * 1024);
        using var errors = new BoundedReader(process.StandardError.BaseStream, 16 * 1024);
        var reading = Task.WhenAll(output.ReadAsync(), errors.ReadAsync());
        var feeding = FeedAsync(process, request, bytes);
        var exited = process.WaitForExitAsync(CancellationToken.None);

        SandboxStop? stop = null;
        long peak = 0;
        var cpu = TimeSpan.Zero;
        try
        {
            while (!exited.IsCompleted)
            {
                await Task.WhenAny(exited, Task.Delay(Tick, ct));
                ct.ThrowIfCancellationRequested();
                if (exited.IsCompleted || !TrySample(process, ref peak, ref cpu, out var now)) break;
                stop = now > limit.MaxParseMemoryBytes ? SandboxStop.Memory
                    : cpu.TotalSeconds > limit.MaxParseSeconds || clock.Elapsed.TotalSeconds > 2.0 * limit.MaxParseSeconds ? SandboxStop.Time
                    : output.Overflowed ? SandboxStop.Output
                    : null;
                if (stop is not null)
                {
                    process.Kill(entireProcessTree: true);
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping: the file was not at fault, and its ingest will be taken up again.
            process.Kill(entireProcessTree: true);
            throw;
        }
        await exited;
        await reading;
        await feeding;

        if (stop is null && output.Overflowed) stop = SandboxStop.Output;
        if (stop is null)
        {
            if (!output.Bytes.StartsWith(SandboxProtocol.Hello))
            {
                throw new InvalidOperationException($"{start.Executable} {string.Join(' ', info.ArgumentList)} is not VoiceHub's parsing process " +
                    $"(exit code {process.ExitCode}): its entry point must call ParseSandboxChild.TryRun first.");
            }
            if (process.ExitCode == 0 && TryRead(output.Bytes[SandboxProtocol.Hello.Length..]) is { } answer)
            {
                return new SandboxRun(answer, peak, clock.Elapsed, cpu, null);
            }
            stop = process.ExitCode == ParseSandboxChild.OutOfMemoryExit || errors.Text.Contains("OutOfMemoryException", StringComparison.Ordinal)
                ? SandboxStop.Memory : SandboxStop.Crashed;
        }
        var reason = UntrustedText.Clean(Reason(stop.Value, request.FileName, limit, errors.Text, process.ExitCode))!;
        return new SandboxRun(ParseResult.Failed(reason), peak, clock.Elapsed, cpu, stop);
    }

    private static bool Inherited(string name) =>
        name is "PATH" or "HOME" or "TMPDIR" or "LANG" or "LC_ALL"
        || name.StartsWith("DOTNET_", StringComparison.Ordinal) || name.StartsWith("COMPlus_", StringComparison.Ordinal);

    /// <summary>Sends the request and the file; a child that stopped reading (it was ended) is not an error here.</summary>
    private static async Task FeedAsync(Process process, ParseRequest request, byte[] bytes)
    {
        try
        {
            await using var input = process.StandardInput.BaseStream;
            await SandboxProtocol.WriteRequestAsync(input, request, bytes, CancellationToken.None);
        }
        // The pipe broke because the child ended (it may not be reaped yet, hence the wait): what it said, or why it was
        // ended, is the answer. A child that closed its input and lives on is a bug, and this then throws.
        catch (IOException) when (process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
        }
    }

    /// <summary>The child's working set now, its peak and processor time so far; false once it has gone.</summary>
    private static bool TrySample(Process process, ref long peak, ref TimeSpan cpu, out long now)
    {
        now = 0;
        try
        {
            process.Refresh();
            now = Math.Max(process.WorkingSet64, process.PeakWorkingSet64);
            peak = Math.Max(peak, now);
            cpu = process.TotalProcessorTime;
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception && process.HasExited)
        {
            return false;
        }
    }

    private static ParseResult? TryRead(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<ParseResult>(json, SandboxProtocol.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private const string Kept = " It has been kept, and will not be read again unless staff try again.";

    /// <summary>The reason staff read on the document page, naming the limit.</summary>
    /// <example>"vcs.pdf: reading stopped at 512 MB of memory, the limit for one file. It has been kept, …"</example>
    public static string Reason(SandboxStop stop, string fileName, IngestLimits limits, string errors, int exitCode) => stop switch
    {
        SandboxStop.Memory => $"{fileName}: reading stopped at {IngestLimits.Megabytes(limits.MaxParseMemoryBytes)} of memory, the limit for one file." + Kept +
                              " A copy saved again from Word, or the file split into smaller parts, may read.",
        SandboxStop.Time => $"{fileName}: reading stopped after {limits.MaxParseSeconds} second{(limits.MaxParseSeconds == 1 ? "" : "s")}, the limit for one file." + Kept +
                            " Split it into smaller files.",
        SandboxStop.Output => TextLimit.Reached(fileName, limits) + Kept,
        _ => $"{fileName}: VoiceHub's reader stopped on this file without finishing ({What(errors, exitCode)})." + Kept,
    };

    private static string What(string errors, int exitCode) =>
        errors.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "the file is nested too deeply"
        : UnhandledPattern().Match(errors) is { Success: true } m ? m.Groups[1].Value
        : $"exit code {exitCode}";

    [GeneratedRegex(@"Unhandled exception\. ([\w.]+)")]
    private static partial Regex UnhandledPattern();

    /// <summary>Releases the lock; the container calls it when the hub stops.</summary>
    public void Dispose() => _slots.Dispose();
}
