using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ShippingTrackingNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Shipping orders' parcels join the tracking-number registry, so a number stays with one open order; where two
            // open orders already declared the same number, the older keeps it.
            migrationBuilder.Sql("""
INSERT OR IGNORE INTO "OrderTrackingNumbers" ("Id", "OrderId", "Marketplace", "Number", "AddedAt", "AddedById", "AddedByName", "Version")
SELECT upper(substr(r.h, 1, 8) || '-' || substr(r.h, 9, 4) || '-' || substr(r.h, 13, 4) || '-' || substr(r.h, 17, 4) || '-' || substr(r.h, 21, 12)),
       r."OrderId", 'Other', r."TrackingNumber", r."CreatedAt", r."CustomerId", r."CustomerName", 0
FROM (SELECT i."OrderId", i."TrackingNumber", o."CreatedAt", o."CustomerId", o."CustomerName", hex(randomblob(16)) AS h
      FROM "ShippingItems" AS i JOIN "Orders" AS o ON o."Id" = i."OrderId"
      WHERE o."Kind" = 'Shipping' AND o."Status" NOT IN ('Rejected', 'Cancelled', 'OutOfStock')
        AND length(i."TrackingNumber") BETWEEN 6 AND 40
      ORDER BY o."CreatedAt") AS r;
""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
DELETE FROM "OrderTrackingNumbers" WHERE "OrderId" IN (SELECT "Id" FROM "Orders" WHERE "Kind" = 'Shipping');
""");
        }
    }
}
