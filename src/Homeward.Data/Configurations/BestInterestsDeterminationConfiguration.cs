using Homeward.Domain.Children;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class BestInterestsDeterminationConfiguration : IEntityTypeConfiguration<BestInterestsDetermination>
{
    public void Configure(EntityTypeBuilder<BestInterestsDetermination> b)
    {
        b.ToTable("best_interests_determinations");
        // The reasons are encrypted (Protection/ProtectedColumns).
        foreach (var name in new[] { nameof(BestInterestsDetermination.DecidedBy), nameof(BestInterestsDetermination.ApprovedBy), nameof(BestInterestsDetermination.OpenedBy) })
            b.Property(name).HasMaxLength(200);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.CaseId, d.PersonId });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Panel).WithOne().HasForeignKey(m => m.DeterminationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.History).WithOne().HasForeignKey(e => e.DeterminationId).OnDelete(DeleteBehavior.Cascade);
    }
}
