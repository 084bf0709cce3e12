using System.CommandLine;
using VoiceHub.Cli.Commands;

var root = new RootCommand("voicehub: the operator's command for VoiceHub")
{
    ImportCommand.Create(),
    SearchCommand.Create(),
    ReindexCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
