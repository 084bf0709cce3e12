namespace VoiceHub.Analysis.Themes;

/// <summary>Why a model was trained, as shown in the model history.</summary>
public static class TrainingReasons
{
    public const string FirstStart = "First start: no model yet";
    public const string Unreadable = "The active model was stored by an older version of VoiceHub";
    public const string EmbeddingModelChanged = "The hub's embedding model changed since the active model was trained";
    public const string Weekly = "Weekly retraining";
    public const string Requested = "Requested by staff";
    public const string Command = "voicehub themes train";
}
