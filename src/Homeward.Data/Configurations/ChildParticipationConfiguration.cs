using Homeward.Domain.Children;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ChildParticipationConfiguration : IEntityTypeConfiguration<ChildParticipation>
{
    public void Configure(EntityTypeBuilder<ChildParticipation> b)
    {
        b.ToTable("child_participations");
        // The child's views are encrypted (Protection/ProtectedColumns): their stored length is the ciphertext's.
        b.Property(p => p.Language).HasMaxLength(100);
        b.Property(p => p.AdultPresent).HasMaxLength(200);
        b.Property(p => p.NotHeardReason).HasMaxLength(1000);
        b.Property(p => p.RecordedBy).HasMaxLength(200);
        b.HasIndex(p => new { p.CaseId, p.PersonId });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
