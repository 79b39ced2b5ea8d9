using Homeward.Data;
using Homeward.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Writes a synthetic batch straight to its tables in dependency order (<see cref="BulkRows"/>: binary COPY on PostgreSQL,
/// one prepared INSERT on SQLite), in the caller's transaction or one of its own. Synthetic records are not people's data:
/// they are not written to the audit log. Document numbers get their search hash and cases the day their plan is late
/// from here, as a save would give them.
/// </summary>
public static class BatchWriter
{
    public static async Task WriteAsync(HomewardDbContext db, SyntheticCaseload.Batch batch, CancellationToken ct = default)
    {
        await using var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var person in batch.Persons.Where(p => p.DocumentNumber is not null))
            person.DocumentNumberHash = await db.Protection.HashDocumentNumberAsync(db, person.DocumentNumber, ct);
        await db.ComputePlanLateFromAsync(batch.Cases, ct);
        foreach (var score in batch.Scores)
            foreach (var dimension in score.Dimensions) dimension.SubmissionScoreId = score.Id;
        foreach (var referral in batch.Referrals)
        {
            foreach (var value in referral.SharedValues) value.ReferralId = referral.Id;
            foreach (var update in referral.Updates) update.ReferralId = referral.Id;
        }

        await BulkRows.InsertAsync(db, batch.Households, ct);
        await BulkRows.InsertAsync(db, batch.Persons, ct);
        await BulkRows.InsertAsync(db, batch.Cases, ct);
        await BulkRows.InsertAsync(db, batch.Consents, ct);
        await BulkRows.InsertAsync(db, batch.Assessments, ct);
        await BulkRows.InsertAsync(db, batch.Events, ct);
        await BulkRows.InsertAsync(db, batch.Plans, ct);
        await BulkRows.InsertAsync(db, batch.Plans.SelectMany(p => p.Activities).ToList(), ct);
        await BulkRows.InsertAsync(db, batch.Plans.SelectMany(p => p.BudgetLines).ToList(), ct);
        await BulkRows.InsertAsync(db, batch.Deliveries, ct);
        await BulkRows.InsertAsync(db, batch.FollowUps, ct);
        await BulkRows.InsertAsync(db, batch.Submissions, ct);
        await BulkRows.InsertAsync(db, batch.Scores, ct);
        await BulkRows.InsertAsync(db, batch.Scores.SelectMany(s => s.Dimensions).ToList(), ct);
        await BulkRows.InsertAsync(db, batch.Referrals, ct);
        await BulkRows.InsertAsync(db, batch.Referrals.SelectMany(r => r.SharedValues).ToList(), ct);
        await BulkRows.InsertAsync(db, batch.Referrals.SelectMany(r => r.Updates).ToList(), ct);
        if (own is not null) await own.CommitAsync(ct);
    }
}
