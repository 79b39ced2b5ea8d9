using Homeward.Domain.Children;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ChildFollowUpFindingConfiguration : IEntityTypeConfiguration<ChildFollowUpFinding>
{
    public void Configure(EntityTypeBuilder<ChildFollowUpFinding> b)
    {
        b.ToTable("child_follow_up_findings");
        // The findings are encrypted (Protection/ProtectedColumns).
        b.Property(f => f.RecordedBy).HasMaxLength(200);
        b.HasIndex(f => new { f.CaseId, f.PersonId });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
