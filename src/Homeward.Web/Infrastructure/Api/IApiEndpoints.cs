namespace Homeward.Web.Infrastructure.Api;

/// <summary>
/// One feature's JSON endpoints under /api/v1. Implementations are found by reflection, so adding a feature
/// does not mean editing a central list.
/// </summary>
public interface IApiEndpoints
{
    void Map(RouteGroupBuilder api);
}
