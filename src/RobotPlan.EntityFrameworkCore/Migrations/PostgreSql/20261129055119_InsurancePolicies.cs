using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RobotPlan.EntityFrameworkCore.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Insurer = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PolicyNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Premium = table.Column<long>(type: "bigint", nullable: false),
                    PremiumPaid = table.Column<long>(type: "bigint", nullable: false),
                    PremiumProofFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    SumInsured = table.Column<long>(type: "bigint", nullable: false),
                    LiabilityLimit = table.Column<long>(type: "bigint", nullable: false),
                    PreviousPolicyId = table.Column<Guid>(type: "uuid", nullable: true),
                    PolicyYear = table.Column<int>(type: "integer", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Units = table.Column<string>(type: "jsonb", nullable: true)
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
