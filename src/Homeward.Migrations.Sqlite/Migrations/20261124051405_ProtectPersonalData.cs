using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProtectPersonalData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_persons_DocumentNumber",
                table: "persons");

            migrationBuilder.AddColumn<int>(
                name: "BreakGlassMinutes",
                table: "programme_settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 120);

            migrationBuilder.AddColumn<int>(
                name: "RetentionMonthsAfterClosure",
                table: "programme_settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.AddColumn<string>(
                name: "TwoFactorRoles",
                table: "programme_settings",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumberHash",
                table: "persons",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "break_glass_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_break_glass_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_break_glass_grants_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "protected_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_protected_secrets", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_persons_DocumentNumberHash",
                table: "persons",
                column: "DocumentNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_CaseId",
                table: "break_glass_grants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_GrantedAt",
                table: "break_glass_grants",
                column: "GrantedAt");

            migrationBuilder.CreateIndex(
                name: "IX_break_glass_grants_UserId_ExpiresAt",
                table: "break_glass_grants",
                columns: new[] { "UserId", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "break_glass_grants");

            migrationBuilder.DropTable(
                name: "protected_secrets");

            migrationBuilder.DropIndex(
                name: "IX_persons_DocumentNumberHash",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "BreakGlassMinutes",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "RetentionMonthsAfterClosure",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "TwoFactorRoles",
                table: "programme_settings");

            migrationBuilder.DropColumn(
                name: "DocumentNumberHash",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_persons_DocumentNumber",
                table: "persons",
                column: "DocumentNumber");
        }
    }
}
