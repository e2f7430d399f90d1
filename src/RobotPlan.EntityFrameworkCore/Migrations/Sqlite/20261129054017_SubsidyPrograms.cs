using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RobotPlan.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SubsidyPrograms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubsidyPrograms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    OpensAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Budget = table.Column<long>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<long>(type: "INTEGER", nullable: false),
                    Paid = table.Column<long>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyPrograms", x => x.Id);
                    table.CheckConstraint("CK_SubsidyPrograms_Budget", "\"Reserved\" >= 0 AND \"Paid\" >= 0 AND \"Reserved\" + \"Paid\" <= \"Budget\"");
                });

            migrationBuilder.CreateTable(
                name: "SubsidyParameterVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_RateCap = table.Column<long>(type: "INTEGER", nullable: false),
                    Values_SubsidyRate = table.Column<long>(type: "INTEGER", nullable: false),
                    Values_PerProjectCap = table.Column<long>(type: "INTEGER", nullable: false),
                    Values_MaxCompensatedYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_FirstUnitsPerBuyer = table.Column<int>(type: "INTEGER", nullable: false),
                    Values_RewardRate = table.Column<long>(type: "INTEGER", nullable: false),
                    Values_RewardCap = table.Column<long>(type: "INTEGER", nullable: false),
                    Values_AllowCombination = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyParameterVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubsidyParameterVersions_SubsidyPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "SubsidyPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyParameterVersions_ProgramId_Version",
                table: "SubsidyParameterVersions",
                columns: new[] { "ProgramId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyPrograms_Year_Kind",
                table: "SubsidyPrograms",
                columns: new[] { "Year", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubsidyParameterVersions");

            migrationBuilder.DropTable(
                name: "SubsidyPrograms");
        }
    }
}
