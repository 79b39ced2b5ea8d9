using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddChildRights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "best_interests_waivers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_best_interests_waivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_best_interests_waivers_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_best_interests_waivers_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ResponsibleParty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_activities_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_activities_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_follow_up_findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InSchool = table.Column<bool>(type: "boolean", nullable: true),
                    Findings = table.Column<string>(type: "text", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_follow_up_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_follow_up_findings_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_follow_up_findings_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_participations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeardOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Step = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Heard = table.Column<bool>(type: "boolean", nullable: false),
                    Method = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    Language = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AdultPresent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChildViews = table.Column<string>(type: "text", nullable: true),
                    NotHeardReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_participations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_participations_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_participations_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "best_interests_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    ConductedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnFinding = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_best_interests_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_assessments_AssessmentRecordId",
                        column: x => x.AssessmentRecordId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_child_participations_Participati~",
                        column: x => x.ParticipationId,
                        principalTable: "child_participations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_instrument_submissions_Submissio~",
                        column: x => x.SubmissionId,
                        principalTable: "instrument_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_best_interests_assessments_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_AssessmentRecordId",
                table: "best_interests_assessments",
                column: "AssessmentRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_CaseId_PersonId",
                table: "best_interests_assessments",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_ParticipationId",
                table: "best_interests_assessments",
                column: "ParticipationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_PersonId",
                table: "best_interests_assessments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_assessments_SubmissionId",
                table: "best_interests_assessments",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_waivers_CaseId_PersonId",
                table: "best_interests_waivers",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_best_interests_waivers_PersonId",
                table: "best_interests_waivers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_activities_CaseId_PersonId",
                table: "child_activities",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_activities_PersonId",
                table: "child_activities",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_follow_up_findings_CaseId_PersonId",
                table: "child_follow_up_findings",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_follow_up_findings_PersonId",
                table: "child_follow_up_findings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_participations_CaseId_PersonId",
                table: "child_participations",
                columns: new[] { "CaseId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_participations_PersonId",
                table: "child_participations",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "best_interests_assessments");

            migrationBuilder.DropTable(
                name: "best_interests_waivers");

            migrationBuilder.DropTable(
                name: "child_activities");

            migrationBuilder.DropTable(
                name: "child_follow_up_findings");

            migrationBuilder.DropTable(
                name: "child_participations");
        }
    }
}
