using Homeward.Domain.Locations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> b)
    {
        b.ToTable("locations");
        b.Property(l => l.Code).HasMaxLength(40);
        b.Property(l => l.Name).HasMaxLength(120);
        b.HasIndex(l => l.Code).IsUnique();
        b.HasIndex(l => l.ParentId);
        b.HasOne<Location>().WithMany().HasForeignKey(l => l.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
