using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Protection;
using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.FollowUps;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Protection;

/// <summary>Cases with sensitive content for the data protection tests, and raw reads of what the database stores.</summary>
public static class ProtectionData
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public const string Notes = "Spoke about detention and violence in transit";
    public const string Findings = "Chronic illness; full screening to follow";
    public const string Disability = "Partial hearing loss";
    public const string VisitFindings = "Sleeps badly since the return";

    public sealed record SensitiveCase(Guid CaseId, Guid PersonId, string DocumentNumber, Guid SessionId, Guid AssessmentId, Guid VisitId, Guid DeliveryId);

    /// <summary>A case in Monitoring with a counselling note, findings, a disability, a document, a visit's findings and a proof file.</summary>
    public static async Task<SensitiveCase> CreateAsync(HomewardApp app, string office = "Dakar office", bool consentToStatistics = false)
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Monitoring, office, assessments: 0);
        var document = $"SN{Random.Shared.Next(1_000_000, 9_999_999)}";
        return await app.WithDb(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == created.PersonId, Ct);
            person.Disability = Disability;
            person.DocumentType = "Passport";
            person.DocumentNumber = document;
            person.Phone = "+221 77 123 45 67";
            person.OtherNames = "Alias Sensitive";
            var session = new CounsellingSession { CaseId = created.CaseId, HeldOn = Today, Attendees = "Returnee", Notes = Notes, GoalsAndMotivations = "Open a shop", RecordedBy = "Test" };
            var assessment = new AssessmentRecord { CaseId = created.CaseId, PersonId = created.PersonId, Kind = AssessmentKind.RapidVulnerabilityScreening, ConductedOn = Today, ConductedBy = "Test", Findings = Findings };
            var visit = new FollowUpVisit { CaseId = created.CaseId, MonthsAfterReturn = 1, DueOn = Today, DoneOn = Today, Mode = FollowUpMode.InPerson, PsychosocialFindings = VisitFindings, NextSteps = "Refer to counselling", RecordedBy = "Test" };
            var delivery = new AssistanceDelivery
            {
                CaseId = created.CaseId, BudgetLineKey = Guid.NewGuid(), DeliveredOn = Today, Amount = 25m, Method = DeliveryMethod.CashInHand, DeliveredBy = "Test",
                Proof = "%PDF-1.4 receipt"u8.ToArray(), ProofFileName = "receipt.pdf", ProofContentType = "application/pdf",
            };
            db.AddRange(session, assessment, visit, delivery);
            if (consentToStatistics)
                db.Consents.Add(new ConsentRecord { PersonId = created.PersonId, Purpose = ConsentPurpose.AnonymisedStatistics, GivenOn = Today, Method = "Written", ObtainedBy = "Test" });
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId, Ct);
            c.AssessmentCount = 1;
            await db.SaveChangesAsync(Ct);
            return new SensitiveCase(created.CaseId, created.PersonId, document, session.Id, assessment.Id, visit.Id, delivery.Id);
        });
    }

    /// <summary>A text column exactly as stored, bypassing the application's decryption.</summary>
    public static Task<string?> RawTextAsync(HomewardApp app, string table, string column, Guid id) =>
        app.WithDb(db => db.Database.SqlQueryRaw<string?>(Select(table, column), id).SingleAsync(Ct));

    public static Task<byte[]?> RawBytesAsync(HomewardApp app, string table, string column, Guid id) =>
        app.WithDb(db => db.Database.SqlQueryRaw<byte[]?>(Select(table, column), id).SingleAsync(Ct));

    /// <summary>Table and column are the tests' own constants, never input.</summary>
    private static string Select(string table, string column) => "SELECT \"" + column + "\" AS \"Value\" FROM " + table + " WHERE \"Id\" = {0}";

    /// <summary>The keyed pseudonym the de-identified exports give a case ("C") or a person ("P").</summary>
    public static Task<string> PseudonymAsync(HomewardApp app, string kind, Guid id) =>
        app.WithDb(db => app.Services.GetRequiredService<FieldProtection>().PseudonymAsync(db, kind, id, Ct));

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
