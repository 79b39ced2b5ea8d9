using Homeward.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> b)
    {
        b.ToTable("case_assignments");
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.Property(a => a.By).HasMaxLength(200);
        b.HasIndex(a => a.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CounsellingSessionConfiguration : IEntityTypeConfiguration<CounsellingSession>
{
    public void Configure(EntityTypeBuilder<CounsellingSession> b)
    {
        b.ToTable("counselling_sessions");
        b.Property(s => s.Attendees).HasMaxLength(500);
        b.Property(s => s.Interpreter).HasMaxLength(200);
        b.Property(s => s.GoalsAndMotivations).HasMaxLength(4000);
        b.Property(s => s.RecordedBy).HasMaxLength(200);
        b.HasIndex(s => s.CaseId);
        b.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
