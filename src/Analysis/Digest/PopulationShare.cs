namespace VoiceHub.Analysis.Digest;

/// <summary>
/// One row of <c>seeds/council/population-shares.csv</c>: a group's share of the council's adult population for one
/// survey question, and the answers that place a respondent in it.
/// </summary>
/// <param name="Dimension">The item metadata key: <c>ageBand</c>, <c>carer</c>, <c>ethnicity</c>, <c>disability</c>, <c>sex</c>.</param>
/// <param name="Matches">Answers that fall in the group, lower case: the answer itself or its first word(s) (<c>white</c> matches
/// "White British"), or for ages a range <c>65-74</c> matched by the first number in the answer ("65 to 74", "65-74").</param>
public sealed record PopulationShare(string Dimension, string Group, double Share, IReadOnlyList<string> Matches, string Note);
