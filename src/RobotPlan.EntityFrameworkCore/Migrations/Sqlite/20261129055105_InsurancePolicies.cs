using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RobotPlan.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InsurancePolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InsurancePolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Insurer = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PolicyNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Premium = table.Column<long>(type: "INTEGER", nullable: false),
                    PremiumPaid = table.Column<long>(type: "INTEGER", nullable: false),
                    PremiumProofFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SumInsured = table.Column<long>(type: "INTEGER", nullable: false),
                    LiabilityLimit = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousPolicyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PolicyYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Units = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsurancePolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InsurancePolicies_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InsurancePolicies_InsurancePolicies_PreviousPolicyId",
                        column: x => x.PreviousPolicyId,
                        principalTable: "InsurancePolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_EnterpriseId",
                table: "InsurancePolicies",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_Insurer_PolicyNumber",
                table: "InsurancePolicies",
                columns: new[] { "Insurer", "PolicyNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InsurancePolicies_PreviousPolicyId",
                table: "InsurancePolicies",
                column: "PreviousPolicyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InsurancePolicies");
        }
    }
}
