using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TracingMatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
