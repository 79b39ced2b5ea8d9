using Homeward.Domain.Instruments.Stored;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class SubmissionDimensionScoreConfiguration : IEntityTypeConfiguration<SubmissionDimensionScore>
{
    public void Configure(EntityTypeBuilder<SubmissionDimensionScore> b)
    {
        b.ToTable("submission_dimension_scores");
        b.Property(d => d.Dimension).HasMaxLength(100);
        b.HasIndex(d => new { d.SubmissionScoreId, d.Position }).IsUnique();
    }
}
