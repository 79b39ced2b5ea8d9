namespace Homeward.Web.Tests.Instruments;

/// <summary>
/// Test classes that add instruments to the library. They run one after another (in parallel with everything else), so
/// that a test counting the library's instruments before and after a refused upload never sees another test's upload.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InstrumentLibraryCollection
{
    public const string Name = "Adds instruments";
}
