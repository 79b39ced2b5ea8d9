using Homeward.Domain.Structural;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CapacityActivityConfiguration : IEntityTypeConfiguration<CapacityActivity>
{
    public void Configure(EntityTypeBuilder<CapacityActivity> b)
    {
        b.ToTable("capacity_activities");
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.ParticipantDetails).HasMaxLength(2000);
        b.Property(a => a.FollowUpFindings).HasMaxLength(4000);
        b.PrimitiveCollection(a => a.StakeholderIds);
        b.HasIndex(a => a.HeldOn);
    }
}
