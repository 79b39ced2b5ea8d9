using Homeward.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class DeterminationEventConfiguration : IEntityTypeConfiguration<DeterminationEvent>
{
    public void Configure(EntityTypeBuilder<DeterminationEvent> b)
    {
        b.ToTable("determination_events");
        // The note is encrypted (Protection/ProtectedColumns).
        b.Property(e => e.By).HasMaxLength(200);
    }
}
