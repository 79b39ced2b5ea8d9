using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StructuralRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "capacity_activities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StakeholderIds = table.Column<string>(type: "TEXT", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUpDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpFindings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_activities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coordination_mechanisms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Members = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StandardProcedures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReferralPathways = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordination_mechanisms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_work",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Framework = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Lead = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_work", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stakeholders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Willingness = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Influence = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Interest = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coordination_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MechanismId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordination_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coordination_meetings_coordination_mechanisms_MechanismId",
                        column: x => x.MechanismId,
                        principalTable: "coordination_mechanisms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stakeholder_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StakeholderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DataAccess = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stakeholder_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stakeholder_agreements_stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coordination_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordination_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coordination_actions_coordination_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "coordination_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_activities_HeldOn",
                table: "capacity_activities",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_coordination_actions_MeetingId",
                table: "coordination_actions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_coordination_meetings_MechanismId",
                table: "coordination_meetings",
                column: "MechanismId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholder_agreements_StakeholderId",
                table: "stakeholder_agreements",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_stakeholders_Name",
                table: "stakeholders",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capacity_activities");

            migrationBuilder.DropTable(
                name: "coordination_actions");

            migrationBuilder.DropTable(
                name: "policy_work");

            migrationBuilder.DropTable(
                name: "stakeholder_agreements");

            migrationBuilder.DropTable(
                name: "coordination_meetings");

            migrationBuilder.DropTable(
                name: "stakeholders");

            migrationBuilder.DropTable(
                name: "coordination_mechanisms");
        }
    }
}
