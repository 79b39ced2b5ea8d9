using Homeward.Domain;
using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.FollowUps;
using Homeward.Domain.Plans;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.Locations;
using Homeward.Domain.Organisations;
using Homeward.Domain.People;
using Homeward.Domain.Programmes;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>Homeward's one database: identity, programme structure, persons and their cases.</summary>
public class HomewardDbContext(DbContextOptions<HomewardDbContext> options, IDataScope? scope = null)
    : IdentityDbContext<HomewardUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private readonly IDataScope _scope = scope ?? SystemDataScope.Instance;

    // Read by the query filters: EF Core evaluates them per context instance.
    private bool ScopeSeesAllCases => _scope.SeesAllCases;
    private Guid? ScopeOfficeId => _scope.OfficeId;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ProgrammeSettings> ProgrammeSettings => Set<ProgrammeSettings>();
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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HomewardDbContext).Assembly);
        builder.Entity<Case>().HasQueryFilter(c => ScopeSeesAllCases || c.OfficeId == ScopeOfficeId);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored in UTC and read back as UTC on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(48);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
