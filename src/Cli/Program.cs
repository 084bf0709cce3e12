using System.CommandLine;
using VoiceHub.Cli.Commands;
using VoiceHub.Ingest.Sandbox;

// Untrusted files are parsed by this program started again as a bounded child process: it must build no host.
if (ParseSandboxChild.TryRun(args) is { } parseExit) return parseExit;

var root = new RootCommand("voicehub: the operator's command for VoiceHub")
{
    ImportCommand.Create(),
    SamplesCommand.Create(),
    BenchCommand.Create(),
    SearchCommand.Create(),
    ThemesCommand.Create(),
    ReindexCommand.Create(),
    EmergingCommand.Create(),
    DigestCommand.Create(),
    EncoderCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
