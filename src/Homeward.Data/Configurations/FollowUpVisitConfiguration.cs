using Homeward.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class FollowUpVisitConfiguration : IEntityTypeConfiguration<FollowUpVisit>
{
    public void Configure(EntityTypeBuilder<FollowUpVisit> b)
    {
        b.ToTable("follow_ups");
        // The findings are encrypted (Protection/ProtectedColumns): their stored length is the ciphertext's.
        foreach (var text in new[] { nameof(FollowUpVisit.PlanAdjustments), nameof(FollowUpVisit.NextSteps) })
            b.Property(text).HasMaxLength(4000);
        b.Property(v => v.RecordedBy).HasMaxLength(200);
        b.HasIndex(v => new { v.CaseId, v.DueOn });
        // The overdue job scans open visits by due date.
        b.HasIndex(v => new { v.DoneOn, v.DueOn });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
