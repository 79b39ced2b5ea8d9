using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FeasibilityGrid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "feasibility_approaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UsefulFor = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AssistanceType = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feasibility_approaches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feasibility_criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Rule = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ServiceType = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    AssessmentKind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feasibility_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_feasibility_criteria_feasibility_approaches_ApproachId",
                        column: x => x.ApproachId,
                        principalTable: "feasibility_approaches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feasibility_ticks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Holds = table.Column<bool>(type: "boolean", nullable: false),
                    TickedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TickedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feasibility_ticks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_feasibility_ticks_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_feasibility_ticks_feasibility_criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "feasibility_criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_feasibility_criteria_ApproachId",
                table: "feasibility_criteria",
                column: "ApproachId");

            migrationBuilder.CreateIndex(
                name: "IX_feasibility_ticks_CaseId_CriterionId",
                table: "feasibility_ticks",
                columns: new[] { "CaseId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feasibility_ticks_CriterionId",
                table: "feasibility_ticks",
                column: "CriterionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feasibility_ticks");

            migrationBuilder.DropTable(
                name: "feasibility_criteria");

            migrationBuilder.DropTable(
                name: "feasibility_approaches");
        }
    }
}
