using Homeward.Domain.Accounts;
using Homeward.Domain.Referrals;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Referrals;

public sealed class ReferralsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{id:guid}").WithTags("Referrals");
        cases.MapPost("/referrals", async (Guid id, HttpRequest request, JsonBody json, ReferralDesk desk, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ReferralInput>(request, ct);
                return input is null ? Outcome<ReferralView>.Invalid(errors).ToApi("case") : (await desk.CreateAsync(id, input, ct)).ToApi("case");
            })
            .Accepts<ReferralInput>("application/json")
            .WithSummary("Refers the returnee to a service, sharing the minimum (name, contact, need) and the fields chosen. Sent only with the returnee's consent to referral to partners, or on the exception of life at risk or lack of capacity confirmed by a supervisor; otherwise 403 with the reason.")
            .RequireAuthorization(Policies.CaseWork);
        cases.MapGet("/referrals", async Task<Results<Ok<IReadOnlyList<ReferralView>>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, ReferralQueries queries, Homeward.Data.HomewardDbContext db, CancellationToken ct) =>
                await CaseVisibleAsync(db, id, ct) ? TypedResults.Ok(await queries.ListAsync(caseId: id, ct: ct)) : DomainProblems.NotFound("case"))
            .WithSummary("The referrals of the case")
            .RequireAuthorization(Policies.Staff);
        cases.MapGet("/matching-services", async Task<Results<Ok<IReadOnlyList<MatchingService>>, NotFound<DomainProblems.ProblemDetailsLike>, ValidationProblem>> (Guid id, string? type, ReferralQueries queries, CancellationToken ct) =>
            {
                ServiceType? serviceType = null;
                if (type is { Length: > 0 })
                {
                    if (!UserInput.TryParse<ServiceType>(type, out var parsed)) return new FieldErrors().Add("type", $"Choose one of: {UserInput.Names<ServiceType>()}.").ToProblem();
                    serviceType = parsed;
                }
                return await queries.MatchingAsync(id, serviceType, ct) is { } matching ? TypedResults.Ok(matching) : DomainProblems.NotFound("case");
            })
            .WithSummary("Services serving the returnee's place, of a type when given, each saying whether the returnee is eligible and a place is free")
            .RequireAuthorization(Policies.CaseWork);

        var referrals = api.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapGet("", async (HttpRequest request, CurrentUser user, ReferralQueries queries, CancellationToken ct) =>
            {
                if (user.IsInRole(Roles.PartnerCaseWorker)) return (IResult)TypedResults.Ok(await queries.InboxAsync(ct));
                ReferralStatus? status = null;
                if (request.Query["status"].ToString() is { Length: > 0 } text)
                {
                    if (!UserInput.TryParse<ReferralStatus>(text, out var parsed)) return new FieldErrors().Add("status", $"Choose one of: {UserInput.Names<ReferralStatus>()}.").ToProblem();
                    status = parsed;
                }
                var overdue = string.Equals(request.Query["overdue"], "true", StringComparison.OrdinalIgnoreCase);
                return TypedResults.Ok(await queries.ListAsync(status: status, overdueOnly: overdue, ct: ct));
            })
            .WithSummary("For a partner: the inbox of referrals sent to their organisation, with only the shared fields. For staff: the referrals of the cases in their scope (status=, overdue=true).")
            .RequireAuthorization();
        referrals.MapGet("/{id:guid}", async (Guid id, CurrentUser user, ReferralQueries queries, CancellationToken ct) =>
            {
                object? view = user.IsInRole(Roles.PartnerCaseWorker) ? await queries.PartnerViewAsync(id, ct) : await queries.ViewAsync(id, ct);
                return view is null ? (IResult)DomainProblems.NotFound("referral") : TypedResults.Ok(view);
            })
            .WithSummary("One referral; a partner sees what was asked and the shared fields only")
            .RequireAuthorization();
        referrals.MapGet("/{id:guid}/shared/{field}", async Task<Results<Ok<SharedValueView>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, string field, ReferralQueries queries, CancellationToken ct) =>
                UserInput.TryParse<SharedField>(field, out var f) && await queries.SharedValueAsync(id, f, ct) is { } value
                    ? TypedResults.Ok(new SharedValueView(value.Field, value.Value))
                    : DomainProblems.NotFound("shared field"))
            .WithSummary("One shared field of a referral; a field that was not shared is not found")
            .RequireAuthorization();
        referrals.MapPost("/{id:guid}/responses", async (Guid id, HttpRequest request, JsonBody json, PartnerDesk desk, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ResponseInput>(request, ct);
                return input is null ? Outcome<PartnerReferralView>.Invalid(errors).ToApi("referral") : (await desk.RespondAsync(id, input, ct)).ToApi("referral", staleWhat: "referral");
            })
            .Accepts<ResponseInput>("application/json")
            .WithSummary("The partner's step: Accepted, Declined (note: the reason), FirstContact (on), ServiceDelivered (on), Completed or NotCompleted (note: the outcome), InformationRequested (note: the question)")
            .RequireAuthorization(p => p.RequireRole(Roles.PartnerCaseWorker));
        referrals.MapPost("/{id:guid}/send", async (Guid id, ReferralDesk desk, CancellationToken ct) => (await desk.SendDraftAsync(id, ct)).ToApi("referral"))
            .WithSummary("Sends a draft referral; the consent gate is checked again now")
            .RequireAuthorization(Policies.CaseWork);
        referrals.MapPost("/{id:guid}/confirm-exception", async (Guid id, ReferralDesk desk, CancellationToken ct) => (await desk.ConfirmExceptionAsync(id, ct)).ToApi("referral"))
            .WithSummary("A supervisor confirms the exception to consent (life at risk or lack of capacity); the referral is then sent and flagged to the data protection officer")
            .RequireAuthorization(Policies.Supervision);
        MapNote(referrals, "/{id:guid}/withdraw", "The sender withdraws the referral, saying why", (desk, id, input, ct) => desk.WithdrawAsync(id, input, ct));
        MapNote(referrals, "/{id:guid}/information", "The case manager answers the partner's request for more information", (desk, id, input, ct) => desk.ProvideInformationAsync(id, input, ct));
        referrals.MapPost("/{id:guid}/feedback", async (Guid id, HttpRequest request, JsonBody json, ReferralDesk desk, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<FeedbackInput>(request, ct);
                return input is null ? Outcome<ReferralView>.Invalid(errors).ToApi("referral") : (await desk.FeedbackAsync(id, input, ct)).ToApi("referral");
            })
            .Accepts<FeedbackInput>("application/json")
            .WithSummary("Records the returnee's feedback on the service (rating 1 to 5, comment)")
            .RequireAuthorization(Policies.CaseWork);

        api.MapGet("/services/figures", async (ReferralQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.FiguresAsync(ct)))
            .WithTags("Referrals")
            .WithSummary("Referral figures per service: sent, accepted, completed, median days to first contact")
            .RequireAuthorization(Policies.Staff);
    }

    private static void MapNote(RouteGroupBuilder group, string pattern, string summary, Func<ReferralDesk, Guid, NoteInput, CancellationToken, Task<ReferralResult<ReferralView>>> run) =>
        group.MapPost(pattern, async (Guid id, HttpRequest request, JsonBody json, ReferralDesk desk, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<NoteInput>(request, ct);
                return input is null ? Outcome<ReferralView>.Invalid(errors).ToApi("referral") : (await run(desk, id, input, ct)).ToApi("referral");
            })
            .Accepts<NoteInput>("application/json")
            .WithSummary(summary)
            .RequireAuthorization(Policies.CaseWork);

    private static Task<bool> CaseVisibleAsync(Homeward.Data.HomewardDbContext db, Guid id, CancellationToken ct) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Cases, c => c.Id == id, ct);
}

public sealed record SharedValueView(SharedField Field, string? Value);
