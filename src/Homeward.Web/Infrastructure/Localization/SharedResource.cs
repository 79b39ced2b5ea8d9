namespace Homeward.Web;

/// <summary>The marker type for Homeward's UI strings (Resources/SharedResource.*.resx).</summary>
public sealed class SharedResource;
