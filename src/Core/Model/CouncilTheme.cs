namespace VoiceHub.Core.Model;

/// <summary>
/// A theme as the council owns it: the staff <see cref="Name"/>, the names the public and Easy Read readers see, whether
/// the public sees it at all, and the QDC labels of the labelled data that train it. Retired themes keep their history.
/// </summary>
public sealed record CouncilTheme
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string PublicName { get; init; } = "";
    public string EasyReadName { get; init; } = "";
    public string Category { get; init; } = "";
    public string Description { get; init; } = "";
    public bool Public { get; init; }
    public string[] QdcLabels { get; init; } = [];
    public bool Active { get; init; }
    public DateTime? RetiredAt { get; init; }
    public int? MergedInto { get; init; }

    /// <summary>What a public page may show, or null when the public never sees this theme.</summary>
    public string? PublicLabel => Active && Public && PublicName.Trim().Length > 0 ? PublicName.Trim() : null;

    /// <summary>What an Easy Read page may show (its public name when it has no Easy Read name), or null.</summary>
    public string? EasyReadLabel => PublicLabel is null ? null : EasyReadName.Trim().Length > 0 ? EasyReadName.Trim() : PublicLabel;
}

/// <summary>One theme of the seeded taxonomy (<c>seeds/themes/asc-themes.csv</c>) with the QDC labels that train it.</summary>
public sealed record ThemeSeed(string Name, string PublicName, string EasyReadName, string Category, string Description, bool Public,
    string[] QdcLabels);
