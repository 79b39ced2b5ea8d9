using Homeward.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Account;

/// <summary>The signed-in user's own sessions.</summary>
public sealed class SessionsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var sessions = api.MapGroup("/auth/sessions").WithTags("Authentication").RequireAuthorization();
        sessions.MapGet("", async (UserSessions book, CancellationToken ct) => TypedResults.Ok(await book.ActiveAsync(ct)))
            .WithSummary("Where the caller is signed in: each active session (browser or API token), when it began and was last used, and which one is this");
        sessions.MapPost("/{id:guid}/end", async Task<Results<NoContent, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, UserSessions book, CancellationToken ct) =>
                await book.EndAsync(id, ct) ? TypedResults.NoContent() : DomainProblems.NotFound("session"))
            .WithSummary("End one of the caller's sessions at once (404 for a session that is not the caller's or already ended)");
    }
}
