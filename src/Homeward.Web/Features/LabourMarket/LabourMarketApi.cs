using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.LabourMarket;

public sealed class LabourMarketApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/labour-market").WithTags("Labour market");
        group.MapGet("", async (Guid? location, LabourMarketBook book, CancellationToken ct) => TypedResults.Ok(await book.ListAsync(location, ct)))
            .WithSummary("Labour market assessments, newest first; with location, those of the place and every place above it")
            .RequireAuthorization(Policies.Staff);
        group.MapPost("", async (HttpRequest request, JsonBody json, LabourMarketBook book, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<LabourMarketInput>(request, ct);
                return input is null ? Outcome<LabourMarketView>.Invalid(errors).ToApi("place") : (await book.AddAsync(input, ct)).ToApi("place");
            })
            .Accepts<LabourMarketInput>("application/json")
            .WithSummary("Records a labour market assessment of a place: sectors, skills in demand, growth, wages, access barriers, date and source")
            .RequireAuthorization(Policies.Supervision);
    }
}
