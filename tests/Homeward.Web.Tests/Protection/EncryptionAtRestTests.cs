using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Protection;
using Homeward.Domain.People;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// Sensitive free text and documents are stored encrypted (marked, so older plain rows still read); document numbers
/// are found through a keyed hash, never stored or searched in clear.
/// </summary>
public abstract class EncryptionAtRestTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task SensitiveColumns_AreStoredEncrypted_AndReadBackInClear()
    {
        var created = await CreateAsync(app);

        foreach (var (table, column, id, clear) in new[]
                 {
                     ("persons", "Disability", created.PersonId, Disability),
                     ("persons", "DocumentNumber", created.PersonId, created.DocumentNumber),
                     ("counselling_sessions", "Notes", created.SessionId, Notes),
                     ("assessments", "Findings", created.AssessmentId, Findings),
                     ("follow_ups", "PsychosocialFindings", created.VisitId, VisitFindings),
                 })
        {
            var stored = await RawTextAsync(app, table, column, id);
            Assert.StartsWith(FieldProtection.TextMarker, stored);
            Assert.DoesNotContain(clear, stored);
        }
        var proof = await RawBytesAsync(app, "assistance_deliveries", "Proof", created.DeliveryId);
        Assert.StartsWith("hwenc1:", System.Text.Encoding.ASCII.GetString(proof!, 0, 7));
        Assert.DoesNotContain("%PDF", System.Text.Encoding.ASCII.GetString(proof!));
        // What is not sensitive is stored as it is.
        Assert.Equal("Open a shop", await RawTextAsync(app, "counselling_sessions", "GoalsAndMotivations", created.SessionId));

        var client = await app.SignedInAs("casemanager@demo.homeward");
        var details = await GetJsonAsync(client, $"/api/v1/cases/{created.CaseId}");
        Assert.Equal(Notes, details.GetProperty("counsellingSessions")[0].GetProperty("notes").GetString());
        Assert.Equal(created.DocumentNumber, details.GetProperty("household")[0].GetProperty("documentNumber").GetString());
        var file = await client.GetAsync($"/api/v1/cases/{created.CaseId}/assistance/{created.DeliveryId}/proof", Ct);
        Assert.Equal("%PDF-1.4 receipt", await file.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TracingNotesAndTheGuardiansContact_AreStoredEncrypted_AndReadBackInClear()
    {
        var created = await CreateAsync(app);
        var (tracingId, separationId, childId) = await app.WithDb(async db =>
        {
            var c = await db.Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == created.CaseId, Ct);
            var child = new Person { GivenName = "Traced", FamilyName = "Child", HouseholdId = c.HouseholdId, Relationship = HouseholdRelationship.Child, DateOfBirth = Today.AddYears(-12) };
            child.RefreshSearchKeys();
            db.Persons.Add(child);
            var separation = new Domain.Children.SeparatedChild
            {
                CaseId = c.Id, PersonId = child.Id, Status = Domain.Children.SeparationStatus.Separated, GuardianName = "Aunt Coumba",
                GuardianRelationship = "Aunt", GuardianContact = "+221 77 000 11 22", RecordedBy = "Fatou Ndiaye",
            };
            var tracing = new Domain.Children.FamilyTracing
            {
                CaseId = c.Id, PersonId = child.Id, SoughtGivenName = "Awa", SoughtFamilyName = "Child", SoughtRelationship = "Mother",
                KnownPlaces = "Behind the mosque in Thiaroye", LastContact = "A call from Tripoli in March", OpenedOn = Today, OpenedBy = "Fatou Ndiaye",
                VerificationNote = "Birth certificate seen", AssessmentNote = "The mother's home is safe",
            };
            db.AddRange(separation, tracing);
            await db.SaveChangesAsync(Ct);
            return (tracing.Id, separation.Id, child.Id);
        });

        foreach (var (table, column, id, clear) in new[]
                 {
                     ("family_tracings", "KnownPlaces", tracingId, "Thiaroye"), ("family_tracings", "LastContact", tracingId, "Tripoli"),
                     ("family_tracings", "VerificationNote", tracingId, "Birth certificate"), ("family_tracings", "AssessmentNote", tracingId, "safe"),
                     ("separated_children", "GuardianContact", separationId, "+221"),
                 })
        {
            var stored = await RawTextAsync(app, table, column, id);
            Assert.StartsWith(FieldProtection.TextMarker, stored);
            Assert.DoesNotContain(clear, stored);
        }
        var read = await app.WithDb(db => db.FamilyTracings.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == tracingId, Ct));
        Assert.Equal(("Behind the mosque in Thiaroye", "A call from Tripoli in March"), (read.KnownPlaces, read.LastContact));
        var guardian = await app.WithDb(db => db.SeparatedChildren.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.PersonId == childId, Ct));
        Assert.Equal("+221 77 000 11 22", guardian.GuardianContact);
    }

    [Fact]
    public async Task RowsWrittenBeforeEncryption_StayReadable()
    {
        var created = await CreateAsync(app);
        await app.WithDb(db => db.Database.ExecuteSqlAsync($"UPDATE counselling_sessions SET \"Notes\" = {"Written in clear before encryption"} WHERE \"Id\" = {created.SessionId}", Ct));
        await app.WithDb(db => db.Database.ExecuteSqlAsync($"UPDATE assistance_deliveries SET \"Proof\" = {"%PDF-old"u8.ToArray()} WHERE \"Id\" = {created.DeliveryId}", Ct));

        var client = await app.SignedInAs("casemanager@demo.homeward");
        var details = await GetJsonAsync(client, $"/api/v1/cases/{created.CaseId}");
        Assert.Equal("Written in clear before encryption", details.GetProperty("counsellingSessions")[0].GetProperty("notes").GetString());
        var file = await client.GetAsync($"/api/v1/cases/{created.CaseId}/assistance/{created.DeliveryId}/proof", Ct);
        Assert.Equal("%PDF-old", await file.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task DocumentNumber_IsFoundThroughItsKeyedHash_HoweverItIsTyped()
    {
        var created = await CreateAsync(app);
        var hash = await RawTextAsync(app, "persons", "DocumentNumberHash", created.PersonId);
        Assert.Matches("^[0-9A-F]{64}$", hash);
        Assert.DoesNotContain(created.DocumentNumber, hash);

        var client = await app.SignedInAs("casemanager@demo.homeward");
        var digits = created.DocumentNumber[2..];
        foreach (var typed in new[] { created.DocumentNumber, created.DocumentNumber.ToLowerInvariant(), $"sn {digits[..3]}-{digits[3..]}" })
        {
            var items = (await GetJsonAsync(client, $"/api/v1/cases?q={Uri.EscapeDataString(typed)}")).GetProperty("items").EnumerateArray().ToList();
            Assert.Contains(items, i => i.GetProperty("id").GetGuid() == created.CaseId);
        }
        var other = (await GetJsonAsync(client, $"/api/v1/cases?q=SN{digits}9")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(other, i => i.GetProperty("id").GetGuid() == created.CaseId);
    }

    [Fact]
    public async Task ChangingTheDocumentNumber_MovesTheHash_AndRemovingItClearsIt()
    {
        var created = await CreateAsync(app);
        var first = await RawTextAsync(app, "persons", "DocumentNumberHash", created.PersonId);
        await app.WithDb(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == created.PersonId, Ct);
            person.DocumentNumber = "IQ7654321";
            return await db.SaveChangesAsync(Ct);
        });
        var second = await RawTextAsync(app, "persons", "DocumentNumberHash", created.PersonId);
        Assert.NotEqual(first, second);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        Assert.DoesNotContain((await GetJsonAsync(client, $"/api/v1/cases?q={created.DocumentNumber}")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == created.CaseId);

        await app.WithDb(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == created.PersonId, Ct);
            person.DocumentNumber = null;
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Null(await RawTextAsync(app, "persons", "DocumentNumberHash", created.PersonId));
    }

    [Fact]
    public async Task Registration_EncryptsTheDocumentAndDisability_AndTheAuditLogKeepsNeither()
    {
        var community = await Registration.RegistrationRequests.CommunityAsync(app);
        var family = Registration.RegistrationRequests.UniqueName();
        var body = Registration.RegistrationRequests.Valid("Awa", family, $"enc-{Guid.NewGuid():N}", community);
        body["principal"]!["disability"] = "Uses a wheelchair";
        body["principal"]!["documentNumber"] = "SN5550001";
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync("/api/v1/cases", body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var personId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("principalPersonId").GetGuid();

        Assert.StartsWith(FieldProtection.TextMarker, await RawTextAsync(app, "persons", "Disability", personId));
        Assert.StartsWith(FieldProtection.TextMarker, await RawTextAsync(app, "persons", "DocumentNumber", personId));
        var person = await app.WithDb(db => db.Persons.AsNoTracking().SingleAsync(p => p.Id == personId, Ct));
        Assert.Equal(("Uses a wheelchair", "SN5550001"), (person.Disability, person.DocumentNumber));
        var lines = await app.WithDb(db => db.AuditEntries.Where(e => e.EntityType == "Person" && e.EntityId == personId.ToString()).Select(e => e.Details).ToListAsync(Ct));
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(l is null || !l.Contains("wheelchair") && !l.Contains("SN5550001")));
    }
}

public sealed class EncryptionAtRestTests_Sqlite(SqliteApp app) : EncryptionAtRestTests<SqliteApp>(app);
public sealed class EncryptionAtRestTests_Postgres(PostgresApp app) : EncryptionAtRestTests<PostgresApp>(app);
