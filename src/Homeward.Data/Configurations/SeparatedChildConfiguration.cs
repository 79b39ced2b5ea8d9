using Homeward.Domain.Children;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class SeparatedChildConfiguration : IEntityTypeConfiguration<SeparatedChild>
{
    public void Configure(EntityTypeBuilder<SeparatedChild> b)
    {
        b.ToTable("separated_children");
        // The guardian's contact is encrypted (ProtectedColumns): unbounded here, limited on input.
        foreach (var name in new[] { nameof(SeparatedChild.GuardianName), nameof(SeparatedChild.GuardianRelationship), nameof(SeparatedChild.RecordedBy) })
            b.Property(name).HasMaxLength(200);
        // One registration per child and case, updated in place.
        b.HasIndex(r => new { r.CaseId, r.PersonId }).IsUnique();
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
