using Homeward.Domain.Communities;
using Homeward.Domain.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CommunityPlaceConfiguration : IEntityTypeConfiguration<CommunityPlace>
{
    public void Configure(EntityTypeBuilder<CommunityPlace> b)
    {
        b.ToTable("community_places");
        b.HasKey(p => new { p.ProfileId, p.LocationId });
        // A place belongs to at most one community profile.
        b.HasIndex(p => p.LocationId).IsUnique();
        b.HasOne<Location>().WithMany().HasForeignKey(p => p.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
