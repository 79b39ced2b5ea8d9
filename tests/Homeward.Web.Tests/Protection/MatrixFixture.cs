using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// The records the authorization matrix asks for: one case in the Dakar office (in the case manager's scope) and one
/// in Erbil (outside it), each with an agreed plan, a budget line waiting for approval and a delivery with a proof file;
/// a notification for each demo account; and an account for the administrator's endpoints to act on.
/// </summary>
public sealed record MatrixFixture(MatrixFixture.CaseRecords InScope, MatrixFixture.CaseRecords OutOfScope, IReadOnlyDictionary<string, Guid> NotificationOf, Guid UserId)
{
    /// <param name="ReferralId">A sent referral of the case: in scope to the demo partner's training centre, out of scope to another organisation.</param>
    /// <param name="CriterionId">A criterion of the feasibility grid ticked by hand, of the approach <paramref name="ApproachId"/>.</param>
    public sealed record CaseRecords(Guid CaseId, Guid PersonId, Guid BudgetLineId, Guid DeliveryId, Guid ReferralId, Guid CriterionId, Guid ApproachId);

    public CaseRecords For(bool inScope) => inScope ? InScope : OutOfScope;

    public static async Task<MatrixFixture> CreateAsync(HomewardApp app)
    {
        var inScope = await CaseAsync(app, "Dakar office");
        var outOfScope = await CaseAsync(app, "Erbil office");
        var notifications = await app.WithDb(async db =>
        {
            var users = await db.Users.Where(u => u.Email!.EndsWith("@demo.homeward")).Select(u => new { u.Id, u.Email }).ToListAsync();
            var byEmail = new Dictionary<string, Guid>();
            foreach (var u in users)
            {
                var n = new Notification { UserId = u.Id, Text = "Authorization matrix" };
                db.Notifications.Add(n);
                byEmail[u.Email!] = n.Id;
            }
            await db.SaveChangesAsync();
            return byEmail;
        });
        var admin = await app.SignedInAs("admin@demo.homeward");
        var organisationId = await app.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync());
        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = $"matrix-{Guid.NewGuid():N}@demo.homeward", displayName = "Matrix account", role = "MEOfficer", organisationId, password = "A-long-password-2026",
        });
        created.EnsureSuccessStatusCode();
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new MatrixFixture(inScope, outOfScope, notifications, userId);
    }

    private static async Task<CaseRecords> CaseAsync(HomewardApp app, string office)
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Implementation, office, assessments: 1);
        return await app.WithDb(async db =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var line = new BudgetLine { Description = "Sewing machine", Dimension = Dimension.Economic, EstimatedCost = 900m, Approval = BudgetApproval.Pending };
            db.Plans.Add(new ReintegrationPlan { CaseId = created.CaseId, Status = PlanStatus.Agreed, AgreedOn = today, AgreementMethod = "Signed", CreatedBy = "Test", BudgetLines = [line] });
            var delivery = new AssistanceDelivery
            {
                CaseId = created.CaseId, BudgetLineKey = line.LineKey, DeliveredOn = today, Amount = 10m, Method = DeliveryMethod.CashInHand, DeliveredBy = "Test",
                Proof = [0x25, 0x50, 0x44, 0x46], ProofFileName = "receipt.pdf", ProofContentType = "application/pdf",
            };
            db.AssistanceDeliveries.Add(delivery);
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId);
            c.PlanAgreedOn = today;
            var service = await db.Services.FirstAsync(s => s.Name == (office == "Dakar office" ? "Tailoring and sewing course" : "Civil documentation and legal aid"));
            var referral = new Domain.Referrals.Referral
            {
                CaseId = c.Id, ServiceId = service.Id, OrganisationId = service.OrganisationId, Need = "Training", Reason = "Matrix", Requested = "Matrix",
                SharedFieldNames = "Name,Contact,Need", CreatedBy = "Test", Status = Domain.Referrals.ReferralStatus.Sent, SentAt = DateTime.UtcNow, RespondBy = today.AddDays(5),
                SharedValues = [new Domain.Referrals.ReferralSharedValue { Field = Domain.Referrals.SharedField.Name, Value = "Matrix" }],
            };
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            var criterion = await db.FeasibilityCriteria.Where(x => x.Rule == Domain.Feasibility.CriterionRule.Manual).FirstAsync();
            return new CaseRecords(created.CaseId, created.PersonId, line.Id, delivery.Id, referral.Id, criterion.Id, criterion.ApproachId);
        });
    }
}
