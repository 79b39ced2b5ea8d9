using Homeward.Domain.Assistance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class AssistanceDeliveryConfiguration : IEntityTypeConfiguration<AssistanceDelivery>
{
    public void Configure(EntityTypeBuilder<AssistanceDelivery> b)
    {
        b.ToTable("assistance_deliveries");
        b.Property(d => d.Currency).HasMaxLength(3);
        b.Property(d => d.Goods).HasMaxLength(500);
        b.Property(d => d.Supplier).HasMaxLength(200);
        b.Property(d => d.DeliveredBy).HasMaxLength(200);
        b.Property(d => d.ProofFileName).HasMaxLength(200);
        b.Property(d => d.ProofContentType).HasMaxLength(100);
        b.HasIndex(d => new { d.CaseId, d.BudgetLineKey });
        b.HasOne<Domain.Cases.Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
