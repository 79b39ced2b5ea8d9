using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain.Locations;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Registration;

/// <summary>
/// Registration requests for tests, each with its own family name and marker so that a test counts exactly the
/// persons and cases it could have created, whatever other tests do at the same time.
/// </summary>
public static class RegistrationRequests
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A made-up name of letters only, whose phonetic key no demo person shares.</summary>
    public static string UniqueName()
    {
        const string consonants = "bdfgklmnprstvz", vowels = "aeiou";
        var letters = new char[16];
        for (var i = 0; i < letters.Length; i++)
            letters[i] = i % 2 == 0 ? consonants[Random.Shared.Next(consonants.Length)] : vowels[Random.Shared.Next(vowels.Length)];
        letters[0] = char.ToUpperInvariant(letters[0]);
        return new string(letters);
    }

    public static Task<Guid> CommunityAsync(HomewardApp app) =>
        app.WithDb(db => db.Locations.Where(l => l.Level == LocationLevel.Community).OrderBy(l => l.Code).Select(l => l.Id).FirstAsync(Ct));

    /// <summary>A valid registration of one returnee with consent to case management; the marker is the migration history.</summary>
    public static JsonObject Valid(string givenName, string familyName, string marker, Guid returnLocationId, string dateOfBirth = "1990-04-02") => new()
    {
        ["principal"] = new JsonObject
        {
            ["givenName"] = givenName, ["familyName"] = familyName, ["sex"] = "Female", ["dateOfBirth"] = dateOfBirth,
            ["otherNames"] = marker, ["phone"] = "+221 77 000 00 00", ["documentType"] = "Passport", ["documentNumber"] = "SN0000001", ["languages"] = "Wolof; French",
        },
        ["householdMembers"] = new JsonArray(),
        ["hostCountry"] = "Libya",
        ["returnDate"] = Today.AddDays(-10).ToString("yyyy-MM-dd"),
        ["returnType"] = "VoluntaryAssisted",
        ["returnLocationId"] = returnLocationId,
        ["migrationHistory"] = marker,
        ["consents"] = new JsonArray { new JsonObject { ["purpose"] = "CaseManagement", ["method"] = "Written", ["interpreterUsed"] = true } },
    };

    public static JsonObject Member(string givenName, string familyName, string relationship, string dateOfBirth) => new()
    {
        ["givenName"] = givenName, ["familyName"] = familyName, ["relationship"] = relationship, ["dateOfBirth"] = dateOfBirth,
    };

    /// <summary>What a test could have saved: persons with its family name or marker, cases with its marker, their consents and timeline entries.</summary>
    public sealed record Footprint(int Persons, int Cases, int Consents, int Events);

    public static Task<Footprint> FootprintAsync(HomewardApp app, string familyName, string marker) => app.WithDb(async db =>
    {
        var persons = await db.Persons.Where(p => p.FamilyName == familyName || p.OtherNames == marker).Select(p => p.Id).ToListAsync(Ct);
        var cases = await db.Cases.Where(c => c.MigrationHistory == marker).Select(c => c.Id).ToListAsync(Ct);
        return new Footprint(persons.Count, cases.Count,
            await db.Consents.CountAsync(c => persons.Contains(c.PersonId), Ct),
            await db.CaseEvents.CountAsync(e => cases.Contains(e.CaseId), Ct));
    });

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts a 400 that names the field, and returns its messages.</summary>
    public static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return string.Join(" ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, JsonNode body) =>
        client.PostAsJsonAsync(url, body, Ct);
}
