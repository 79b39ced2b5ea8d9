using Homeward.Domain.LabourMarket;
using Homeward.Domain.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class LabourMarketAssessmentConfiguration : IEntityTypeConfiguration<LabourMarketAssessment>
{
    public void Configure(EntityTypeBuilder<LabourMarketAssessment> b)
    {
        b.ToTable("labour_market_assessments");
        b.Property(a => a.Source).HasMaxLength(300);
        b.Property(a => a.Sectors).HasMaxLength(1000);
        b.Property(a => a.SkillsInDemand).HasMaxLength(1000);
        b.Property(a => a.Growth).HasMaxLength(1000);
        b.Property(a => a.Wages).HasMaxLength(1000);
        b.Property(a => a.AccessBarriers).HasMaxLength(1000);
        b.HasIndex(a => new { a.LocationId, a.AssessedOn });
        b.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
