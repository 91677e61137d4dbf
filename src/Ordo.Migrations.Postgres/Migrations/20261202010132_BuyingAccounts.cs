using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BuyingAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuyingAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Marketplace = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AccountName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedAccountName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PaymentKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PaymentAccount = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuyingAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuyingAccountStaff",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyingAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuyingAccountStaff", x => new { x.BuyingAccountId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_BuyingAccountStaff_BuyingAccounts_BuyingAccountId",
                        column: x => x.BuyingAccountId,
                        principalTable: "BuyingAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuyingAccounts_Marketplace_NormalizedAccountName",
                table: "BuyingAccounts",
                columns: new[] { "Marketplace", "NormalizedAccountName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuyingAccountStaff_StaffId",
                table: "BuyingAccountStaff",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuyingAccountStaff");

            migrationBuilder.DropTable(
                name: "BuyingAccounts");
        }
    }
}
