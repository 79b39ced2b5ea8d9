using Homeward.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class TracingActionConfiguration : IEntityTypeConfiguration<TracingAction>
{
    public void Configure(EntityTypeBuilder<TracingAction> b)
    {
        b.ToTable("tracing_actions");
        b.Property(a => a.Action).HasMaxLength(1000);
        b.Property(a => a.Outcome).HasMaxLength(1000);
        b.Property(a => a.By).HasMaxLength(200);
    }
}
