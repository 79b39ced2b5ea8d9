using Homeward.Domain.Structural;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class PolicyWorkConfiguration : IEntityTypeConfiguration<PolicyWork>
{
    public void Configure(EntityTypeBuilder<PolicyWork> b)
    {
        b.ToTable("policy_work");
        b.Property(p => p.Framework).HasMaxLength(300);
        b.Property(p => p.Lead).HasMaxLength(200);
        b.Property(p => p.Notes).HasMaxLength(4000);
    }
}
