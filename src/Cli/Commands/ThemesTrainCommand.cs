using System.CommandLine;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;
using VoiceHub.Search;
using VoiceHub.Search.Jobs;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub themes train --data A.csv</c>: trains on every row of A (and staff corrections), stores the model in the hub's
/// database as the active one, classifies every item with it here, then brings the index up to date when no app holds
/// it (a running hub's own jobs and index follower do the same on their side).
/// </summary>
public static class ThemesTrainCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled CSV (id,text,labels[,sentiment])", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("train", "Train a theme model, store it and make it the active one") { data, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(data)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"voicehub themes train: {path.FullName} does not exist.");
                return 2;
            }
            await using var host = await CliHost.StartAsync(ct);
            TrainingOutcome outcome;
            try
            {
                outcome = await host.Get<ModelTraining>().TrainAsync(TrainingReasons.Command, null, path.FullName, force: true, ct);
            }
            catch (LabelledDataException e)
            {
                await Console.Error.WriteLineAsync($"voicehub themes train: {e.Message}");
                return 2;
            }
            var classified = await host.Get<ItemClassifier>().ClassifyPendingAsync(int.MaxValue, ct);
            await host.Get<IndexSync>().CatchUpAsync(ct); // does nothing when an app holds the index: its follower will

            var evaluation = ModelEvaluation.FromJson(outcome.Run.Evaluation);
            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    version = outcome.Run.Version,
                    active = outcome.Activated,
                    trainer = outcome.Run.Trainer,
                    trainingRows = outcome.Run.TrainingRows,
                    validationRows = outcome.Run.ValidationRows,
                    microF1 = evaluation is null ? (double?)null : Math.Round(evaluation.MicroF1, 4),
                    macroF1 = evaluation is null ? (double?)null : Math.Round(evaluation.MacroF1, 4),
                    trainSeconds = evaluation is null ? (double?)null : Math.Round(evaluation.TrainSeconds, 1),
                    itemsClassified = classified,
                });
            }
            else
            {
                Console.WriteLine($"Model {outcome.Run.Version} ({outcome.Run.Trainer}): {outcome.Decision}");
                if (evaluation is not null)
                {
                    Console.WriteLine(evaluation.OutOfFold
                        ? $"Out of fold on {outcome.Run.ValidationRows} labelled rows: micro F1 {evaluation.MicroF1:0.000}, macro F1 {evaluation.MacroF1:0.000}."
                        : $"Validation micro F1 {evaluation.MicroF1:0.000}, macro F1 {evaluation.MacroF1:0.000}.");
                }
                Console.WriteLine($"{classified} items classified.");
            }
            return 0;
        });
        return command;
    }
}
