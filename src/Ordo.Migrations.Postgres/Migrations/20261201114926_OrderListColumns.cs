using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrderListColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CsStaffId_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Kind_CreatedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders");

            migrationBuilder.AddColumn<int>(
                name: "ItemCount",
                table: "Orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TotalQuantity",
                table: "Orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Orders from before this migration count their lines and parcels once: one aggregate over both tables,
            // joined back, rather than four correlated subqueries per order. The UPDATE still rewrites every order row
            // and its index entries: about 8 minutes on a million orders (2 cores), hence no command timeout on migrations.
            migrationBuilder.Sql("""
                UPDATE "Orders" o SET "ItemCount" = a.item_count, "TotalQuantity" = a.total_quantity
                FROM (
                    SELECT "OrderId", COUNT(*)::integer AS item_count, COALESCE(SUM("Quantity"), 0)::integer AS total_quantity
                    FROM (SELECT "OrderId", "Quantity" FROM "OrderLines"
                          UNION ALL
                          SELECT "OrderId", "Quantity" FROM "ShippingItems") parts
                    GROUP BY "OrderId") a
                WHERE o."Id" = a."OrderId"
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CsStaffId_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "CsStaffId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "CustomerId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Kind_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "Kind", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CsStaffId_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Kind_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ItemCount",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "TotalQuantity",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CreatedAt",
                table: "Orders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CsStaffId_CreatedAt",
                table: "Orders",
                columns: new[] { "CsStaffId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_CreatedAt",
                table: "Orders",
                columns: new[] { "CustomerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Kind_CreatedAt",
                table: "Orders",
                columns: new[] { "Kind", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_CreatedAt",
                table: "Orders",
                columns: new[] { "Status", "CreatedAt" });
        }
    }
}
