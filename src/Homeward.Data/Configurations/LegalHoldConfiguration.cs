using Homeward.Domain.Cases;
using Homeward.Domain.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> b)
    {
        b.ToTable("legal_holds");
        b.Ignore(h => h.IsActive);
        b.Property(h => h.Reason).HasMaxLength(LegalHold.MaxReason);
        b.Property(h => h.PlacedByName).HasMaxLength(200);
        b.Property(h => h.LiftedByName).HasMaxLength(200);
        b.HasIndex(h => new { h.PersonId, h.LiftedAt });
        b.HasIndex(h => new { h.CaseId, h.LiftedAt });
        b.HasOne<Domain.People.Person>().WithMany().HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
