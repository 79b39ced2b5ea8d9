using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommunityProfilesAndProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HighReturnThreshold",
                table: "programme_settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "RecentReturnMonths",
                table: "programme_settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 6);

            migrationBuilder.CreateTable(
                name: "community_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Resources = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReturnImpact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MigrationDrivers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReintegrationBarriers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ResilienceSources = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LabourMarket = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExistingInitiatives = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Tensions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProfiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SessionParticipants = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReturneesInSessions = table.Column<int>(type: "INTEGER", nullable: true),
                    NonMigrantsInSessions = table.Column<int>(type: "INTEGER", nullable: true),
                    LocalInterest = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    MotivatedReturnees = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    BasicInfrastructure = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ServicesPresent = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    StabilityAndOpportunity = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ActiveCivilSociety = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_profiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "community_places",
                columns: table => new
                {
                    ProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_places", x => new { x.ProfileId, x.LocationId });
                    table.ForeignKey(
                        name: "FK_community_places_community_profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "community_profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_community_places_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "community_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Spent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_community_projects_community_profiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "community_profiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_community_projects_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "project_non_migrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_non_migrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_non_migrants_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Achieved = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_results_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_returnees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_returnees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_returnees_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_project_returnees_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Returnees = table.Column<int>(type: "INTEGER", nullable: false),
                    NonMigrants = table.Column<int>(type: "INTEGER", nullable: false),
                    WhoTookPart = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_steps_community_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "community_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_community_places_LocationId",
                table: "community_places",
                column: "LocationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_projects_LocationId",
                table: "community_projects",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_community_projects_ProfileId",
                table: "community_projects",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_project_non_migrants_ProjectId_Sex_AgeGroup",
                table: "project_non_migrants",
                columns: new[] { "ProjectId", "Sex", "AgeGroup" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_results_ProjectId",
                table: "project_results",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_project_returnees_CaseId",
                table: "project_returnees",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_project_returnees_ProjectId_CaseId",
                table: "project_returnees",
                columns: new[] { "ProjectId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_steps_ProjectId",
                table: "project_steps",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_places");

            migrationBuilder.DropTable(
                name: "project_non_migrants");

            migrationBuilder.DropTable(
                name: "project_results");

            migrationBuilder.DropTable(
                name: "project_returnees");

            migrationBuilder.DropTable(
                name: "project_steps");

            migrationBuilder.DropTable(
                name: "community_projects");

            migrationBuilder.DropTable(
                name: "community_profiles");

            migrationBuilder.DropColumn(
                name: "HighReturnThreshold",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "RecentReturnMonths",
                table: "programme_settings");
        }
    }
}
