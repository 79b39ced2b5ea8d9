using Homeward.Domain.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("consents");
        b.Ignore(c => c.IsActive);
        b.Property(c => c.Method).HasMaxLength(60);
        b.Property(c => c.ObtainedBy).HasMaxLength(200);
        b.HasIndex(c => new { c.PersonId, c.Purpose });
        b.HasOne<Domain.People.Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
