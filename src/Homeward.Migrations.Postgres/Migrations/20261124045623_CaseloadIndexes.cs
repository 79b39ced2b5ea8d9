using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseloadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload",
                table: "cases",
                columns: new[] { "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanAgreedOn", "ReturnDate" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_caseload_by_office",
                table: "cases",
                columns: new[] { "OfficeId", "OpenedAt", "Id", "Stage", "VulnerabilityFlag", "NextFollowUpDueOn", "PlanAgreedOn", "ReturnDate" });
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
        }
    }
}
