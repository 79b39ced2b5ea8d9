using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("user_sessions");
        b.Property(s => s.Channel).HasMaxLength(8);
        b.Property(s => s.UserAgent).HasMaxLength(256);
        b.Property(s => s.IpAddress).HasMaxLength(64);
        b.Property(s => s.StampHash).HasMaxLength(64);
        b.HasOne<HomewardUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.UserId, s.LastSeenAt });
    }
}
