using Homeward.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ReintegrationPlanConfiguration : IEntityTypeConfiguration<ReintegrationPlan>
{
    public void Configure(EntityTypeBuilder<ReintegrationPlan> b)
    {
        b.ToTable("plans");
        b.Ignore(p => p.Total);
        foreach (var text in new[] { nameof(ReintegrationPlan.EconomicSummary), nameof(ReintegrationPlan.SocialSummary), nameof(ReintegrationPlan.PsychosocialSummary), nameof(ReintegrationPlan.Goals) })
            b.Property(text).HasMaxLength(4000);
        b.Property(p => p.AgreementMethod).HasMaxLength(100);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.CreatedBy).HasMaxLength(200);
        b.Property(p => p.Revision).IsConcurrencyToken();
        b.HasIndex(p => new { p.CaseId, p.VersionNumber }).IsUnique();
        // The supervision view counts the budget lines awaiting approval in the current version of each open plan. These
        // let PostgreSQL answer it from indexes alone: a line's plan gives its case and version without reading the row,
        // and only revisions (version 2 on) can make a version no longer current.
        b.HasIndex(p => new { p.Id, p.CaseId, p.VersionNumber });
        b.HasIndex(p => new { p.CaseId, p.VersionNumber }, "IX_plans_revisions").HasFilter("\"VersionNumber\" > 1");
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.BudgetLines).WithOne().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> b)
    {
        b.ToTable("plan_activities");
        b.Property(a => a.Description).HasMaxLength(1000);
        b.Property(a => a.ResponsibleParty).HasMaxLength(200);
    }
}

public sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.ToTable("budget_lines");
        b.Property(l => l.Description).HasMaxLength(500);
        b.Property(l => l.Currency).HasMaxLength(3);
        b.Property(l => l.ApprovedBy).HasMaxLength(200);
        b.HasIndex(l => l.LineKey);
        // A plan's lines, and, for the supervision view, only those awaiting a supervisor's approval (a small part of all lines).
        b.HasIndex(l => l.PlanId);
        b.HasIndex(l => l.PlanId, "IX_budget_lines_pending").HasFilter("\"Approval\" = 'Pending'");
    }
}
