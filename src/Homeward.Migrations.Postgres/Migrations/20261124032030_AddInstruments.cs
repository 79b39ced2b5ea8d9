using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddInstruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FormId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    WeightsNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    File = table.Column<byte[]>(type: "bytea", nullable: false),
                    SurveyJson = table.Column<string>(type: "text", nullable: false),
                    ChoicesJson = table.Column<string>(type: "text", nullable: false),
                    SettingsJson = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Shipped = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instrument_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssessorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instrument_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_instrument_submissions_assessments_AssessmentRecordId",
                        column: x => x.AssessmentRecordId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_instrument_submissions_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_instrument_submissions_instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "submission_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ScoredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScoredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Composite = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_scores_instrument_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "instrument_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_submission_scores_instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "submission_dimension_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionScoreId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Dimension = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: true),
                    ItemCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_dimension_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_dimension_scores_submission_scores_SubmissionSco~",
                        column: x => x.SubmissionScoreId,
                        principalTable: "submission_scores",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_instrument_submissions_AssessmentRecordId",
                table: "instrument_submissions",
                column: "AssessmentRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instrument_submissions_CaseId_AnsweredOn",
                table: "instrument_submissions",
                columns: new[] { "CaseId", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_instrument_submissions_InstrumentId",
                table: "instrument_submissions",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_instruments_FormId_Version",
                table: "instruments",
                columns: new[] { "FormId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submission_dimension_scores_SubmissionScoreId_Position",
                table: "submission_dimension_scores",
                columns: new[] { "SubmissionScoreId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submission_scores_InstrumentId",
                table: "submission_scores",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_submission_scores_SubmissionId_InstrumentId",
                table: "submission_scores",
                columns: new[] { "SubmissionId", "InstrumentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "submission_dimension_scores");

            migrationBuilder.DropTable(
                name: "submission_scores");

            migrationBuilder.DropTable(
                name: "instrument_submissions");

            migrationBuilder.DropTable(
                name: "instruments");
        }
    }
}
