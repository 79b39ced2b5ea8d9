using Homeward.Domain.People;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Registration;

public sealed record RegisteredCase(Guid Id, string Reference, Guid PrincipalPersonId, Guid HouseholdId, IReadOnlyList<Guid> HouseholdMemberIds);

public sealed record CreatedPerson(Guid Id, Guid? HouseholdId, HouseholdRelationship Relationship);

public sealed record DuplicateList(double OfferThreshold, IReadOnlyList<DuplicateMatch> Candidates);

/// <summary>Registering returnees and persons, and looking for likely duplicates while doing so.</summary>
public sealed class RegistrationApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases", RegisterAsync)
            .WithTags("Registration")
            .WithSummary("Register a returnee with their household, return details and consents, in one transaction")
            .WithDescription("Consent to CaseManagement is required. When likely duplicates exist, answers 409 with the candidates unless the request "
                             + "links to one of them (linkToPersonId: the case is registered for that existing person, whose details are kept) or "
                             + "gives duplicateOverrideReason (why this is a different person; kept on the case timeline).")
            .RequireAuthorization(Policies.CaseWork);

        var persons = api.MapGroup("/persons").WithTags("Registration").RequireAuthorization(Policies.CaseWork);
        persons.MapPost("", CreateAsync)
            .WithSummary("Add a person, on their own or into an existing household with their relationship to its principal returnee");
        persons.MapGet("/duplicates", FindDuplicatesAsync)
            .WithSummary("Likely duplicates of a person being registered, best first")
            .WithDescription("Searches every office. Persons outside the caller's scope are shown with their name, birth year, case reference and office only.");
    }

    private static async Task<Results<Created<RegisteredCase>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterCaseRequest request, RegisterCase register, CancellationToken ct) =>
        await register.RunAsync(request, ct) switch
        {
            RegistrationOutcome.Registered r => TypedResults.Created($"/api/v1/cases/{r.CaseId}",
                new RegisteredCase(r.CaseId, r.Reference, r.PrincipalPersonId, r.HouseholdId, r.MemberIds)),
            RegistrationOutcome.Invalid i => i.Errors.ToProblem(),
            RegistrationOutcome.LikelyDuplicates d => TypedResults.Problem(
                "Likely duplicates of this returnee are already registered. Send linkToPersonId to register the case for one of them, "
                + "or duplicateOverrideReason to say why this is a different person.",
                statusCode: StatusCodes.Status409Conflict, title: "Likely duplicates found",
                extensions: new Dictionary<string, object?> { ["code"] = "likely-duplicates", ["candidates"] = d.Candidates }),
            RegistrationOutcome.Refused r => TypedResults.Problem(r.Rule.Message, statusCode: StatusCodes.Status409Conflict,
                title: "The person cannot be registered this way.",
                extensions: new Dictionary<string, object?> { ["code"] = r.Rule.Code, ["field"] = r.Rule.Field }),
            _ => TypedResults.Problem("Your account is not attached to an office, and a case belongs to the office that registers it.",
                statusCode: StatusCodes.Status403Forbidden, title: "No office"),
        };

    private static async Task<Results<Created<CreatedPerson>, ValidationProblem, NotFound<DomainProblems.ProblemDetailsLike>>> CreateAsync(
        CreatePersonRequest request, CreatePerson create, CancellationToken ct) =>
        await create.RunAsync(request, ct) switch
        {
            CreatePerson.Outcome.Created c => TypedResults.Created($"/api/v1/persons/{c.PersonId}", new CreatedPerson(c.PersonId, c.HouseholdId, c.Relationship)),
            CreatePerson.Outcome.Invalid i => i.Errors.ToProblem(),
            _ => DomainProblems.NotFound("household"),
        };

    private static async Task<Results<Ok<DuplicateList>, ValidationProblem>> FindDuplicatesAsync(
        string? givenName, string? familyName, int? birthYear, Guid? returnLocationId,
        DuplicateSearch search, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .When(UserInput.Clean(givenName) is null, "givenName", L["Enter the given name."].Value)
            .When(UserInput.Clean(familyName) is null, "familyName", L["Enter the family name."].Value);
        if (errors.Any) return errors.ToProblem();
        var matches = await search.FindAsync(new DuplicateProbe(givenName!, familyName!, birthYear, returnLocationId), ct);
        return TypedResults.Ok(new DuplicateList(DuplicateScorer.OfferThreshold, matches));
    }
}
