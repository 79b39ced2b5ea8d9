using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PendingBudgetLineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_budget_lines_Approval",
                table: "budget_lines");

            migrationBuilder.CreateIndex(
                name: "IX_plans_Id_CaseId_VersionNumber",
                table: "plans",
                columns: new[] { "Id", "CaseId", "VersionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_plans_revisions",
                table: "plans",
                columns: new[] { "CaseId", "VersionNumber" },
                filter: "\"VersionNumber\" > 1");

            migrationBuilder.CreateIndex(
                name: "IX_cases_open",
                table: "cases",
                column: "Id",
                filter: "\"Stage\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_budget_lines_pending",
                table: "budget_lines",
                column: "PlanId",
                filter: "\"Approval\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_plans_Id_CaseId_VersionNumber",
                table: "plans");

            migrationBuilder.DropIndex(
                name: "IX_plans_revisions",
                table: "plans");

            migrationBuilder.DropIndex(
                name: "IX_cases_open",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_budget_lines_pending",
                table: "budget_lines");

            migrationBuilder.CreateIndex(
                name: "IX_budget_lines_Approval",
                table: "budget_lines",
                column: "Approval");
        }
    }
}
