using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ShippingItemDeclaredWeight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "DeclaredWeightKg",
                table: "ShippingItems",
                type: "numeric(9,2)",
                precision: 9,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeclaredWeightKg",
                table: "ShippingItems");
        }
    }
}
