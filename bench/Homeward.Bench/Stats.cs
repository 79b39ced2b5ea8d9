namespace Homeward.Bench;

/// <summary>Latency percentiles in milliseconds (nearest rank), with the count of failed requests.</summary>
public sealed record Stats(int Count, double P50, double P95, double P99, double Max, double Mean, int Errors = 0)
{
    public static Stats Of(IReadOnlyCollection<double> milliseconds, int errors = 0)
    {
        if (milliseconds.Count == 0) return new Stats(0, 0, 0, 0, 0, 0, errors);
        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Stats(sorted.Length, Round(Rank(0.50)), Round(Rank(0.95)), Round(Rank(0.99)), Round(sorted[^1]), Round(sorted.Average()), errors);
    }

    private static double Round(double ms) => Math.Round(ms, 2);
}
