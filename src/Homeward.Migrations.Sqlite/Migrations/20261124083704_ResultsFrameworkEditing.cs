using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResultsFrameworkEditing : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "result_statements");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                table: "framework_indicators");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "framework_indicators");
        }
    }
}
