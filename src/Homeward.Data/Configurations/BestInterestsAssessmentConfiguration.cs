using Homeward.Domain.Assessments;
using Homeward.Domain.Children;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class BestInterestsAssessmentConfiguration : IEntityTypeConfiguration<BestInterestsAssessment>
{
    public void Configure(EntityTypeBuilder<BestInterestsAssessment> b)
    {
        b.ToTable("best_interests_assessments");
        b.Property(a => a.AssessorName).HasMaxLength(200);
        b.HasIndex(a => new { a.CaseId, a.PersonId });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InstrumentSubmission>().WithOne().HasForeignKey<BestInterestsAssessment>(a => a.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssessmentRecord>().WithOne().HasForeignKey<BestInterestsAssessment>(a => a.AssessmentRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ChildParticipation>().WithOne().HasForeignKey<BestInterestsAssessment>(a => a.ParticipationId).OnDelete(DeleteBehavior.Restrict);
    }
}
