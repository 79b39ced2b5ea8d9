using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CasePlanLateFrom : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_caseload",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_caseload_by_office",
                table: "cases");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanLateFrom",
                table: "cases",
                type: "date",
                nullable: true);

            // Backfill, as PlanDeadline.LateFrom computes it: the day after return date + the programme's deadline
            // (30 days when it has no settings yet), unless the plan was agreed by then or the case closed without one.
            migrationBuilder.Sql("""
                UPDATE cases SET "PlanLateFrom" = cases."ReturnDate" + (d.days + 1)
                FROM (SELECT COALESCE((SELECT "PlanDeadlineDays" FROM programme_settings LIMIT 1), 30) AS days) AS d
                WHERE NOT (("PlanAgreedOn" IS NOT NULL AND "PlanAgreedOn" <= cases."ReturnDate" + d.days)
                        OR ("PlanAgreedOn" IS NULL AND "Stage" = 'Closed'));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload",
                table: "cases",
                columns: new[] { "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanLateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload_by_office",
                table: "cases",
                columns: new[] { "OfficeId", "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanLateFrom" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_caseload",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_caseload_by_office",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PlanLateFrom",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload",
                table: "cases",
                columns: new[] { "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanAgreedOn", "ReturnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload_by_office",
                table: "cases",
                columns: new[] { "OfficeId", "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanAgreedOn", "ReturnDate" });
        }
    }
}
