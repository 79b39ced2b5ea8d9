using System.Security.Cryptography;
using Homeward.Data;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Api;

/// <summary>
/// `Idempotency-Key` on API POST and PUT: the first request is handled and its answer kept for a day; the same key
/// again (a resend after a dropped connection) gets that answer back without doing the work twice. The same key with
/// a different body is refused (422); a resend while the first is still running gets 409.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (!Errors.ProblemSetup.IsApi(ctx) || !HttpMethods.IsPost(ctx.Request.Method) && !HttpMethods.IsPut(ctx.Request.Method)
            || ctx.Request.Headers[Header].ToString() is not { Length: > 0 } key || ctx.User.UserId() is not { } userId)
        {
            await next(ctx);
            return;
        }
        if (key.Length > 100)
        {
            await Results.Problem($"{Header} is at most 100 characters.", statusCode: 400).ExecuteAsync(ctx);
            return;
        }

        ctx.Request.EnableBuffering();
        var hash = Convert.ToHexString(await SHA256.HashDataAsync(ctx.Request.Body, ctx.RequestAborted)) + ctx.Request.Path;
        hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(hash)));
        ctx.Request.Body.Position = 0;

        var factory = ctx.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var claimed = await ClaimAsync(factory, userId, key, hash, ctx.RequestAborted);
        if (claimed is not null)
        {
            await ReplayAsync(ctx, claimed, hash);
            return;
        }

        var original = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        try
        {
            await next(ctx);
        }
        finally
        {
            ctx.Response.Body = original;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, ctx.RequestAborted);
        await CompleteAsync(factory, userId, key, ctx.Response.StatusCode, ctx.Response.ContentType, buffer.ToArray());
    });

    /// <summary>Inserts the key as "in progress"; returns the earlier request when the key was already used.</summary>
    internal static async Task<IdempotentRequest?> ClaimAsync(IServiceScopeFactory factory, Guid userId, string key, string hash, CancellationToken ct)
    {
        await using var scope = factory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomewardDbContext>();
        var now = DateTime.UtcNow;
        await db.IdempotentRequests.Where(r => r.CreatedAt < now - Kept).ExecuteDeleteAsync(ct);
        db.IdempotentRequests.Add(new IdempotentRequest { UserId = userId, Key = key, RequestHash = hash, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.IdempotentRequests.AsNoTracking().FirstAsync(r => r.UserId == userId && r.Key == key, ct);
        }
    }

    private static async Task CompleteAsync(IServiceScopeFactory factory, Guid userId, string key, int status, string? contentType, byte[] body)
    {
        await using var scope = factory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomewardDbContext>();
        if (status >= 500)
        {
            // A server fault is not an answer to keep: the client may try again with the same key.
            await db.IdempotentRequests.Where(r => r.UserId == userId && r.Key == key).ExecuteDeleteAsync();
            return;
        }
        var text = System.Text.Encoding.UTF8.GetString(body);
        await db.IdempotentRequests.Where(r => r.UserId == userId && r.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, status).SetProperty(r => r.ContentType, contentType).SetProperty(r => r.ResponseBody, text));
    }

    private static async Task ReplayAsync(HttpContext ctx, IdempotentRequest earlier, string hash)
    {
        if (earlier.RequestHash != hash)
        {
            await Results.Problem($"This {Header} was already used for a different request.", statusCode: 422, title: "Idempotency key reused").ExecuteAsync(ctx);
            return;
        }
        if (earlier.StatusCode is not { } status)
        {
            await Results.Problem("The first request with this key is still being handled; try again shortly.", statusCode: 409, title: "Request in progress").ExecuteAsync(ctx);
            return;
        }
        ctx.Response.StatusCode = status;
        ctx.Response.Headers["Idempotent-Replayed"] = "true";
        if (earlier.ContentType is { } type) ctx.Response.ContentType = type;
        await ctx.Response.WriteAsync(earlier.ResponseBody ?? "", ctx.RequestAborted);
    }
}
