namespace VoiceHub.Search.Meaning;

/// <summary>What a meaning hit must reach, beside the floor, when the words found something: nothing more, the median, the best or the lowest similarity of the top 10 word matches.</summary>
public enum MeaningCalibration
{
    None,
    Median,
    Best,
    Lowest,
}
