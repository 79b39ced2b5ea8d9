using Homeward.Domain.Structural;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> b)
    {
        b.ToTable("stakeholders");
        b.Ignore(s => s.Priority);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Sector).HasMaxLength(120);
        b.Property(s => s.Capacity).HasMaxLength(2000);
        b.Property(s => s.Needs).HasMaxLength(2000);
        b.Property(s => s.Contact).HasMaxLength(500);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => s.Name);
    }
}
