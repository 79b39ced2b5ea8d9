using Homeward.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ProgrammeSettingsConfiguration : IEntityTypeConfiguration<ProgrammeSettings>
{
    public void Configure(EntityTypeBuilder<ProgrammeSettings> b)
    {
        b.ToTable("programme_settings");
        b.Ignore(s => s.FollowUpMonthList);
        b.Ignore(s => s.TwoFactorRoleList);
        b.Property(s => s.TwoFactorRoles).HasMaxLength(300).HasDefaultValue("").HasSentinel(null);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ProgrammeName).HasMaxLength(200);
        b.Property(s => s.Currency).HasMaxLength(3);
        b.Property(s => s.FollowUpMonths).HasMaxLength(100);
        // Database defaults fill rows written before these settings existed; new rows always send their value.
        b.Property(s => s.RetentionMonthsAfterClosure).HasDefaultValue(60).HasSentinel(-1);
        b.Property(s => s.BreakGlassMinutes).HasDefaultValue(120).HasSentinel(-1);
        b.Property(s => s.HighReturnThreshold).HasDefaultValue(10).HasSentinel(-1);
        b.Property(s => s.RecentReturnMonths).HasDefaultValue(6).HasSentinel(-1);
    }
}
