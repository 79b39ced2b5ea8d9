using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LabourMarket : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Skill",
                table: "feasibility_criteria",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "labour_market_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LocationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Sectors = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SkillsInDemand = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Growth = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Wages = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AccessBarriers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_labour_market_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_labour_market_assessments_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_labour_market_assessments_LocationId_AssessedOn",
                table: "labour_market_assessments",
                columns: new[] { "LocationId", "AssessedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "labour_market_assessments");

            migrationBuilder.DropColumn(
                name: "Skill",
                table: "feasibility_criteria");
        }
    }
}
