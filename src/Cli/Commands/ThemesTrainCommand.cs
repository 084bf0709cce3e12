using System.CommandLine;

namespace VoiceHub.Cli.Commands;

/// <summary><c>voicehub themes train --data A.csv</c>: trains on A, stores the model in the hub's database and makes it active.</summary>
public static class ThemesTrainCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled CSV (id,text,labels[,sentiment])", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("train", "Train a theme model, store it and make it the active one") { data, json };
        command.SetAction(async (parse, ct) =>
        {
            await Console.Error.WriteLineAsync("voicehub themes train: not yet available.");
            return 1;
        });
        return command;
    }
}
