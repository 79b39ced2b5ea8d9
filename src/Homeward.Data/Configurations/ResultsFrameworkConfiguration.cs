using Homeward.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ResultStatementConfiguration : IEntityTypeConfiguration<ResultStatement>
{
    public void Configure(EntityTypeBuilder<ResultStatement> b)
    {
        b.ToTable("result_statements");
        b.Property(r => r.Code).HasMaxLength(32);
        b.Property(r => r.Statement).HasMaxLength(1000);
        b.HasOne<ResultStatement>().WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ParentId, r.Position });
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

public sealed class FrameworkIndicatorConfiguration : IEntityTypeConfiguration<FrameworkIndicator>
{
    public void Configure(EntityTypeBuilder<FrameworkIndicator> b)
    {
        b.ToTable("framework_indicators");
        b.Property(i => i.Code).HasMaxLength(32);
        b.Property(i => i.Name).HasMaxLength(300);
        b.Property(i => i.Definition).HasMaxLength(2000);
        b.Property(i => i.Unit).HasMaxLength(40);
        b.Property(i => i.DataSource).HasMaxLength(300);
        b.Property(i => i.CollectionMethod).HasMaxLength(300);
        b.Property(i => i.Responsible).HasMaxLength(200);
        b.Property(i => i.Disaggregations).HasMaxLength(300);
        b.Property(i => i.Parameters).HasMaxLength(300);
        b.Ignore(i => i.ParameterValues);
        b.Ignore(i => i.DisaggregationList);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne<ResultStatement>().WithMany().HasForeignKey(i => i.ResultId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.ManualValues).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> b)
    {
        b.ToTable("indicator_targets");
        b.Property(t => t.Period).HasMaxLength(7);
        b.HasIndex(t => new { t.IndicatorId, t.Period }).IsUnique();
    }
}

public sealed class IndicatorManualValueConfiguration : IEntityTypeConfiguration<IndicatorManualValue>
{
    public void Configure(EntityTypeBuilder<IndicatorManualValue> b)
    {
        b.ToTable("indicator_manual_values");
        b.Property(v => v.Period).HasMaxLength(7);
        b.Property(v => v.Evidence).HasMaxLength(2000);
        b.Property(v => v.EnteredBy).HasMaxLength(200);
        b.HasIndex(v => new { v.IndicatorId, v.Period }).IsUnique();
    }
}

public sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> b)
    {
        b.ToTable("evaluations");
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.Evaluator).HasMaxLength(300);
        b.Property(e => e.Findings).HasMaxLength(8000);
        b.Property(e => e.RecordedBy).HasMaxLength(200);
        // Flags: stored as their number, so any combination of criteria fits.
        b.Property(e => e.Criteria).HasConversion<int>();
        b.HasMany(e => e.Recommendations).WithOne().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EvaluationRecommendationConfiguration : IEntityTypeConfiguration<EvaluationRecommendation>
{
    public void Configure(EntityTypeBuilder<EvaluationRecommendation> b)
    {
        b.ToTable("evaluation_recommendations");
        b.Property(r => r.Text).HasMaxLength(2000);
        b.Property(r => r.ResponseNote).HasMaxLength(2000);
        b.Property(r => r.FollowUpAction).HasMaxLength(2000);
        b.Property(r => r.Responsible).HasMaxLength(200);
    }
}

public sealed class ValidationSampleConfiguration : IEntityTypeConfiguration<ValidationSample>
{
    public void Configure(EntityTypeBuilder<ValidationSample> b)
    {
        b.ToTable("validation_samples");
        b.Property(s => s.DrawnBy).HasMaxLength(200);
        b.HasMany(s => s.Checks).WithOne().HasForeignKey(c => c.SampleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ValidationCheckConfiguration : IEntityTypeConfiguration<ValidationCheck>
{
    public void Configure(EntityTypeBuilder<ValidationCheck> b)
    {
        b.ToTable("validation_checks");
        b.Property(c => c.Notes).HasMaxLength(2000);
        b.Property(c => c.CheckedBy).HasMaxLength(200);
        b.HasIndex(c => new { c.SampleId, c.Position });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
