using Homeward.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Homeward.Data.Configurations;

public sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.Property(c => c.Reference).HasMaxLength(32);
        b.HasIndex(c => c.Reference).IsUnique();
        b.Property(c => c.HostCountry).HasMaxLength(64);
        b.Property(c => c.MigrationHistory).HasMaxLength(4000);
        b.Property(c => c.ClosureNote).HasMaxLength(2000);
        b.Property(c => c.PendingClosureNote).HasMaxLength(2000);
        b.Property(c => c.Version).IsConcurrencyToken();
        // Caseload lists page by (office, opened, id) and by (case manager, opened, id).
        b.HasIndex(c => new { c.OfficeId, c.Stage, c.OpenedAt, c.Id });
        b.HasIndex(c => new { c.CaseManagerId, c.OpenedAt, c.Id });
        // Newest first within an office (a case manager's list, whatever the filter) and across offices (a supervisor's): the
        // page of 50 is read off the index instead of sorting every case. The flag columns after the key let both databases
        // test the caseload filters (overdue, late plan, vulnerable, stage) on the index entries, without reading the rows
        // they skip, and count the dashboard on the index alone. Late plan is a stored date for that reason: compared with
        // today it is an index condition, where the rule it stands for (return date plus deadline against agreement) is not.
        b.HasIndex(c => new { c.OfficeId, c.OpenedAt, c.Id, c.Stage, c.VulnerabilityFlag, c.NextFollowUpDueOn, c.PlanLateFrom })
            .HasDatabaseName("IX_cases_caseload_by_office");
        b.HasIndex(c => new { c.OpenedAt, c.Id, c.Stage, c.VulnerabilityFlag, c.NextFollowUpDueOn, c.PlanLateFrom })
            .HasDatabaseName("IX_cases_caseload");
        b.HasIndex(c => c.PrincipalPersonId);
        // The open cases by id alone, for joins that only ask whether a case is open (budget lines awaiting approval).
        b.HasIndex(c => c.Id, "IX_cases_open").HasFilter("\"Stage\" <> 'Closed'");
        b.HasOne<Domain.People.Person>().WithMany().HasForeignKey(c => c.PrincipalPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Organisations.Office>().WithMany().HasForeignKey(c => c.OfficeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Locations.Location>().WithMany().HasForeignKey(c => c.ReturnLocationId).OnDelete(DeleteBehavior.Restrict);
    }
}
