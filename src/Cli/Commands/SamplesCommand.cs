using System.CommandLine;
using VoiceHub.Cli.Samples;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary><c>voicehub samples</c> (hidden): rewrites <c>seeds/samples</c> and <c>seeds/templates</c> from the labelled feedback.</summary>
public static class SamplesCommand
{
    public static Command Create()
    {
        var seeds = new Option<DirectoryInfo?>("--seeds") { Description = "The seeds folder (default: the checkout's)" };
        var command = new Command("samples", "Regenerate the sample files and the Listening Space template") { seeds };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            var dir = parse.GetValue(seeds)?.FullName ?? ProjectPaths.SeedsDirectory(new VoiceHubOptions());
            foreach (var file in SampleWriter.Write(dir)) Console.WriteLine(file);
            return 0;
        });
        return command;
    }
}
