using Homeward.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.Property(c => c.Reference).HasMaxLength(32);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.HostCountry).HasMaxLength(64);
        b.Property(c => c.MigrationHistory).HasMaxLength(4000);
        b.Property(c => c.ClosureNote).HasMaxLength(2000);
        b.Property(c => c.PendingClosureNote).HasMaxLength(2000);
        b.Property(c => c.Version).IsConcurrencyToken();
        // Caseload lists page by (office, opened, id) and by (case manager, opened, id).
        b.HasIndex(c => new { c.OfficeId, c.Stage, c.OpenedAt, c.Id });
        b.HasIndex(c => new { c.CaseManagerId, c.OpenedAt, c.Id });
        b.HasIndex(c => c.PrincipalPersonId);
        b.HasOne<Domain.People.Person>().WithMany().HasForeignKey(c => c.PrincipalPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Organisations.Office>().WithMany().HasForeignKey(c => c.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Locations.Location>().WithMany().HasForeignKey(c => c.ReturnLocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
