namespace VoiceHub.Analysis.Training;

/// <summary>A labelled file VoiceHub cannot learn from; the message names the file and, where it can, the row and field.</summary>
public sealed class LabelledDataException(string message) : Exception(message);
