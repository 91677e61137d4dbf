using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomerTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CustomerTermsChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreviousLoyaltyTierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LoyaltyTierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreviousServiceFeePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ServiceFeePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    PreviousCustomerGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerGroupId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerTermsChanges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CustomerGroupId",
                table: "AspNetUsers",
                column: "CustomerGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_LoyaltyTierId",
                table: "AspNetUsers",
                column: "LoyaltyTierId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerTermsChanges_CustomerId_Version",
                table: "CustomerTermsChanges",
                columns: new[] { "CustomerId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerTermsChanges");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_CustomerGroupId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_LoyaltyTierId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                table: "AspNetUsers");
        }
    }
}
