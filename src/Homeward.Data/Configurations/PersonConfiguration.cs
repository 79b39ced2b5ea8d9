using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("persons");
        b.Ignore(p => p.FullName);
        b.Property(p => p.GivenName).HasMaxLength(100);
        b.Property(p => p.FamilyName).HasMaxLength(100);
        b.Property(p => p.OtherNames).HasMaxLength(400);
        b.Property(p => p.Nationality).HasMaxLength(64);
        b.Property(p => p.Languages).HasMaxLength(200);
        b.Property(p => p.Phone).HasMaxLength(40);
        b.Property(p => p.DocumentType).HasMaxLength(40);
        // Disability and DocumentNumber are encrypted (Protection/ProtectedColumns): their stored length is the ciphertext's.
        b.Property(p => p.DocumentNumberHash).HasMaxLength(64);
        b.Property(p => p.GivenNameKey).HasMaxLength(40);
        b.Property(p => p.FamilyNameKey).HasMaxLength(40);
        // Duplicate search: indexed equality on phonetic keys, in either name order, then birth year.
        b.HasIndex(p => new { p.FamilyNameKey, p.GivenNameKey, p.BirthYear });
        b.HasIndex(p => new { p.GivenNameKey, p.FamilyNameKey });
        // Search by document number goes through its keyed hash: the number itself is stored encrypted.
        b.HasIndex(p => p.DocumentNumberHash);
        b.HasIndex(p => p.HouseholdId);
        b.HasOne<Household>().WithMany().HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}
