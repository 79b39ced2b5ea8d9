using Homeward.Domain.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> b)
    {
        b.ToTable("correction_requests");
        b.Property(r => r.RequestedBy).HasMaxLength(CorrectionRequest.MaxName);
        b.Property(r => r.RecordedByName).HasMaxLength(CorrectionRequest.MaxName);
        b.Property(r => r.DecidedByName).HasMaxLength(CorrectionRequest.MaxName);
        b.HasIndex(r => new { r.PersonId, r.RecordedAt });
        b.HasIndex(r => r.Status);
        b.HasOne<Domain.People.Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
