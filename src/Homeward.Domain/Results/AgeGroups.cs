namespace Homeward.Domain.Results;

/// <summary>The age groups statistics are broken down by, from the age on the day of return.</summary>
public static class AgeGroups
{
    public const string Unknown = "Unknown";
    public static readonly IReadOnlyList<string> All = ["0-17", "18-24", "25-34", "35-49", "50+", Unknown];

    public static string Of(int? age) => age switch
    {
        null => Unknown,
        < 18 => "0-17",
        < 25 => "18-24",
        < 35 => "25-34",
        < 50 => "35-49",
        _ => "50+",
    };
}
