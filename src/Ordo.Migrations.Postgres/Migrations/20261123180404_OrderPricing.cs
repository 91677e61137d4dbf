using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrderPricing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PricedAt",
                table: "Orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PricedLoyaltyAdvancePercent",
                table: "Orders",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PricedLoyaltyDiscountPercent",
                table: "Orders",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "PricedServiceFeePercent",
                table: "Orders",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PricedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PricedLoyaltyAdvancePercent",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PricedLoyaltyDiscountPercent",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PricedServiceFeePercent",
                table: "Orders");
        }
    }
}
