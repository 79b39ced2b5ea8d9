using Homeward.Domain.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CommunityProfileConfiguration : IEntityTypeConfiguration<CommunityProfile>
{
    public void Configure(EntityTypeBuilder<CommunityProfile> b)
    {
        b.ToTable("community_profiles");
        b.Property(p => p.Name).HasMaxLength(200);
        foreach (var text in new[]
                 {
                     nameof(CommunityProfile.Needs), nameof(CommunityProfile.Resources), nameof(CommunityProfile.ReturnImpact),
                     nameof(CommunityProfile.MigrationDrivers), nameof(CommunityProfile.ReintegrationBarriers), nameof(CommunityProfile.ResilienceSources),
                     nameof(CommunityProfile.LabourMarket), nameof(CommunityProfile.ExistingInitiatives), nameof(CommunityProfile.Tensions),
                     nameof(CommunityProfile.SessionParticipants),
                 })
            b.Property(text).HasMaxLength(4000);
        b.Property(p => p.Method).HasMaxLength(500);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.Places).WithOne().HasForeignKey(x => x.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}
