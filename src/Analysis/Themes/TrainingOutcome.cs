using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Themes;

/// <summary>What a training run did: the stored run, whether its model is now active, and why (or why not).</summary>
public sealed record TrainingOutcome(ThemeModelInfo Run, bool Activated, string Decision);
