namespace Homeward.Web.Features.Plans;

/// <summary>
/// Ids for the rows of a plan (activities, budget lines) in the order they were entered. The rows have no position
/// column; version 7 ids sort by their timestamp on both databases, so each row gets the next millisecond.
/// </summary>
public sealed class OrderedIds
{
    private DateTimeOffset _next = DateTimeOffset.UtcNow;

    public Guid Next()
    {
        var id = Guid.CreateVersion7(_next);
        _next = _next.AddMilliseconds(1);
        return id;
    }
}
