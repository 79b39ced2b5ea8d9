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
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.ProgrammeName).HasMaxLength(200);
        b.Property(s => s.Currency).HasMaxLength(3);
        b.Property(s => s.FollowUpMonths).HasMaxLength(100);
    }
}
