namespace Homeward.Bench;

/// <summary>Where the repository and the built Homeward.Web are, found from the bench's own binaries.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Homeward.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Homeward.slnx not found above the bench binaries.");
        }
    }

    /// <summary>The build configuration the bench runs in (bin/&lt;Configuration&gt;/&lt;framework&gt;/).</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";

    /// <summary>Homeward.Web's own build output, built with the bench because the bench references it.</summary>
    public static string WebOutput
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            var dir = Path.Combine(Root, "src", "Homeward.Web", "bin", Configuration, framework);
            return File.Exists(Path.Combine(dir, "Homeward.Web.dll"))
                ? dir
                : throw new InvalidOperationException($"Homeward.Web is not built at {dir}: build the bench with the same configuration.");
        }
    }

    public static string ResultsFolder => Path.Combine(Root, "bench", "results");
    public static string PerformanceDoc => Path.Combine(Root, "docs", "performance.md");
}
