using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Instruments.Stored;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class InstrumentSubmissionConfiguration : IEntityTypeConfiguration<InstrumentSubmission>
{
    public void Configure(EntityTypeBuilder<InstrumentSubmission> b)
    {
        b.ToTable("instrument_submissions");
        b.Property(s => s.AssessorName).HasMaxLength(200);
        b.HasIndex(s => new { s.CaseId, s.AnsweredOn });
        b.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StoredInstrument>().WithMany().HasForeignKey(s => s.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssessmentRecord>().WithOne().HasForeignKey<InstrumentSubmission>(s => s.AssessmentRecordId).OnDelete(DeleteBehavior.Cascade);
    }
}
