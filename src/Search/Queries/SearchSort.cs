namespace VoiceHub.Search.Queries;

/// <summary>The orders results can come in. Newest and oldest go by the day the feedback was given.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
