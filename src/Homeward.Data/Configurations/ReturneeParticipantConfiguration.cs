using Homeward.Domain.Communities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ReturneeParticipantConfiguration : IEntityTypeConfiguration<ReturneeParticipant>
{
    public void Configure(EntityTypeBuilder<ReturneeParticipant> b)
    {
        b.ToTable("project_returnees");
        b.Property(p => p.Role).HasMaxLength(200);
        b.HasIndex(p => new { p.ProjectId, p.CaseId }).IsUnique();
        b.HasIndex(p => p.CaseId);
        b.HasOne<CommunityProject>().WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
