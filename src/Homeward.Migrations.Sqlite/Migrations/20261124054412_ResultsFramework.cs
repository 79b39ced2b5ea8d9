using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Homeward.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ResultsFramework : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SmallCellThreshold",
                table: "programme_settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "result_statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_result_statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_result_statements_result_statements_ParentId",
                        column: x => x.ParentId,
                        principalTable: "result_statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "framework_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    BaselineDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DataSource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CollectionMethod = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Disaggregations = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ComputedKind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HigherIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_framework_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_framework_indicators_result_statements_ResultId",
                        column: x => x.ResultId,
                        principalTable: "result_statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_manual_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_manual_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicator_manual_values_framework_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "framework_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicator_targets_framework_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "framework_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_framework_indicators_ResultId",
                table: "framework_indicators",
                column: "ResultId");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_manual_values_IndicatorId_Period",
                table: "indicator_manual_values",
                columns: new[] { "IndicatorId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_targets_IndicatorId_Period",
                table: "indicator_targets",
                columns: new[] { "IndicatorId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_result_statements_ParentId_Position",
                table: "result_statements",
                columns: new[] { "ParentId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_manual_values");

            migrationBuilder.DropTable(
                name: "indicator_targets");

            migrationBuilder.DropTable(
                name: "framework_indicators");

            migrationBuilder.DropTable(
                name: "result_statements");

            migrationBuilder.DropColumn(
                name: "SmallCellThreshold",
                table: "programme_settings");
        }
    }
}
