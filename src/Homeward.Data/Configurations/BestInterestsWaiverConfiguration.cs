using Homeward.Domain.Children;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class BestInterestsWaiverConfiguration : IEntityTypeConfiguration<BestInterestsWaiver>
{
    public void Configure(EntityTypeBuilder<BestInterestsWaiver> b)
    {
        b.ToTable("best_interests_waivers");
        b.Property(w => w.Reason).HasMaxLength(1000);
        b.Property(w => w.RecordedBy).HasMaxLength(200);
        b.HasIndex(w => new { w.CaseId, w.PersonId });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(w => w.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
