using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
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
INSERT INTO "OrderTrackingNumbers" ("Id", "OrderId", "Marketplace", "Number", "AddedAt", "AddedById", "AddedByName", "Version")
SELECT gen_random_uuid(), i."OrderId", 'Other', i."TrackingNumber", o."CreatedAt", o."CustomerId", o."CustomerName", 0
FROM "ShippingItems" AS i JOIN "Orders" AS o ON o."Id" = i."OrderId"
WHERE o."Kind" = 'Shipping' AND o."Status" NOT IN ('Rejected', 'Cancelled', 'OutOfStock')
  AND length(i."TrackingNumber") BETWEEN 6 AND 40
ORDER BY o."CreatedAt"
ON CONFLICT DO NOTHING;
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
