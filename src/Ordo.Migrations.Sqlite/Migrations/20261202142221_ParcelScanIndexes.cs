using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ParcelScanIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parcels_OrderId_ReceivedAt",
                table: "Parcels");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_OrderId_ReceivedAt_Id",
                table: "Parcels",
                columns: new[] { "OrderId", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_ReceivedAt_Id",
                table: "Parcels",
                columns: new[] { "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_WarehouseCode_ReceivedAt_Id",
                table: "Parcels",
                columns: new[] { "WarehouseCode", "ReceivedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parcels_OrderId_ReceivedAt_Id",
                table: "Parcels");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_ReceivedAt_Id",
                table: "Parcels");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_WarehouseCode_ReceivedAt_Id",
                table: "Parcels");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_OrderId_ReceivedAt",
                table: "Parcels",
                columns: new[] { "OrderId", "ReceivedAt" });
        }
    }
}
