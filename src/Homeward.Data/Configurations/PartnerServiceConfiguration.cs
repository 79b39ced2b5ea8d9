using Homeward.Domain.Locations;
using Homeward.Domain.Organisations;
using Homeward.Domain.ServiceMap;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class PartnerServiceConfiguration : IEntityTypeConfiguration<PartnerService>
{
    public void Configure(EntityTypeBuilder<PartnerService> b)
    {
        b.ToTable("services");
        b.Ignore(s => s.HasFreeCapacity);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Description).HasMaxLength(2000);
        b.Property(s => s.Nationalities).HasMaxLength(500);
        b.Property(s => s.Languages).HasMaxLength(500);
        b.Property(s => s.Cost).HasMaxLength(200);
        b.Property(s => s.Contact).HasMaxLength(500);
        b.Property(s => s.Hours).HasMaxLength(200);
        b.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
        b.HasIndex(s => s.Type);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Areas).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> b)
    {
        b.ToTable("service_areas");
        b.HasKey(a => new { a.ServiceId, a.LocationId });
        b.HasIndex(a => a.LocationId);
        b.HasOne<Location>().WithMany().HasForeignKey(a => a.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
