using System.Security.Cryptography;
using System.Text;
using Homeward.Data;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Homeward.Web.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Forms;

/// <summary>
/// A page form that creates a record carries a one-time token (<c>&lt;IdempotencyToken /&gt;</c>, made when the form
/// is shown). The first post with a token is handled; when it succeeds (the page redirects, post-redirect-get) the
/// redirect is kept for a day. The same token again (a double click, a resend after a dropped connection) gets that
/// redirect without creating anything; a post arriving while the first is still being handled waits for its answer.
/// A post that does not succeed (a field to correct) releases the token, so that the corrected form can be sent.
/// </summary>
public static class FormIdempotency
{
    public const string Field = "__idempotency";
    private static readonly TimeSpan Waiting = TimeSpan.FromSeconds(15);

    public static IApplicationBuilder UseFormIdempotency(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        // Once per request: an error page re-executes the pipeline for the same post.
        if (!HttpMethods.IsPost(ctx.Request.Method) || ProblemSetup.IsApi(ctx) || !ctx.Request.HasFormContentType
            || ctx.User.UserId() is not { } userId || !ctx.Items.TryAdd(typeof(FormIdempotency), true))
        {
            await next(ctx);
            return;
        }
        var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
        if (form[Field].ToString() is not { Length: > 0 and <= 64 } token)
        {
            await next(ctx);
            return;
        }

        var key = $"form:{token}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ctx.Request.Path.Value ?? "")));
        var factory = ctx.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var waitUntil = DateTime.UtcNow + Waiting;
        while (await Idempotency.ClaimAsync(factory, userId, key, hash, ctx.RequestAborted) is { } earlier)
        {
            if (earlier.RequestHash == hash && earlier.StatusCode is not null && earlier.ResponseBody is { Length: > 0 } location)
            {
                ctx.Response.Headers["Idempotent-Replayed"] = "true";
                ctx.Response.Redirect(location);
                return;
            }
            if (earlier.RequestHash != hash || DateTime.UtcNow > waitUntil)
            {
                ctx.Response.StatusCode = StatusCodes.Status409Conflict;
                return;
            }
            await Task.Delay(200, ctx.RequestAborted);
        }

        var redirected = false;
        try
        {
            await next(ctx);
            redirected = ctx.Response.StatusCode is >= 300 and < 400 && ctx.Response.Headers.Location.Count > 0;
        }
        finally
        {
            await SettleAsync(factory, userId, key, redirected ? ctx.Response.StatusCode : null, ctx.Response.Headers.Location.ToString());
        }
    });

    /// <summary>Keeps a successful post's redirect for the token, or releases the token of a post that did not succeed.</summary>
    private static async Task SettleAsync(IServiceScopeFactory factory, Guid userId, string key, int? status, string location)
    {
        await using var scope = factory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomewardDbContext>();
        var claim = db.IdempotentRequests.Where(r => r.UserId == userId && r.Key == key);
        if (status is { } done)
            await claim.ExecuteUpdateAsync(s => s.SetProperty(r => r.StatusCode, done).SetProperty(r => r.ResponseBody, location));
        else
            await claim.ExecuteDeleteAsync();
    }
}
