namespace VoiceHub.Analysis.Emerging;

/// <summary>Reads the search's synonyms file (<c>seeds/synonyms.txt</c>: one comma-separated set a line, <c>#</c> comments) for the taxonomy's synonyms.</summary>
public static class SynonymSets
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(string path)
    {
        if (!File.Exists(path)) return [];
        return File.ReadAllLines(path)
            .Select(l => l.Split('#')[0])
            .Select(l => (IReadOnlyList<string>)l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Count > 1)
            .ToList();
    }
}
