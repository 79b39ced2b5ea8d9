using Homeward.Data.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class BreakGlassGrantConfiguration : IEntityTypeConfiguration<BreakGlassGrant>
{
    public void Configure(EntityTypeBuilder<BreakGlassGrant> b)
    {
        b.ToTable("break_glass_grants");
        b.Property(g => g.UserName).HasMaxLength(200);
        b.Property(g => g.Reason).HasMaxLength(1000);
        // Each request loads the signed-in user's grants still running.
        b.HasIndex(g => new { g.UserId, g.ExpiresAt });
        b.HasIndex(g => g.GrantedAt);
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(g => g.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProtectedSecretConfiguration : IEntityTypeConfiguration<ProtectedSecret>
{
    public void Configure(EntityTypeBuilder<ProtectedSecret> b)
    {
        b.ToTable("protected_secrets");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(100);
    }
}
