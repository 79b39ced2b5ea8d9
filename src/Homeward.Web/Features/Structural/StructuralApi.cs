using Homeward.Web.Features.Communities;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Structural;

/// <summary>The structural level's registers: stakeholders and agreements, capacity strengthening, coordination, policy work.</summary>
public sealed class StructuralApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var stakeholders = api.MapGroup("/stakeholders").WithTags("Stakeholders");
        stakeholders.MapGet("", async (StakeholderRegister register, CancellationToken ct) => TypedResults.Ok(await register.ListAsync(ct)))
            .WithSummary("The stakeholder register, those to manage closely first; the engagement priority follows from influence and interest")
            .RequireAuthorization(Policies.Staff);
        stakeholders.MapGet("/{id:guid}", async Task<Results<Ok<StakeholderView>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, StakeholderRegister register, CancellationToken ct) =>
                await register.FindAsync(id, ct) is { } view ? TypedResults.Ok(view) : DomainProblems.NotFound("stakeholder"))
            .WithSummary("One stakeholder with its agreements")
            .RequireAuthorization(Policies.Staff);
        stakeholders.MapPost("", async (HttpRequest request, JsonBody json, StakeholderRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<StakeholderInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.CreateAsync(input, ct);
                return await outcome.ToApiAsync(saved => register.FindAsync(saved, ct), "stakeholder", "stakeholder");
            })
            .Accepts<StakeholderInput>("application/json")
            .WithSummary("Adds a stakeholder: type, level, sector, capacity, needs, willingness, influence and interest")
            .RequireCommunityWork();
        stakeholders.MapPut("/{id:guid}", async (Guid id, HttpRequest request, JsonBody json, StakeholderRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<StakeholderInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.UpdateAsync(id, input, ct);
                return await outcome.ToApiAsync(saved => register.FindAsync(saved, ct), "stakeholder", "stakeholder");
            })
            .Accepts<StakeholderInput>("application/json")
            .WithSummary("Edits a stakeholder; a stale version is refused with 409")
            .RequireCommunityWork();
        stakeholders.MapPost("/{id:guid}/agreements", async (Guid id, HttpRequest request, JsonBody json, StakeholderRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<AgreementInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.AddAgreementAsync(id, input, ct);
                return await outcome.ToApiAsync(_ => register.FindAsync(id, ct), "stakeholder", "stakeholder");
            })
            .Accepts<AgreementInput>("application/json")
            .WithSummary("Records an agreement with the stakeholder (memorandum of understanding, long-term or data-sharing agreement) and the data it gives access to")
            .RequireCommunityWork();

        var capacity = api.MapGroup("/capacity-activities").WithTags("Capacity strengthening");
        capacity.MapGet("", async (CapacityRegister register, CancellationToken ct) => TypedResults.Ok(await register.ListAsync(ct)))
            .WithSummary("Trainings, technical support and equipment for partners, with their follow-up")
            .RequireAuthorization(Policies.Staff);
        capacity.MapPost("", async (HttpRequest request, JsonBody json, CapacityRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<CapacityInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.CreateAsync(input, ct);
                return await outcome.ToApiAsync(async saved => (await register.ListAsync(ct)).FirstOrDefault(a => a.Id == saved), "capacity activity", "capacity activity");
            })
            .Accepts<CapacityInput>("application/json")
            .WithSummary("Records a capacity strengthening activity with the institutions (from the stakeholder register) and participants")
            .RequireCommunityWork();
        capacity.MapPut("/{id:guid}/follow-up", async (Guid id, HttpRequest request, JsonBody json, CapacityRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<CapacityFollowUpInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.RecordFollowUpAsync(id, input, ct);
                return await outcome.ToApiAsync(async saved => (await register.ListAsync(ct)).FirstOrDefault(a => a.Id == saved), "capacity activity", "capacity activity");
            })
            .Accepts<CapacityFollowUpInput>("application/json")
            .WithSummary("Records the follow-up of an activity and what it found")
            .RequireCommunityWork();

        var coordination = api.MapGroup("/coordination-mechanisms").WithTags("Coordination");
        coordination.MapGet("", async (CoordinationRegister register, CancellationToken ct) => TypedResults.Ok(await register.ListAsync(ct)))
            .WithSummary("Coordination mechanisms with their meetings, decisions and actions")
            .RequireAuthorization(Policies.Staff);
        coordination.MapGet("/{id:guid}", async Task<Results<Ok<MechanismView>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, CoordinationRegister register, CancellationToken ct) =>
                await register.FindAsync(id, ct) is { } view ? TypedResults.Ok(view) : DomainProblems.NotFound("coordination mechanism"))
            .WithSummary("One coordination mechanism")
            .RequireAuthorization(Policies.Staff);
        coordination.MapPost("", async (HttpRequest request, JsonBody json, CoordinationRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<MechanismInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.CreateAsync(input, ct);
                return await outcome.ToApiAsync(saved => register.FindAsync(saved, ct), "coordination mechanism", "coordination mechanism");
            })
            .Accepts<MechanismInput>("application/json")
            .WithSummary("Adds a coordination mechanism: name, lead, members, standard procedures and referral pathways")
            .RequireCommunityWork();
        coordination.MapPost("/{id:guid}/meetings", async (Guid id, HttpRequest request, JsonBody json, CoordinationRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<MeetingInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.AddMeetingAsync(id, input, ct);
                return await outcome.ToApiAsync(_ => register.FindAsync(id, ct), "coordination mechanism", "coordination mechanism");
            })
            .Accepts<MeetingInput>("application/json")
            .WithSummary("Records a meeting with its decisions and the actions agreed")
            .RequireCommunityWork();
        coordination.MapPut("/{id:guid}/actions/{actionId:guid}/status", async (Guid id, Guid actionId, HttpRequest request, JsonBody json, CoordinationRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ActionStatusInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.SetActionStatusAsync(id, actionId, input, ct);
                return await outcome.ToApiAsync(_ => register.FindAsync(id, ct), "action", "coordination mechanism");
            })
            .Accepts<ActionStatusInput>("application/json")
            .WithSummary("Moves an action on: open, in progress, done or dropped")
            .RequireCommunityWork();

        var policy = api.MapGroup("/policy-work").WithTags("Policy work");
        policy.MapGet("", async (PolicyRegister register, CancellationToken ct) => TypedResults.Ok(await register.ListAsync(ct)))
            .WithSummary("Policy frameworks reviewed, developed or mainstreamed, and their status")
            .RequireAuthorization(Policies.Staff);
        policy.MapPost("", async (HttpRequest request, JsonBody json, PolicyRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<PolicyInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.CreateAsync(input, ct);
                return await outcome.ToApiAsync(async saved => (await register.ListAsync(ct)).FirstOrDefault(p => p.Id == saved), "policy work", "policy work");
            })
            .Accepts<PolicyInput>("application/json")
            .WithSummary("Records policy work on a framework")
            .RequireCommunityWork();
        policy.MapPut("/{id:guid}/status", async (Guid id, HttpRequest request, JsonBody json, PolicyRegister register, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<PolicyStatusInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await register.SetStatusAsync(id, input, ct);
                return await outcome.ToApiAsync(async saved => (await register.ListAsync(ct)).FirstOrDefault(p => p.Id == saved), "policy work", "policy work");
            })
            .Accepts<PolicyStatusInput>("application/json")
            .WithSummary("Moves policy work to a new status")
            .RequireCommunityWork();
    }
}
