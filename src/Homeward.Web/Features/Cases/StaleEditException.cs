namespace Homeward.Web.Features.Cases;

/// <summary>The edit was made on a copy that someone else has changed since; nothing was saved.</summary>
public sealed class StaleEditException(string what) : Exception($"The {what} was changed by someone else since it was loaded.")
{
    public string What { get; } = what;
}
