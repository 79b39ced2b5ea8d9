using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSeparatedChildrenAndTracing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "family_tracings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SoughtGivenName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SoughtFamilyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SoughtBirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    SoughtRelationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KnownPlaces = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastContact = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RelationshipVerified = table.Column<bool>(type: "INTEGER", nullable: true),
                    VerificationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReunificationAppropriate = table.Column<bool>(type: "INTEGER", nullable: true),
                    AssessmentNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReunifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReunificationPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PresentAtReunification = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TravelSupervision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReceptionOnArrival = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_family_tracings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_family_tracings_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_family_tracings_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "separated_children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GuardianRelationship = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GuardianContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GuardianAppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_separated_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_separated_children_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_separated_children_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tracing_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TracingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracing_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tracing_actions_family_tracings_TracingId",
                        column: x => x.TracingId,
                        principalTable: "family_tracings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_family_tracings_CaseId_PersonId",
                table: "family_tracings",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_family_tracings_PersonId",
                table: "family_tracings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_separated_children_CaseId_PersonId",
                table: "separated_children",
                columns: new[] { "CaseId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_separated_children_PersonId",
                table: "separated_children",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_tracing_actions_TracingId",
                table: "tracing_actions",
                column: "TracingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "separated_children");

            migrationBuilder.DropTable(
                name: "tracing_actions");

            migrationBuilder.DropTable(
                name: "family_tracings");
        }
    }
}
