using Homeward.Domain.Children;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class ChildActivityConfiguration : IEntityTypeConfiguration<ChildActivity>
{
    public void Configure(EntityTypeBuilder<ChildActivity> b)
    {
        b.ToTable("child_activities");
        b.Property(a => a.Description).HasMaxLength(500);
        b.Property(a => a.ResponsibleParty).HasMaxLength(200);
        b.Property(a => a.CreatedBy).HasMaxLength(200);
        b.HasIndex(a => new { a.CaseId, a.PersonId });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
