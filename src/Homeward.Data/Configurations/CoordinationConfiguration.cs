using Homeward.Domain.Structural;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CoordinationMechanismConfiguration : IEntityTypeConfiguration<CoordinationMechanism>
{
    public void Configure(EntityTypeBuilder<CoordinationMechanism> b)
    {
        b.ToTable("coordination_mechanisms");
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Lead).HasMaxLength(200);
        b.Property(m => m.Members).HasMaxLength(2000);
        b.Property(m => m.StandardProcedures).HasMaxLength(4000);
        b.Property(m => m.ReferralPathways).HasMaxLength(4000);
    }
}

public sealed class CoordinationMeetingConfiguration : IEntityTypeConfiguration<CoordinationMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinationMeeting> b)
    {
        b.ToTable("coordination_meetings");
        b.Property(m => m.Attendees).HasMaxLength(2000);
        b.Property(m => m.Decisions).HasMaxLength(4000);
        b.HasIndex(m => m.MechanismId);
        b.HasOne<CoordinationMechanism>().WithMany().HasForeignKey(m => m.MechanismId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CoordinationActionConfiguration : IEntityTypeConfiguration<CoordinationAction>
{
    public void Configure(EntityTypeBuilder<CoordinationAction> b)
    {
        b.ToTable("coordination_actions");
        b.Property(a => a.Description).HasMaxLength(1000);
        b.Property(a => a.Responsible).HasMaxLength(200);
        b.HasIndex(a => a.MeetingId);
        b.HasOne<CoordinationMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
