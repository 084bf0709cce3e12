namespace VoiceHub.Cli.Bench;

/// <summary>Timings of one engine's searches: percentiles (nearest rank) and queries per second.</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];
    private double _totalSeconds;

    public void Add(TimeSpan took)
    {
        _ms.Add(took.TotalMilliseconds);
        _totalSeconds += took.TotalSeconds;
    }

    public int Count => _ms.Count;

    public double Percentile(double p)
    {
        if (_ms.Count == 0) return 0;
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double QueriesPerSecond => _totalSeconds == 0 ? 0 : _ms.Count / _totalSeconds;
}
