using Homeward.Domain.Instruments.Stored;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class StoredInstrumentConfiguration : IEntityTypeConfiguration<StoredInstrument>
{
    public void Configure(EntityTypeBuilder<StoredInstrument> b)
    {
        b.ToTable("instruments");
        b.Property(i => i.FormId).HasMaxLength(100);
        b.Property(i => i.Version).HasMaxLength(50);
        b.HasIndex(i => new { i.FormId, i.Version }).IsUnique();
        b.Property(i => i.Title).HasMaxLength(300);
        b.Property(i => i.WeightsNote).HasMaxLength(1000);
        b.Property(i => i.FileName).HasMaxLength(260);
        b.Property(i => i.ImportedBy).HasMaxLength(200);
    }
}
