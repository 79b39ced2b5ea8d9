using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CorrectionsHoldsTracingMatchFrameworkEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "result_statements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                table: "framework_indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "framework_indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<double>(
                name: "MatchScore",
                table: "family_tracings",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MatchedName",
                table: "family_tracings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MatchedPersonId",
                table: "family_tracings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "correction_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WhatIsWrong = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedCorrection = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_correction_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_correction_requests_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_holds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PlacedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlacedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LiftedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiftedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiftedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legal_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_legal_holds_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_legal_holds_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_correction_requests_PersonId_RecordedAt",
                table: "correction_requests",
                columns: new[] { "PersonId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_correction_requests_Status",
                table: "correction_requests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_legal_holds_CaseId_LiftedAt",
                table: "legal_holds",
                columns: new[] { "CaseId", "LiftedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_legal_holds_PersonId_LiftedAt",
                table: "legal_holds",
                columns: new[] { "PersonId", "LiftedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "correction_requests");

            migrationBuilder.DropTable(
                name: "legal_holds");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "result_statements");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "framework_indicators");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "framework_indicators");

            migrationBuilder.DropColumn(
                name: "MatchScore",
                table: "family_tracings");

            migrationBuilder.DropColumn(
                name: "MatchedName",
                table: "family_tracings");

            migrationBuilder.DropColumn(
                name: "MatchedPersonId",
                table: "family_tracings");
        }
    }
}
