namespace VoiceHub.Cli.Bench;

/// <summary>One query of the mix: what is typed, and the facet values chosen (by name).</summary>
public sealed record BenchQuery(string Text, string[] Themes, string[] Localities, string[] Channels, string[] Sentiments)
{
    /// <summary>
    /// The fixed mix: single words, quoted phrases and two or three words, each with no filter, one, and two, cycling
    /// through the localities, themes, channels and sentiments. Deterministic, so runs compare.
    /// </summary>
    public static IReadOnlyList<BenchQuery> Mix(IReadOnlyList<string> localities)
    {
        string[] texts =
        [
            "staff", "waiting", "ambulance", "food", "parking", "communication", "transport", "pain", "discharge", "appointment",
            "friendly", "rude", "phone", "medication", "listened", "helpful", "clean", "late",
            "\"very helpful\"", "\"long wait\"", "\"kept informed\"", "\"could be improved\"", "\"thank you\"", "\"phone call\"",
            "\"waiting time\"", "\"nothing to improve\"",
            "friendly staff", "waiting time appointment", "rude staff", "pain relief", "food cold", "long wait ambulance",
            "staff listened", "hospital parking", "transport late", "information discharge", "caring professional staff",
        ];
        string[] themes =
        [
            "Staff manner & personal attributes", "Timeliness of care", "Transport to/ from services", "Contacting services",
            "Positive experience & gratitude", "Continuity of care", "Staff listening, understanding & involving patients",
        ];
        string[] channels = ["survey", "online-form", "listening-space"];
        string[] sentiments = ["negative", "positive", "neutral"];
        var mix = new List<BenchQuery>();
        for (var i = 0; i < texts.Length; i++)
        {
            var locality = localities[i % localities.Count];
            var theme = themes[i % themes.Length];
            mix.Add(new BenchQuery(texts[i], [], [], [], []));
            mix.Add(i % 2 == 0 ? new BenchQuery(texts[i], [], [locality], [], []) : new BenchQuery(texts[i], [theme], [], [], []));
            mix.Add(i % 2 == 0
                ? new BenchQuery(texts[i], [theme], [locality], [], [])
                : new BenchQuery(texts[i], [], [], [channels[i % channels.Length]], [sentiments[i % sentiments.Length]]));
        }
        return mix;
    }

    public int Filters => Themes.Length + Localities.Length + Channels.Length + Sentiments.Length;
}
