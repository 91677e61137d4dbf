using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CustomerTermsChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PreviousLoyaltyTierId = table.Column<Guid>(type: "uuid", nullable: true),
                    LoyaltyTierId = table.Column<Guid>(type: "uuid", nullable: true),
                    PreviousServiceFeePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    ServiceFeePercent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    PreviousCustomerGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    CustomerGroupId = table.Column<Guid>(type: "uuid", nullable: true)
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
