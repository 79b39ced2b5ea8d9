using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Referrals;

/// <summary>A fresh returnee of the Dakar office back in Thiaroye, with an agreed plan whose vocational training needs a referral.</summary>
public static class ReferralSetup
{
    public const string CaseManager = "casemanager@demo.homeward";
    public const string Supervisor = "manager@demo.homeward";
    public const string Partner = "partner@demo.homeward";
    public sealed record Setup(Guid CaseId, Guid PersonId, Guid ActivityId, Guid ServiceId, string ServiceName);

    public static async Task<Setup> CaseAsync(HomewardApp app, bool consent = true, string? disability = "Uses a hearing aid")
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Implementation, consentToReferral: consent);
        return await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId);
            c.ReturnLocationId = await db.Locations.Where(l => l.Name == "Thiaroye").Select(l => l.Id).SingleAsync();
            var person = await db.Persons.SingleAsync(p => p.Id == created.PersonId);
            person.Phone = "+221 77 123 45 67";
            person.Disability = disability;
            person.Nationality = "Senegalese";
            var activity = new PlanActivity { AssistanceType = AssistanceType.VocationalTraining, Dimension = Dimension.Economic, Description = "Tailoring course", ReferralRequired = true };
            db.Plans.Add(new ReintegrationPlan { CaseId = c.Id, Status = PlanStatus.Agreed, AgreedOn = DateOnly.FromDateTime(DateTime.UtcNow), AgreementMethod = "Signed", CreatedBy = "Test", Activities = [activity] });
            await db.SaveChangesAsync();
            // A service of the demo partner's own for this test, so places taken by other tests never fill it.
            var partner = await db.Users.Where(u => u.Email == Partner).Select(u => u.OrganisationId).SingleAsync();
            var region = await db.Locations.Where(l => l.Name == "Dakar" && l.Level == Domain.Locations.LocationLevel.Region).Select(l => l.Id).SingleAsync();
            var service = new Domain.ServiceMap.PartnerService
            {
                OrganisationId = partner, Name = $"Tailoring {Guid.NewGuid():N}", Type = Domain.ServiceMap.ServiceType.VocationalTraining, Dimension = Dimension.Economic,
                CapacityPerMonth = 10, ResponseDays = 5, Areas = [new Domain.ServiceMap.ServiceArea { LocationId = region }],
            };
            db.Services.Add(service);
            await db.SaveChangesAsync();
            return new Setup(c.Id, created.PersonId, activity.Id, service.Id, service.Name);
        });
    }

    public static object Referral(Setup s, string[]? shared = null, object? exception = null, bool send = true) => new
    {
        serviceId = s.ServiceId, planActivityId = s.ActivityId, reason = "Wants to work as a tailor", urgency = "Routine",
        requested = "A place in the next course", sharedFields = shared ?? [], send, consentException = exception,
    };

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
