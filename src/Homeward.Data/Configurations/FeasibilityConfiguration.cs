using Homeward.Domain.Cases;
using Homeward.Domain.Feasibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class FeasibilityApproachConfiguration : IEntityTypeConfiguration<FeasibilityApproach>
{
    public void Configure(EntityTypeBuilder<FeasibilityApproach> b)
    {
        b.ToTable("feasibility_approaches");
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.UsefulFor).HasMaxLength(1000);
        b.HasMany(a => a.Criteria).WithOne().HasForeignKey(c => c.ApproachId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FeasibilityCriterionConfiguration : IEntityTypeConfiguration<FeasibilityCriterion>
{
    public void Configure(EntityTypeBuilder<FeasibilityCriterion> b)
    {
        b.ToTable("feasibility_criteria");
        b.Property(c => c.Text).HasMaxLength(500);
        b.Property(c => c.Skill).HasMaxLength(200);
    }
}

/// <remarks>Ticks belong to a case: they are read and written only after the case is found through the scoped <c>db.Cases</c>.</remarks>
public sealed class FeasibilityTickConfiguration : IEntityTypeConfiguration<FeasibilityTick>
{
    public void Configure(EntityTypeBuilder<FeasibilityTick> b)
    {
        b.ToTable("feasibility_ticks");
        b.Property(t => t.TickedBy).HasMaxLength(200);
        b.HasIndex(t => new { t.CaseId, t.CriterionId }).IsUnique();
        b.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FeasibilityCriterion>().WithMany().HasForeignKey(t => t.CriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}
