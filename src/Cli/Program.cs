using System.CommandLine;
using VoiceHub.Cli.Commands;

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
};
return await root.Parse(args).InvokeAsync();
