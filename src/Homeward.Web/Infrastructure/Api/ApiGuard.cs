using Homeward.Domain;
using Homeward.Web.Features.Cases;

namespace Homeward.Web.Infrastructure.Api;

/// <summary>Runs an endpoint's use case and turns a broken rule into 400/409 and a stale edit into 409, as every API answers them.</summary>
public static class ApiGuard
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainRuleException ex)
        {
            return ex.ToResult();
        }
        catch (StaleEditException ex)
        {
            return DomainProblems.StaleEdit(ex.What);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // A use case that did not name what changed under it: still a conflict to retry, never a server error.
            return DomainProblems.StaleEdit("record");
        }
    }
}
