using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.FollowUps;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Homeward.Data.Protection;

/// <summary>
/// The columns encrypted at rest: health, counselling and protection notes, findings, documents. Their stored length
/// is the ciphertext's, so the columns are unbounded; the use cases check the length of what people type.
/// Never compare these columns in a query: the same value encrypts differently each time.
/// </summary>
public static class ProtectedColumns
{
    public static void Apply(ModelBuilder builder, FieldProtection protection)
    {
        // EF Core never passes null to a converter: null stays null.
        var text = new ValueConverter<string?, string?>(v => protection.Protect(v!), v => protection.Unprotect(v!));
        var requiredText = new ValueConverter<string, string>(v => protection.Protect(v), v => protection.Unprotect(v));
        var bytes = new ValueConverter<byte[]?, byte[]?>(v => protection.Protect(v!), v => protection.Unprotect(v!));
        var bytesComparer = new ValueComparer<byte[]?>((a, b) => a == b || (a != null && b != null && a.SequenceEqual(b)),
            v => v == null ? 0 : v.Length, v => v == null ? null : v.ToArray());

        builder.Entity<Person>(b =>
        {
            b.Property(p => p.Disability).HasConversion(text);
            b.Property(p => p.DocumentNumber).HasConversion(text);
        });
        builder.Entity<CounsellingSession>().Property(s => s.Notes).HasConversion(text);
        builder.Entity<AssessmentRecord>().Property(a => a.Findings).HasConversion(text);
        builder.Entity<FollowUpVisit>(b =>
        {
            b.Property(v => v.EconomicFindings).HasConversion(text);
            b.Property(v => v.SocialFindings).HasConversion(text);
            b.Property(v => v.PsychosocialFindings).HasConversion(text);
        });
        builder.Entity<Domain.Referrals.ReferralSharedValue>().Property(v => v.Value).HasConversion(text);
        builder.Entity<ChildParticipation>().Property(p => p.ChildViews).HasConversion(text);
        builder.Entity<ChildFollowUpFinding>().Property(f => f.Findings).HasConversion(text);
        builder.Entity<BestInterestsDetermination>().Property(d => d.Reasons).HasConversion(text);
        // Where a separated child's family may be and how their guardian is reached; what tracing found out.
        builder.Entity<FamilyTracing>(b =>
        {
            b.Property(t => t.KnownPlaces).HasConversion(text);
            b.Property(t => t.LastContact).HasConversion(text);
            b.Property(t => t.VerificationNote).HasConversion(text);
            b.Property(t => t.AssessmentNote).HasConversion(text);
        });
        builder.Entity<SeparatedChild>().Property(r => r.GuardianContact).HasConversion(text);
        builder.Entity<DeterminationEvent>().Property(e => e.Note).HasConversion(text);
        builder.Entity<Domain.DataProtection.CorrectionRequest>(b =>
        {
            b.Property(r => r.WhatIsWrong).HasConversion(requiredText);
            b.Property(r => r.RequestedCorrection).HasConversion(requiredText);
            b.Property(r => r.Decision).HasConversion(text);
        });
        builder.Entity<Domain.Instruments.Stored.InstrumentSubmission>().Property(s => s.AnswersJson).HasConversion(requiredText);
        builder.Entity<AssistanceDelivery>().Property(d => d.Proof).HasConversion(bytes, bytesComparer);
    }
}
