namespace VoiceHub.Analysis.Training;

/// <summary>One trainer's result on the validation rows, from the comparison that picks the model's trainer.</summary>
public sealed record TrainerTrial(string Trainer, double MicroF1, double MacroF1, double Seconds);
