using System.Text.Json;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Options;

namespace Homeward.Web.Features.Plans;

/// <summary>Reads a JSON body so that a value of the wrong type ("amount": "abc") is answered with 400 naming that field.</summary>
[Infrastructure.ScopedService]
public sealed class JsonBody(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> options)
{
    public async Task<(T? Value, FieldErrors Errors)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        var errors = new FieldErrors();
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options.Value.SerializerOptions, ct);
            if (value is null) errors.Add("request", "Send the fields as a JSON object.");
            return (value, errors);
        }
        catch (JsonException ex)
        {
            errors.Add(FieldOf(ex.Path), JsonValueErrors.Describe(ex));
            return (null, errors);
        }
    }

    /// <summary>"$.budgetLines[0].estimatedCost" becomes "budgetLines[0].estimatedCost".</summary>
    private static string FieldOf(string? path) => path switch
    {
        null or "" or "$" => "request",
        _ when path.StartsWith("$.") => path[2..],
        _ => path,
    };
}
