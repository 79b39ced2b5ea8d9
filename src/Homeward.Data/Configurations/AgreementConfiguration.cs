using Homeward.Domain.Structural;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.ToTable("stakeholder_agreements");
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.DataAccess).HasMaxLength(2000);
        b.HasIndex(a => a.StakeholderId);
        b.HasOne<Stakeholder>().WithMany().HasForeignKey(a => a.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}
