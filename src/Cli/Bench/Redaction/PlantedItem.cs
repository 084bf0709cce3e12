namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>A detail written into a comment: where, and what kind ("name", "phone", …; "keep" for a look-alike that must stay).</summary>
public readonly record struct Planted(int Start, int Length, string Kind, bool Listed = true)
{
    public int End => Start + Length;
}

/// <summary>One item of the planted set: its text, what was planted in it, and whether it is a seed comment left as it was.</summary>
public sealed record PlantedItem(string Text, IReadOnlyList<Planted> Details, bool Plain);
