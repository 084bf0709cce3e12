namespace VoiceHub.Analysis.Training;

/// <summary>One label's figures on a test or validation set. Support is how many rows truly carry it.</summary>
public sealed record LabelFigures(string Label, double Precision, double Recall, double F1, int Support);
