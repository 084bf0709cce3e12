namespace VoiceHub.Search;

public sealed class IndexNotReadyException(string message) : Exception(message);
