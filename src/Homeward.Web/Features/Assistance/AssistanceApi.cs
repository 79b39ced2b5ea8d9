using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Assistance;

public sealed class AssistanceApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var assistance = api.MapGroup("/cases/{id:guid}/assistance").WithTags("Assistance delivered");

        assistance.MapGet("", async Task<Results<Ok<AssistanceOverview>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, AssistanceQuery query, CancellationToken ct) =>
                await query.RunAsync(id, ct) is { } overview ? TypedResults.Ok(overview) : DomainProblems.NotFound("case"))
            .WithSummary("Deliveries of the case, with planned, spent and remaining amounts per case, budget line and dimension")
            .RequireAuthorization(Policies.Staff);

        assistance.MapPost("", async (Guid id, HttpRequest request, JsonBody json, DeliveryFormReader formReader, RecordDelivery record, CancellationToken ct) =>
            {
                DeliveryInput? input;
                FieldErrors errors;
                ProofUpload? proof = null;
                if (request.HasFormContentType)
                {
                    var form = await request.ReadFormAsync(ct);
                    (input, errors) = formReader.Read(name => form[name].FirstOrDefault());
                    if (form.Files.GetFile("proof") is { Length: > 0 } file) proof = await ProofUpload.ReadAsync(file, ct);
                }
                else
                {
                    (input, errors) = await json.ReadAsync<DeliveryInput>(request, ct);
                }
                return input is null || errors.Any
                    ? Outcome<DeliveryView>.Invalid(errors).ToApi("case")
                    : (await record.RunAsync(id, input, proof, ct)).ToApi("case", staleWhat: "case");
            })
            .Accepts<DeliveryInput>("application/json", "multipart/form-data")
            .WithSummary("Records assistance delivered against a budget line of the agreed plan; as multipart form data it may carry a proof file (PDF, JPEG or PNG, up to 5 MB)")
            .RequireAuthorization(Policies.CaseWork);

        assistance.MapGet("/{deliveryId:guid}/proof", async Task<Results<FileContentHttpResult, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, Guid deliveryId, AssistanceQuery query, HttpResponse response, CancellationToken ct) =>
            {
                if (await query.ProofAsync(id, deliveryId, ct) is not { } proof) return DomainProblems.NotFound("proof");
                response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(proof.Content, proof.ContentType, proof.FileName);
            })
            .WithSummary("The receipt or delivery note of a delivery")
            .RequireAuthorization(Policies.Staff);
    }
}
