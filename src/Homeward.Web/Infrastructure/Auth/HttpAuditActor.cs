using Homeward.Data.Audit;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>The audit log's actor for a request: the signed-in user, else "anonymous"; outside a request, the system.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Guid? UserId => accessor.HttpContext?.User.UserId();

    public string UserName => accessor.HttpContext is not { } ctx ? "system"
        : ctx.User.Identity?.IsAuthenticated == true ? ctx.User.Name() : "anonymous";
}
