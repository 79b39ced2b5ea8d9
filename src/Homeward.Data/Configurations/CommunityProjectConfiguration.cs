using Homeward.Domain.Communities;
using Homeward.Domain.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CommunityProjectConfiguration : IEntityTypeConfiguration<CommunityProject>
{
    public void Configure(EntityTypeBuilder<CommunityProject> b)
    {
        b.ToTable("community_projects");
        b.Property(p => p.Title).HasMaxLength(200);
        b.Property(p => p.Sector).HasMaxLength(120);
        b.Property(p => p.Objectives).HasMaxLength(4000);
        b.Property(p => p.Partners).HasMaxLength(1000);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.LocationId);
        b.HasOne<Location>().WithMany().HasForeignKey(p => p.LocationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CommunityProfile>().WithMany().HasForeignKey(p => p.ProfileId).OnDelete(DeleteBehavior.SetNull);
    }
}
