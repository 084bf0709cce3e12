namespace VoiceHub.Search.Meaning;

/// <summary>What a meaning hit must reach, beside the floor, when the words found something: nothing more, the median or the best similarity of the top word matches.</summary>
public enum MeaningCalibration
{
    None,
    Median,
    Best,
}
