using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.SubjectAccess;

/// <summary>The data protection officer's answer to a subject access request.</summary>
public sealed class SubjectAccessApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/persons/{id:guid}/subject-access", ExportAsync)
            .WithTags("Data protection")
            .WithSummary("Everything held about one person, as JSON (default) or a readable page (format=html)")
            .WithDescription("The person's record, consents, cases with assessments, counselling, plans, assistance (proof files included in JSON), "
                + "follow-ups, assignments and timeline, and who read or changed them. Sensitive fields are decrypted. The export is written to the audit log.")
            .RequireAuthorization(Policies.DataProtection);
        api.MapPost("/persons/{id:guid}/subject-access/archive", ArchiveAsync)
            .WithTags("Data protection")
            .WithSummary("The subject access export as a password-protected archive, to hand over or send")
            .WithDescription("A ZIP with subject-access.json and subject-access.html, each encrypted with AES-256 under the password given "
                + $"(at least {SubjectAccessArchive.MinimumPasswordLength} characters; tell it to the person by another channel). The password is not stored. "
                + "The export is written to the audit log.")
            .RequireAuthorization(Policies.DataProtection);
    }

    /// <param name="Password">The archive's password, at least twelve characters.</param>
    public sealed record ArchiveRequest(string? Password);

    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound<DomainProblems.ProblemDetailsLike>>> ArchiveAsync(
        Guid id, ArchiveRequest body, SubjectAccessExport export, SubjectAccessArchive archive, IStringLocalizer<SharedResource> L,
        HttpResponse response, CancellationToken ct)
    {
        // Checked before anything is read, so a refused request leaves no export in the audit log.
        if (string.IsNullOrWhiteSpace(body.Password) || body.Password.Length < SubjectAccessArchive.MinimumPasswordLength)
            return new FieldErrors().Add("password", L["The archive password must have at least {0} characters.", SubjectAccessArchive.MinimumPasswordLength].Value).ToProblem();
        if (await export.RunAsync(id, "password-protected archive", ct) is not { } package) return DomainProblems.NotFound("person");
        response.Headers.CacheControl = "no-store";
        return TypedResults.File(await archive.BuildAsync(package, body.Password), "application/zip", $"subject-access-{id:N}.zip");
    }

    private static async Task<Results<Ok<SubjectAccessPackage>, RazorComponentResult<SubjectAccessDocument>, ValidationProblem, NotFound<DomainProblems.ProblemDetailsLike>>> ExportAsync(
        Guid id, string? format, SubjectAccessExport export, IStringLocalizer<SharedResource> L, HttpResponse response, CancellationToken ct)
    {
        var html = string.Equals(format, "html", StringComparison.OrdinalIgnoreCase);
        if (!html && format is { Length: > 0 } && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return new FieldErrors().Add("format", L["Choose one of: {0}.", "json, html"].Value).ToProblem();
        if (await export.RunAsync(id, html ? "html" : "json", ct) is not { } package) return DomainProblems.NotFound("person");
        // Personal data: never kept by a browser or proxy cache.
        response.Headers.CacheControl = "no-store";
        return html
            ? new RazorComponentResult<SubjectAccessDocument>(new { Package = package })
            : TypedResults.Ok(package);
    }
}
