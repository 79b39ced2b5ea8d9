using Homeward.Domain.Plans;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.ServiceMap;

public sealed class ServiceMapApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var organisations = api.MapGroup("/organisations").WithTags("Service map");
        organisations.MapGet("", async (ServiceDirectory directory, CancellationToken ct) => TypedResults.Ok(await directory.OrganisationsAsync(ct)))
            .WithSummary("The organisations of the programme and its service map, with how many services each provides")
            .RequireAuthorization(Policies.Staff);
        organisations.MapPost("", async (HttpRequest request, JsonBody json, ServiceMapEditor editor, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<OrganisationInput>(request, ct);
                return input is null ? Outcome<OrganisationView>.Invalid(errors).ToApi("organisation") : (await editor.AddOrganisationAsync(input, ct)).ToApi("organisation");
            })
            .Accepts<OrganisationInput>("application/json")
            .WithSummary("Adds an organisation: name, kind, contact, website")
            .RequireAuthorization(Policies.Supervision);

        var services = api.MapGroup("/services").WithTags("Service map");
        services.MapGet("", async Task<Results<Ok<IReadOnlyList<ServiceView>>, ValidationProblem>> (HttpRequest request, ServiceDirectory directory, CancellationToken ct) =>
            {
                var (filter, errors) = ReadFilter(request.Query);
                return errors.Any ? errors.ToProblem() : TypedResults.Ok(await directory.ListAsync(filter, ct));
            })
            .WithSummary("Services, filtered by type, location (a service serving the place or any place above it), organisationId, dimension, freeCapacity=true, language, q")
            .RequireAuthorization(Policies.Staff);
        services.MapPost("", async (HttpRequest request, JsonBody json, ServiceMapEditor editor, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ServiceInput>(request, ct);
                return input is null ? Outcome<ServiceView>.Invalid(errors).ToApi("service") : (await editor.AddServiceAsync(input, ct)).ToApi("service");
            })
            .Accepts<ServiceInput>("application/json")
            .WithSummary("Adds a service to the map; locations are codes of the location hierarchy or ids")
            .RequireAuthorization(Policies.Supervision);
        services.MapPost("/import", async (HttpRequest request, ServiceMapEditor editor, CancellationToken ct) =>
            {
                Stream body = request.Body;
                if (request.HasFormContentType)
                {
                    var form = await request.ReadFormAsync(ct);
                    if (form.Files.GetFile("file") is not { Length: > 0 } file)
                        return Outcome<ImportResult>.Invalid(new FieldErrors().Add("file", "Choose a CSV file.")).ToApi("file");
                    body = file.OpenReadStream();
                }
                return (await editor.ImportAsync(body, ct)).ToApi("file");
            })
            .WithSummary("Imports services from CSV (the columns of the export); a row at fault refuses the file, naming the row, and nothing is saved")
            .RequireAuthorization(Policies.Supervision);
        services.MapGet("/export", async (HttpRequest request, ServiceDirectory directory, CancellationToken ct) =>
            {
                var (filter, errors) = ReadFilter(request.Query);
                if (errors.Any) return (IResult)errors.ToProblem();
                return TypedResults.File(ServiceCsv.Write(await directory.ListAsync(filter, ct)), "text/csv", "services.csv");
            })
            .WithSummary("The services matching the same filters as a CSV file that can be imported again")
            .RequireAuthorization(Policies.Staff);
    }

    /// <summary>Reads the filters of the query string; a value that is not one of the options is a 400 naming it.</summary>
    public static (ServiceFilter Filter, FieldErrors Errors) ReadFilter(IQueryCollection query)
    {
        var errors = new FieldErrors();
        ServiceType? type = null;
        if (query["type"].ToString() is { Length: > 0 } t)
        {
            if (UserInput.TryParse<ServiceType>(t, out var parsed)) type = parsed;
            else errors.Add("type", $"Choose one of: {UserInput.Names<ServiceType>()}.");
        }
        Dimension? dimension = null;
        if (query["dimension"].ToString() is { Length: > 0 } d)
        {
            if (UserInput.TryParse<Dimension>(d, out var parsed)) dimension = parsed;
            else errors.Add("dimension", $"Choose one of: {UserInput.Names<Dimension>()}.");
        }
        Guid? Id(string name)
        {
            if (query[name].ToString() is not { Length: > 0 } text) return null;
            if (Guid.TryParse(text, out var id)) return id;
            errors.Add(name, "Give an id.");
            return null;
        }
        var filter = new ServiceFilter(type, Id("location"), Id("organisationId"), dimension,
            string.Equals(query["freeCapacity"], "true", StringComparison.OrdinalIgnoreCase), query["language"].ToString(), query["q"].ToString());
        return (filter, errors);
    }
}
