using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Marketplace = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedAccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaymentKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PaymentAccount = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuyingAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuyingAccountStaff",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyingAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
