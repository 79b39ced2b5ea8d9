using Homeward.Domain.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ParticipatoryStepConfiguration : IEntityTypeConfiguration<ParticipatoryStep>
{
    public void Configure(EntityTypeBuilder<ParticipatoryStep> b)
    {
        b.ToTable("project_steps");
        b.Property(s => s.WhoTookPart).HasMaxLength(1000);
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.HasIndex(s => s.ProjectId);
        b.HasOne<CommunityProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
