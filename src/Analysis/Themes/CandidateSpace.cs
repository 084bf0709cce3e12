namespace VoiceHub.Analysis.Themes;

/// <summary>
/// The "might be this theme" candidates' space (<see cref="ThemeSuggestions"/>): their mean embedding and whitening
/// (<see cref="FewShotThemes.Whitening"/>), or neither when there were too few, with the embedding model and the newest
/// candidate's item id it was estimated at.
/// </summary>
public sealed record CandidateSpace(string Model, long NewestId, float[]? Centre, float[][]? Whitening);
