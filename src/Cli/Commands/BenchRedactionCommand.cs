using System.CommandLine;
using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.Core;
using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench redaction [--items 600] [--seed 1] [--unseen|--fresh|--blind|--sealed|--held|--held2|--held3|--held4|--held5|--held6|--held7|--held8|--held9|--held10|--held11|--held12|--held13|--held14] [--json] [--misses] [--tagger file|none]</c>:
/// the redactor measured on a planted set built from the seed comments (<see cref="RedactionBench"/>). No database. The other
/// sets use templates and names written apart, with names the lists do not hold; each was held out until measured, and only
/// <c>--held14</c> (written in stop 27 by an engineer who had read neither the redactor's code nor the fourth to thirteenth held
/// sets; <see cref="HeldFourteenTemplates"/>) was measured in stop 27, then tuned on in stop 28. (<c>--held13</c>, written the
/// same way earlier in stop 27, was measured in stop 27, then tuned on in stop 27; <c>--held12</c>, written the
/// same way in stop 26, was measured in stop 26, then tuned on in stop 27; <c>--held11</c>, written the
/// same way in stop 25, was measured in stop 25, then tuned on in stop 26; <c>--held10</c>, written the
/// same way in stop 24, was measured in stop 24, then tuned on in stop 25; <c>--held9</c>, written the same way in stop 23,
/// was measured in stop 23, then tuned on in stop 24; <c>--held8</c> was measured in stop 22, then tuned
/// on in stop 23; <c>--held7</c> was measured once in stop 21, then tuned on in stop 22; <c>--held6</c> was measured once in
/// stop 21, then tuned on in stop 21; <c>--held5</c>, written in stop 20, is tuned on in stop 21; <c>--held4</c>, written in
/// stop 19, was tuned on in stop 20.)
/// </summary>
public static class BenchRedactionCommand
{
    public static Command Create()
    {
        var items = new Option<int>("--items") { Description = "Planted items to build", DefaultValueFactory = _ => 600 };
        var seed = new Option<int>("--seed") { Description = "Seed of the planted set", DefaultValueFactory = _ => 1 };
        var unseen = new Option<bool>("--unseen") { Description = "Use the second set of templates and names (held out, then tuned on)" };
        var fresh = new Option<bool>("--fresh") { Description = "Use the third set of templates and names (held out, then tuned on)" };
        var blind = new Option<bool>("--blind") { Description = "Use the fourth set of templates and names (held out, then tuned on)" };
        var sealedSet = new Option<bool>("--sealed") { Description = "Use the fifth set of templates and names (held out, then tuned on)" };
        var held = new Option<bool>("--held") { Description = "Use the sixth set of templates and names (held out, then tuned on in stop 17)" };
        var heldTwo = new Option<bool>("--held2") { Description = "Use the seventh set of templates and names (held out, then tuned on in stop 18)" };
        var heldThree = new Option<bool>("--held3") { Description = "Use the eighth set of templates and names (held out, then tuned on in stop 19)" };
        var heldFour = new Option<bool>("--held4") { Description = "Use the ninth set of templates and names (held out in stop 19, then tuned on in stop 20)" };
        var heldFive = new Option<bool>("--held5") { Description = "Use the tenth set of templates and names (held out in stop 20, then tuned on in stop 21)" };
        var heldSix = new Option<bool>("--held6") { Description = "Use the eleventh set of templates and names (measured once in stop 21, then tuned on in stop 21)" };
        var heldSeven = new Option<bool>("--held7") { Description = "Use the twelfth set of templates and names (measured once in stop 21, then tuned on in stop 22)" };
        var heldEight = new Option<bool>("--held8") { Description = "Use the thirteenth set of templates and names (measured in stop 22, then tuned on in stop 23)" };
        var heldNine = new Option<bool>("--held9") { Description = "Use the fourteenth set of templates and names (measured in stop 23, then tuned on in stop 24)" };
        var heldTen = new Option<bool>("--held10") { Description = "Use the fifteenth set of templates and names (measured in stop 24, then tuned on in stop 25)" };
        var heldEleven = new Option<bool>("--held11") { Description = "Use the sixteenth set of templates and names (measured in stop 25, then tuned on in stop 26)" };
        var heldTwelve = new Option<bool>("--held12") { Description = "Use the seventeenth set of templates and names (measured in stop 26, then tuned on in stop 27)" };
        var heldThirteen = new Option<bool>("--held13") { Description = "Use the eighteenth set of templates and names (measured in stop 27, then tuned on in stop 27)" };
        var heldFourteen = new Option<bool>("--held14") { Description = "Use the nineteenth set of templates and names (measured in stop 27, then tuned on in stop 28)" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var misses = new Option<bool>("--misses") { Description = "Print each planted detail left in (and each look-alike removed), in context" };
        var tagger = new Option<string?>("--tagger") { Description = "Name tagger weights to use instead of the embedded ones (a file from bench name-tagger), or none" };
        var command = new Command("redaction", "Measure the redactor on planted names and identifiers") { items, seed, unseen, fresh, blind, sealedSet, held, heldTwo, heldThree, heldFour, heldFive, heldSix, heldSeven, heldEight, heldNine, heldTen, heldEleven, heldTwelve, heldThirteen, heldFourteen, json, misses, tagger };
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(items);
            if (count < 10)
            {
                await Console.Error.WriteLineAsync("voicehub bench redaction: --items must be at least 10.");
                return 2;
            }
            var set = parse.GetValue(heldFourteen) ? PlantedSetName.HeldFourteen : parse.GetValue(heldThirteen) ? PlantedSetName.HeldThirteen : parse.GetValue(heldTwelve) ? PlantedSetName.HeldTwelve : parse.GetValue(heldEleven) ? PlantedSetName.HeldEleven : parse.GetValue(heldTen) ? PlantedSetName.HeldTen : parse.GetValue(heldNine) ? PlantedSetName.HeldNine : parse.GetValue(heldEight) ? PlantedSetName.HeldEight : parse.GetValue(heldSeven) ? PlantedSetName.HeldSeven : parse.GetValue(heldSix) ? PlantedSetName.HeldSix : parse.GetValue(heldFive) ? PlantedSetName.HeldFive : parse.GetValue(heldFour) ? PlantedSetName.HeldFour : parse.GetValue(heldThree) ? PlantedSetName.HeldThree : parse.GetValue(heldTwo) ? PlantedSetName.HeldTwo : parse.GetValue(held) ? PlantedSetName.Held : parse.GetValue(sealedSet) ? PlantedSetName.Sealed : parse.GetValue(blind) ? PlantedSetName.Blind : parse.GetValue(fresh) ? PlantedSetName.Fresh : parse.GetValue(unseen) ? PlantedSetName.Unseen : PlantedSetName.Tuning;
            if (parse.GetValue(tagger) is { } weights)
            {
                if (weights != "none" && !File.Exists(weights))
                {
                    await Console.Error.WriteLineAsync($"voicehub bench redaction: no name tagger weights at {weights}.");
                    return 2;
                }
                using var reader = weights == "none" ? null : new StreamReader(weights);
                NameTagger.Use(reader is null ? null : NameTagger.Read(reader));
            }
            var sources = PlantedSources.Load(ProjectPaths.SeedsDirectory(new VoiceHubOptions()));
            var f = RedactionBench.Run(sources.Comments, sources.FirstNames, sources.Surnames, sources.NotNames, count, parse.GetValue(seed), set);
            if (parse.GetValue(misses))
            {
                foreach (var miss in RedactionBench.Misses(sources.Comments, sources.FirstNames, sources.Surnames, sources.NotNames, count, parse.GetValue(seed), set))
                    Console.WriteLine(miss);
                return 0;
            }
            if (parse.GetValue(json))
            {
                Json.Print(f);
                return 0;
            }
            Console.WriteLine($"Planted set: {f.Items} items, seed {f.Seed}, {f.Set switch { PlantedSetName.HeldFourteen => "fourteenth held templates and names, tuned on in stop 28", PlantedSetName.HeldThirteen => "thirteenth held templates and names, tuned on in stop 27", PlantedSetName.HeldTwelve => "twelfth held templates and names, tuned on in stop 27", PlantedSetName.HeldEleven => "eleventh held templates and names, tuned on in stop 26", PlantedSetName.HeldTen => "tenth held templates and names, tuned on in stop 25", PlantedSetName.HeldNine => "ninth held templates and names, tuned on in stop 24", PlantedSetName.HeldEight => "eighth held templates and names, tuned on in stop 23", PlantedSetName.HeldSeven => "seventh held templates and names, tuned on in stop 22", PlantedSetName.HeldSix => "sixth held templates and names, tuned on in stop 21", PlantedSetName.HeldFive => "fifth held templates and names, tuned on in stop 21", PlantedSetName.HeldFour => "fourth held templates and names, tuned on in stop 20", PlantedSetName.HeldThree => "third held templates and names, tuned on in stop 19", PlantedSetName.HeldTwo => "second held templates and names", PlantedSetName.Held => "held templates and names", PlantedSetName.Sealed => "fifth templates and names", PlantedSetName.Blind => "fourth templates and names", PlantedSetName.Fresh => "third templates and names",
                PlantedSetName.Unseen => "second templates and names", _ => "tuning templates" }}");
            Console.WriteLine($"{"kind",-22}{"planted",8}{"recall",8}{"spans",8}{"precision",10}");
            foreach (var k in f.Kinds) Console.WriteLine($"{k.Kind,-22}{k.Planted,8}{k.Recall,8:0.000}{k.Spans,8}{k.Precision,10:0.000}");
            Console.WriteLine($"Names recall {f.NameRecall:0.000} (aim 0.98); of names not in the lists {f.UnlistedNameRecall:0.000} ({f.UnlistedNames})");
            Console.WriteLine($"Identifiers recall {f.IdentifierRecall:0.000} (aim 0.995); precision {f.Precision:0.000} (aim 0.95)");
            Console.WriteLine($"Look-alikes touched: {f.LookAlikesTouched} of {f.LookAlikes}");
            Console.WriteLine($"Seed comments changed: {f.PlainChanged} of {f.PlainComments} = {f.PlainChangedShare:P2} (aim 0.5% or less)");
            Console.WriteLine($"Speed: {f.ItemsPerSecond:N0} items/s on one thread (aim 5,000)");
            return 0;
        });
        return command;
    }
}
