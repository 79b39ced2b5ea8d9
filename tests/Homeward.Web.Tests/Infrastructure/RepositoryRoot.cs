namespace Homeward.Web.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding Homeward.slnx, found by walking up from the test binaries.</summary>
    public static string Path
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Homeward.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Homeward.slnx not found above the test binaries.");
        }
    }
}
