using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Homeward.Data.Audit;

/// <summary>Turns the change tracker's pending changes into audit lines: field, old and new value, sensitive values redacted.</summary>
public static class AuditChanges
{
    private static readonly HashSet<string> Audited =
    [
        "Person", "Household", "ConsentRecord", "Case", "AssessmentRecord", "CounsellingSession", "ReintegrationPlan", "PlanActivity",
        "BudgetLine", "AssistanceDelivery", "FollowUpVisit", "CaseAssignment", "HomewardUser", "IdentityUserRole`1", "IdentityUserClaim`1",
        "ProgrammeSettings", "StoredInstrument", "InstrumentSubmission", "SubmissionScore",
        "ChildParticipation", "ChildActivity", "ChildFollowUpFinding", "BestInterestsAssessment", "BestInterestsWaiver",
        "BestInterestsDetermination", "DeterminationPanelMember", "DeterminationEvent", "SeparatedChild", "FamilyTracing", "TracingAction",
        "CommunityProfile", "CommunityProject", "ReturneeParticipant", "NonMigrantParticipants", "Stakeholder", "Agreement",
        "CorrectionRequest", "LegalHold",
    ];

    /// <summary>Values never written to the log: health, protection, counselling, documents and secrets.</summary>
    private static readonly HashSet<string> Sensitive =
    [
        "Person.Disability", "Person.DocumentNumber", "Person.Phone", "CounsellingSession.Notes", "AssessmentRecord.Findings",
        "FollowUpVisit.EconomicFindings", "FollowUpVisit.SocialFindings", "FollowUpVisit.PsychosocialFindings", "AssistanceDelivery.Proof",
        "HomewardUser.PasswordHash", "HomewardUser.SecurityStamp", "HomewardUser.ConcurrencyStamp", "Person.DocumentNumberHash",
        "InstrumentSubmission.AnswersJson", "StoredInstrument.File", "StoredInstrument.SurveyJson", "StoredInstrument.ChoicesJson",
        "ChildParticipation.ChildViews", "ChildFollowUpFinding.Findings", "BestInterestsAssessment.ReturnFinding",
        "BestInterestsDetermination.Reasons", "BestInterestsDetermination.Decision", "DeterminationEvent.Note", "DeterminationEvent.Decision", "SeparatedChild.GuardianContact",
        "CorrectionRequest.WhatIsWrong", "CorrectionRequest.RequestedCorrection", "CorrectionRequest.Decision",
    ];

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static readonly HashSet<string> Ignored = ["Version", "Revision", "GivenNameKey", "FamilyNameKey", "BirthYear"];

    /// <param name="redactAll">Name the fields changed but write none of their values (anonymisation must not copy what it removes).</param>
    public static List<AuditEntry> Collect(ChangeTracker tracker, IAuditActor actor, DateTime now, bool redactAll = false)
    {
        var lines = new List<AuditEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var type = entry.Metadata.ClrType.Name;
            if (!Audited.Contains(type)) continue;
            var action = entry.Entity is IdentityUserRole<Guid> or IdentityUserClaim<Guid> ? AuditActions.PermissionChange : entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            };
            var fields = new Dictionary<string, object?>();
            foreach (var p in entry.Properties)
            {
                if (p.Metadata.IsPrimaryKey() && entry.State != EntityState.Added) continue;
                if (Ignored.Contains(p.Metadata.Name)) continue;
                if (entry.State == EntityState.Modified && !p.IsModified) continue;
                if (entry.State == EntityState.Added && p.CurrentValue is null) continue;
                var sensitive = redactAll || Sensitive.Contains($"{type}.{p.Metadata.Name}");
                fields[p.Metadata.Name] = entry.State switch
                {
                    EntityState.Modified => new { old = sensitive ? "[redacted]" : p.OriginalValue, @new = sensitive ? "[redacted]" : p.CurrentValue },
                    EntityState.Deleted => null,
                    _ => sensitive ? "[redacted]" : p.CurrentValue,
                };
            }
            if (entry.State == EntityState.Modified && fields.Count == 0) continue;
            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(k => entry.Property(k.Name).CurrentValue?.ToString()));
            lines.Add(new AuditEntry
            {
                At = now, UserId = actor.UserId, UserName = actor.UserName, Action = action, EntityType = type switch { "IdentityUserRole`1" => "UserRole", "IdentityUserClaim`1" => "UserClaim", _ => type },
                EntityId = key, Details = entry.State == EntityState.Deleted ? null : JsonSerializer.Serialize(fields, Json), Hash = "",
            });
        }
        return lines;
    }
}
