using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrackingNumberDeclaration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "DeclaredVolumeM3",
                table: "OrderTrackingNumbers",
                type: "TEXT",
                precision: 9,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DeclaredWeightKg",
                table: "OrderTrackingNumbers",
                type: "TEXT",
                precision: 9,
                scale: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeclaredVolumeM3",
                table: "OrderTrackingNumbers");

            migrationBuilder.DropColumn(
                name: "DeclaredWeightKg",
                table: "OrderTrackingNumbers");
        }
    }
}
