namespace Homeward.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Homeward.Bench -- --size S --provider both` measures Homeward at a given size;
/// `… -- load --url U` is the load generator the measuring run starts as a separate process;
/// `… -- report` rewrites the results section of docs/performance.md from the saved runs without measuring.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            switch (args.FirstOrDefault())
            {
                case "load":
                    return await LoadCommand.RunAsync(LoadOptions.Parse(args[1..]), cancel.Token);
                case "report":
                    PerformanceReport.Write();
                    Console.WriteLine($"Wrote {RepositoryPaths.PerformanceDoc}");
                    return 0;
                default:
                    return await BenchCommand.RunAsync(BenchOptions.Parse(args), cancel.Token);
            }
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }
    }
}

public sealed class UsageException(string message) : Exception(message);
