using Homeward.Domain.Children;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class FamilyTracingConfiguration : IEntityTypeConfiguration<FamilyTracing>
{
    public void Configure(EntityTypeBuilder<FamilyTracing> b)
    {
        b.ToTable("family_tracings");
        foreach (var name in new[] { nameof(FamilyTracing.SoughtGivenName), nameof(FamilyTracing.SoughtFamilyName), nameof(FamilyTracing.SoughtRelationship) })
            b.Property(name).HasMaxLength(100);
        // Places, last contact and the verification and assessment notes are encrypted (ProtectedColumns): unbounded here, limited on input.
        foreach (var name in new[] { nameof(FamilyTracing.TravelSupervision), nameof(FamilyTracing.ReceptionOnArrival) })
            b.Property(name).HasMaxLength(1000);
        b.Property(t => t.ReunificationPlace).HasMaxLength(200);
        b.Property(t => t.PresentAtReunification).HasMaxLength(500);
        b.Property(t => t.OpenedBy).HasMaxLength(200);
        b.Property(t => t.MatchedName).HasMaxLength(200);
        b.HasIndex(t => new { t.CaseId, t.PersonId });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Actions).WithOne().HasForeignKey(a => a.TracingId).OnDelete(DeleteBehavior.Cascade);
    }
}
