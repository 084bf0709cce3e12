using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Digest;

/// <summary>Builds the <see cref="CoverageReport"/> for a period, for the Coverage page and the digest.</summary>
public sealed class CoverageReporter(CoverageStore coverage, IOptions<VoiceHubOptions> hubOptions)
{
    /// <summary>Under two thirds of the expected share or rate is called out as quiet.</summary>
    public const double QuietRatio = 2.0 / 3;

    /// <summary>Shares are not worked out from fewer respondents to a question than this.</summary>
    public const int MinimumAnswered = 20;

    /// <param name="to">The period's last day.</param>
    public async Task<CoverageReport> BuildAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var before = to.AddDays(1);
        var localities = await coverage.ItemsByLocalityAsync(from, before, ct);
        var known = localities.Where(l => l.LocalityId is not null).ToList();
        var withPopulation = known.Where(l => l.Population is > 0).ToList();
        double? council = withPopulation.Count == 0 ? null
            : withPopulation.Sum(l => l.Items) * 1000.0 / withPopulation.Sum(l => (double)l.Population!.Value);
        var rates = known.Select(l =>
        {
            double? per1000 = l.Population is > 0 ? l.Items * 1000.0 / l.Population.Value : null;
            double? ratio = per1000 is { } p && council is > 0 ? p / council.Value : null;
            return new CoverageReport.LocalityRate(l.Name!, l.Population, l.Items, per1000, ratio, ratio is < QuietRatio);
        }).ToList();

        IReadOnlyList<PopulationShare> shares = [];
        string? error = null;
        try
        {
            shares = PopulationShares.Load(ProjectPaths.SeedsDirectory(hubOptions.Value));
        }
        catch (FormatException e)
        {
            error = e.Message;
        }
        var (answers, respondents) = await coverage.RespondentsAsync(from, before, ct);
        var dimensions = new List<CoverageReport.Dimension>();
        foreach (var (key, label) in PopulationShares.Labels)
        {
            var groups = shares.Where(s => s.Dimension == key).ToList();
            if (groups.Count == 0) continue;
            var counts = groups.ToDictionary(g => g.Group, _ => 0);
            foreach (var answer in answers.Where(a => a.Dimension == key))
            {
                if (PopulationShares.Place(answer.Value, groups) is { } g) counts[g.Group] += answer.Count;
            }
            var answered = counts.Values.Sum();
            var enough = answered >= MinimumAnswered;
            var rows = groups.Select(g =>
            {
                double? share = enough ? counts[g.Group] / (double)answered : null;
                return new CoverageReport.Group(g.Group, counts[g.Group], share, g.Share, share is { } s && g.Share > 0 && s / g.Share < QuietRatio);
            }).ToList();
            string? note = answered == 0 ? "No survey respondents answered this question in the period."
                : enough ? null : $"Too few survey respondents answered this question to compare shares (fewer than {MinimumAnswered}).";
            dimensions.Add(new CoverageReport.Dimension(key, label, answered, rows, note));
        }
        return new CoverageReport
        {
            From = from,
            To = to,
            Localities = rates,
            CouncilPer1000 = council,
            ItemsWithoutLocality = localities.Where(l => l.LocalityId is null).Sum(l => l.Items),
            SurveyRespondents = respondents,
            Demographics = dimensions,
            PopulationSource = shares.Select(s => s.Note).FirstOrDefault(n => n.Length > 0),
            PopulationError = error,
        };
    }
}
