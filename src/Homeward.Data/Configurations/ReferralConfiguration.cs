using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Homeward.Domain.ServiceMap;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

/// <remarks>The data scope's query filter on referrals is set in <see cref="HomewardDbContext"/>, next to the case filter.</remarks>
public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("referrals");
        b.Ignore(r => r.Shared);
        b.Property(r => r.Need).HasMaxLength(1000);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.Requested).HasMaxLength(2000);
        b.Property(r => r.SharedFieldNames).HasMaxLength(500);
        b.Property(r => r.CreatedBy).HasMaxLength(200);
        b.Property(r => r.DeclineReason).HasMaxLength(2000);
        b.Property(r => r.Outcome).HasMaxLength(2000);
        b.Property(r => r.ExceptionDecidedBy).HasMaxLength(200);
        b.Property(r => r.ExceptionWhy).HasMaxLength(2000);
        b.Property(r => r.ExceptionConfirmedBy).HasMaxLength(200);
        b.Property(r => r.FeedbackComment).HasMaxLength(2000);
        b.HasIndex(r => r.CaseId);
        b.HasIndex(r => new { r.OrganisationId, r.Status });
        b.HasIndex(r => new { r.ServiceId, r.Status });
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PartnerService>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.SharedValues).WithOne().HasForeignKey(v => v.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Updates).WithOne().HasForeignKey(u => u.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReferralSharedValueConfiguration : IEntityTypeConfiguration<ReferralSharedValue>
{
    public void Configure(EntityTypeBuilder<ReferralSharedValue> b)
    {
        b.ToTable("referral_shared_values");
        b.HasIndex(v => new { v.ReferralId, v.Field }).IsUnique();
    }
}

public sealed class ReferralUpdateConfiguration : IEntityTypeConfiguration<ReferralUpdate>
{
    public void Configure(EntityTypeBuilder<ReferralUpdate> b)
    {
        b.ToTable("referral_updates");
        b.Property(u => u.Note).HasMaxLength(2000);
        b.Property(u => u.ByName).HasMaxLength(200);
        b.HasIndex(u => u.ReferralId);
    }
}
