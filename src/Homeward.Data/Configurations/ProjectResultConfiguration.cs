using Homeward.Domain.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ProjectResultConfiguration : IEntityTypeConfiguration<ProjectResult>
{
    public void Configure(EntityTypeBuilder<ProjectResult> b)
    {
        b.ToTable("project_results");
        b.Ignore(r => r.Progress);
        b.Property(r => r.Description).HasMaxLength(500);
        b.Property(r => r.Unit).HasMaxLength(60);
        b.HasIndex(r => r.ProjectId);
        b.HasOne<CommunityProject>().WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
