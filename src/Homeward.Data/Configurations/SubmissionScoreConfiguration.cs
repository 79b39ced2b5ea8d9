using Homeward.Domain.Instruments.Stored;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class SubmissionScoreConfiguration : IEntityTypeConfiguration<SubmissionScore>
{
    public void Configure(EntityTypeBuilder<SubmissionScore> b)
    {
        b.ToTable("submission_scores");
        b.Property(s => s.InstrumentVersion).HasMaxLength(50);
        b.Property(s => s.ScoredBy).HasMaxLength(200);
        // A submission is scored at most once under each version.
        b.HasIndex(s => new { s.SubmissionId, s.InstrumentId }).IsUnique();
        b.HasOne<InstrumentSubmission>().WithMany().HasForeignKey(s => s.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredInstrument>().WithMany().HasForeignKey(s => s.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Dimensions).WithOne().HasForeignKey(d => d.SubmissionScoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
