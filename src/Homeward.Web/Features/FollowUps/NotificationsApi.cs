using Homeward.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.FollowUps;

public sealed class NotificationsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapGet("", async (NotificationInbox inbox, CancellationToken ct) => TypedResults.Ok(await inbox.ListAsync(ct)))
            .WithSummary("The caller's notifications, unread first, newest first");
        notifications.MapPost("/{id:guid}/read", ReadAsync)
            .WithSummary("Mark one of the caller's notifications as read");
    }

    private static async Task<Results<NoContent, NotFound<DomainProblems.ProblemDetailsLike>>> ReadAsync(Guid id, NotificationInbox inbox, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, DateTime.UtcNow, ct) ? TypedResults.NoContent() : DomainProblems.NotFound("notification");
}
