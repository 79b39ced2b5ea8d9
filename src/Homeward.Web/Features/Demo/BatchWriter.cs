using Homeward.Data;

namespace Homeward.Web.Features.Demo;

/// <summary>Writes a synthetic batch in dependency order with change tracking kept cheap.</summary>
public static class BatchWriter
{
    public static async Task WriteAsync(HomewardDbContext db, SyntheticCaseload.Batch batch)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Synthetic records are not people's data: they are not written to the audit log.
        db.AuditEnabled = false;
        try
        {
            db.Households.AddRange(batch.Households);
            await db.SaveChangesAsync();
            db.Persons.AddRange(batch.Persons);
            await db.SaveChangesAsync();
            db.Cases.AddRange(batch.Cases);
            await db.SaveChangesAsync();
            db.Consents.AddRange(batch.Consents);
            db.Assessments.AddRange(batch.Assessments);
            db.CaseEvents.AddRange(batch.Events);
            db.Plans.AddRange(batch.Plans);
            db.AssistanceDeliveries.AddRange(batch.Deliveries);
            db.FollowUps.AddRange(batch.FollowUps);
            await db.SaveChangesAsync();
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.AuditEnabled = true;
        }
    }
}
