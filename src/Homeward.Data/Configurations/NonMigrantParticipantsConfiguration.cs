using Homeward.Domain.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class NonMigrantParticipantsConfiguration : IEntityTypeConfiguration<NonMigrantParticipants>
{
    public void Configure(EntityTypeBuilder<NonMigrantParticipants> b)
    {
        b.ToTable("project_non_migrants");
        // One count per sex and age group: recording again replaces it.
        b.HasIndex(p => new { p.ProjectId, p.Sex, p.AgeGroup }).IsUnique();
        b.HasOne<CommunityProject>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
