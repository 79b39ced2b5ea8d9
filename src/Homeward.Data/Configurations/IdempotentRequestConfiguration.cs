using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> b)
    {
        b.ToTable("idempotent_requests");
        b.HasKey(r => new { r.UserId, r.Key });
        b.Property(r => r.Key).HasMaxLength(100);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.ContentType).HasMaxLength(100);
        b.HasIndex(r => r.CreatedAt);
    }
}
