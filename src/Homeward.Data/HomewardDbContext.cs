using Homeward.Data.Audit;
using Homeward.Data.Protection;
using Homeward.Domain;
using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.Children;
using Homeward.Domain.FollowUps;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.Plans;
using Homeward.Domain.Cases;
using Homeward.Domain.Communities;
using Homeward.Domain.Consent;
using Homeward.Domain.DataProtection;
using Homeward.Domain.Feasibility;
using Homeward.Domain.Locations;
using Homeward.Domain.Organisations;
using Homeward.Domain.People;
using Homeward.Domain.Programmes;
using Homeward.Domain.Results;
using Homeward.Domain.Referrals;
using Homeward.Domain.ServiceMap;
using Homeward.Domain.Structural;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>Homeward's one database: identity, programme structure, persons and their cases.</summary>
public class HomewardDbContext(DbContextOptions<HomewardDbContext> options, IDataScope? scope = null, IAuditActor? actor = null, FieldProtection? protection = null)
    : IdentityDbContext<HomewardUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private readonly IDataScope _scope = scope ?? SystemDataScope.Instance;
    private readonly IAuditActor _actor = actor ?? SystemAuditActor.Instance;
    private readonly List<AuditEntry> _pendingAccess = [];
    // Keeps the audit chain in order across instances on PostgreSQL. On SQLite the write transaction
    // (BEGIN IMMEDIATE, Microsoft.Data.Sqlite's default) already admits one writer at a time.
    private const long AuditLockKey = 7_261_001;

    /// <summary>Off only for bulk synthetic data; every real change is audited.</summary>
    public bool AuditEnabled { get; set; } = true;

    /// <summary>For the next save: change lines name the fields changed but none of their values (anonymisation).</summary>
    public bool AuditValuesRedacted { get; set; }

    /// <summary>Encrypts sensitive columns and hashes document numbers; design-time models get a stand-in.</summary>
    public FieldProtection Protection { get; } = protection ?? FieldProtection.DesignTime;

    // Read by the query filters: EF Core evaluates them per context instance. Whether the scope sees every case goes into the
    // SQL as a constant (EF.Constant), not a parameter: EF Core then removes "true OR …" and "false OR …", and the database
    // gets a plain equality on the office that its (office, …) indexes answer. SQLite cannot use them for "@all OR office = @o".
    private bool ScopeSeesAllCases => _scope.SeesAllCases;
    private Guid? ScopeOfficeId => _scope.OfficeId;
    private Guid[] ScopeGrantedCaseIds => _scope.GrantedCaseIds;
    private Guid? ScopePartnerOrganisationId => _scope.PartnerOrganisationId;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ProgrammeSettings> ProgrammeSettings => Set<ProgrammeSettings>();
    /// <summary>The programme's settings (one row), in a stated order so every reader takes the same row first.</summary>
    public IQueryable<ProgrammeSettings> ProgrammeSettingsInOrder => ProgrammeSettings.OrderBy(s => s.Id);
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<CounsellingSession> CounsellingSessions => Set<CounsellingSession>();
    public DbSet<ReintegrationPlan> Plans => Set<ReintegrationPlan>();
    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<AssistanceDelivery> AssistanceDeliveries => Set<AssistanceDelivery>();
    public DbSet<FollowUpVisit> FollowUps => Set<FollowUpVisit>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();
    public DbSet<StoredInstrument> Instruments => Set<StoredInstrument>();
    public DbSet<InstrumentSubmission> InstrumentSubmissions => Set<InstrumentSubmission>();
    public DbSet<SubmissionScore> SubmissionScores => Set<SubmissionScore>();
    public DbSet<SubmissionDimensionScore> SubmissionDimensionScores => Set<SubmissionDimensionScore>();
    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<ProtectedSecret> ProtectedSecrets => Set<ProtectedSecret>();
    public DbSet<ResultStatement> ResultStatements => Set<ResultStatement>();
    public DbSet<FrameworkIndicator> FrameworkIndicators => Set<FrameworkIndicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<IndicatorManualValue> IndicatorManualValues => Set<IndicatorManualValue>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<EvaluationRecommendation> EvaluationRecommendations => Set<EvaluationRecommendation>();
    public DbSet<ValidationSample> ValidationSamples => Set<ValidationSample>();
    public DbSet<ValidationCheck> ValidationChecks => Set<ValidationCheck>();
    public DbSet<PartnerService> Services => Set<PartnerService>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralSharedValue> ReferralSharedValues => Set<ReferralSharedValue>();
    public DbSet<ReferralUpdate> ReferralUpdates => Set<ReferralUpdate>();
    public DbSet<FeasibilityApproach> FeasibilityApproaches => Set<FeasibilityApproach>();
    public DbSet<FeasibilityCriterion> FeasibilityCriteria => Set<FeasibilityCriterion>();
    public DbSet<FeasibilityTick> FeasibilityTicks => Set<FeasibilityTick>();
    public DbSet<Domain.LabourMarket.LabourMarketAssessment> LabourMarketAssessments => Set<Domain.LabourMarket.LabourMarketAssessment>();
    // Child records belong to a case: reach them only after loading their case through the scoped Cases set.
    public DbSet<ChildParticipation> ChildParticipations => Set<ChildParticipation>();
    public DbSet<ChildActivity> ChildActivities => Set<ChildActivity>();
    public DbSet<ChildFollowUpFinding> ChildFollowUpFindings => Set<ChildFollowUpFinding>();
    public DbSet<BestInterestsAssessment> BestInterestsAssessments => Set<BestInterestsAssessment>();
    public DbSet<BestInterestsWaiver> BestInterestsWaivers => Set<BestInterestsWaiver>();
    public DbSet<BestInterestsDetermination> Determinations => Set<BestInterestsDetermination>();
    public DbSet<SeparatedChild> SeparatedChildren => Set<SeparatedChild>();
    public DbSet<FamilyTracing> FamilyTracings => Set<FamilyTracing>();
    public DbSet<CommunityProfile> CommunityProfiles => Set<CommunityProfile>();
    public DbSet<CommunityPlace> CommunityPlaces => Set<CommunityPlace>();
    public DbSet<CommunityProject> CommunityProjects => Set<CommunityProject>();
    public DbSet<ReturneeParticipant> ProjectReturnees => Set<ReturneeParticipant>();
    public DbSet<NonMigrantParticipants> ProjectNonMigrants => Set<NonMigrantParticipants>();
    public DbSet<ParticipatoryStep> ProjectSteps => Set<ParticipatoryStep>();
    public DbSet<ProjectResult> ProjectResults => Set<ProjectResult>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<CapacityActivity> CapacityActivities => Set<CapacityActivity>();
    public DbSet<CoordinationMechanism> CoordinationMechanisms => Set<CoordinationMechanism>();
    public DbSet<CoordinationMeeting> CoordinationMeetings => Set<CoordinationMeeting>();
    public DbSet<CoordinationAction> CoordinationActions => Set<CoordinationAction>();
    public DbSet<PolicyWork> PolicyWork => Set<PolicyWork>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HomewardDbContext).Assembly);
        builder.Entity<Case>().HasQueryFilter(c => EF.Constant(ScopeSeesAllCases) || c.OfficeId == ScopeOfficeId || ScopeGrantedCaseIds.Contains(c.Id));
        // A spot check names a case: it is seen only with the case, through the same scope.
        builder.Entity<ValidationCheck>().HasQueryFilter(v => Cases.Any(c => c.Id == v.CaseId));
        // Staff see the referrals of the cases they see; a partner sees only those sent to their own organisation.
        builder.Entity<Referral>().HasQueryFilter(r => ScopePartnerOrganisationId == null
            ? Cases.Any(c => c.Id == r.CaseId)
            : r.OrganisationId == ScopePartnerOrganisationId && r.Status != ReferralStatus.Draft);
        // A correction request is about a person: seen only through a case in scope of that person or their household.
        builder.Entity<CorrectionRequest>().HasQueryFilter(r => Persons.Any(p => p.Id == r.PersonId
            && Cases.Any(c => c.PrincipalPersonId == p.Id || (p.HouseholdId != null && c.HouseholdId == p.HouseholdId))));
        // A legal hold names a person: seen only by whoever has that person's cases in scope.
        builder.Entity<LegalHold>().HasQueryFilter(h => Persons.Any(p => p.Id == h.PersonId
            && Cases.Any(c => c.PrincipalPersonId == p.Id || (p.HouseholdId != null && c.HouseholdId == p.HouseholdId))));
        ProtectedColumns.Apply(builder, Protection);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored in UTC and read back as UTC on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(48);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Records that the current user saw, exported or opened a record; written with the next save.</summary>
    /// <remarks>At sign-in the actor is not yet known to the request: pass them explicitly.</remarks>
    public void RecordAccess(string action, string entityType, string? entityId, string? details = null, Guid? userId = null, string? userName = null) =>
        _pendingAccess.Add(new AuditEntry { Action = action, EntityType = entityType, EntityId = entityId, Details = details, UserId = userId, UserName = userName ?? "", Hash = "" });

    /// <summary>For cases written without a save (bulk rows): the day their plan is late from, as a save computes it.</summary>
    public Task ComputePlanLateFromAsync(IReadOnlyCollection<Case> cases, CancellationToken ct) => PlanLateness.ComputeAsync(this, cases, null, ct);

    /// <summary>
    /// Saves the changes and their audit lines in one transaction, chained to the last line of the log; a new plan
    /// deadline re-computes every case's plan-late date in the same transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var newDeadline = PlanLateness.DeadlineChange(this);
        await PlanLateness.KeepAsync(this, newDeadline, cancellationToken);
        if (newDeadline is not { } days) return await SaveAuditedAsync(acceptAllChangesOnSuccess, cancellationToken);
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await SaveAuditedAsync(acceptAllChangesOnSuccess, cancellationToken);
            await PlanLateness.RecomputeAllAsync(this, days, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    private async Task<int> SaveAuditedAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        BumpVersions();
        await HashDocumentNumbersAsync(cancellationToken);
        if (!AuditEnabled) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        ChangeTracker.DetectChanges();
        // Whole milliseconds: every provider stores them exactly, so the hash recomputes the same.
        var ticks = DateTime.UtcNow.Ticks;
        var now = new DateTime(ticks - ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        var lines = AuditChanges.Collect(ChangeTracker, _actor, now, AuditValuesRedacted);
        AuditValuesRedacted = false;
        foreach (var access in _pendingAccess)
        {
            access.At = now;
            if (access.UserName.Length == 0)
            {
                access.UserId = _actor.UserId;
                access.UserName = _actor.UserName;
            }
            lines.Add(access);
        }
        _pendingAccess.Clear();
        if (lines.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var isPostgres = Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (isPostgres) await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditLockKey})", cancellationToken);
            var previous = await AuditEntries.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken);
            foreach (var line in lines)
            {
                line.PreviousHash = previous;
                line.Hash = AuditHash.Compute(line);
                previous = line.Hash;
            }
            AuditEntries.AddRange(lines);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    // A document number is searched by its keyed hash, kept in step with the number on every save.
    private async Task HashDocumentNumbersAsync(CancellationToken ct)
    {
        foreach (var entry in ChangeTracker.Entries<Domain.People.Person>().ToList())
            if (entry.State == EntityState.Added || entry.State == EntityState.Modified && entry.Property(p => p.DocumentNumber).IsModified)
                entry.Entity.DocumentNumberHash = await Protection.HashDocumentNumberAsync(this, entry.Entity.DocumentNumber, ct);
    }

    // Concurrency tokens: each modified case moves to the next version, so a stale copy cannot overwrite it.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Case>())
            if (entry.State == EntityState.Modified) entry.Entity.Version++;
        foreach (var entry in ChangeTracker.Entries<ReintegrationPlan>())
            if (entry.State == EntityState.Modified) entry.Entity.Revision++;
    }
}
