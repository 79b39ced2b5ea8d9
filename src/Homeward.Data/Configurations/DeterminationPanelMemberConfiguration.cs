using Homeward.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class DeterminationPanelMemberConfiguration : IEntityTypeConfiguration<DeterminationPanelMember>
{
    public void Configure(EntityTypeBuilder<DeterminationPanelMember> b)
    {
        b.ToTable("determination_panel_members");
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Function).HasMaxLength(200);
    }
}
