using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccountsAndOrderSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustomerSearchText",
                table: "Orders",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ShopSearchText",
                table: "Orders",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "StatusRank",
                table: "Orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "TitleSearchText",
                table: "Orders",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_StatusRank_CreatedAt",
                table: "Orders",
                columns: new[] { "StatusRank", "CreatedAt" });

            // Orders written before these columns: the status's lifecycle rank, and the shared search text (a superset)
            // for each field until the order is next saved and indexes its own fields.
            migrationBuilder.Sql("UPDATE \"Orders\" SET \"StatusRank\" = CASE \"Status\" WHEN 'Submitted' THEN 0 WHEN 'Approved' THEN 1 WHEN 'Deposited' THEN 2 WHEN 'Ordering' THEN 3 WHEN 'Ordered' THEN 4 WHEN 'ShopShipped' THEN 5 WHEN 'AwaitingParcels' THEN 6 WHEN 'InChinaWarehouse' THEN 7 WHEN 'InTransit' THEN 8 WHEN 'InVietnamWarehouse' THEN 9 WHEN 'ReadyForDelivery' THEN 10 WHEN 'Delivering' THEN 11 WHEN 'Delivered' THEN 12 WHEN 'Completed' THEN 13 WHEN 'Rejected' THEN 14 WHEN 'Cancelled' THEN 15 WHEN 'OutOfStock' THEN 16 END, \"CustomerSearchText\" = substr(\"SearchText\", 1, 1000), \"ShopSearchText\" = substr(\"SearchText\", 1, 400), \"TitleSearchText\" = \"SearchText\";");
            migrationBuilder.Sql("CREATE INDEX \"IX_Orders_CustomerSearchText_trgm\" ON \"Orders\" USING gin (\"CustomerSearchText\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_Orders_ShopSearchText_trgm\" ON \"Orders\" USING gin (\"ShopSearchText\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_Orders_TitleSearchText_trgm\" ON \"Orders\" USING gin (\"TitleSearchText\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Orders_CustomerSearchText_trgm\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Orders_ShopSearchText_trgm\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Orders_TitleSearchText_trgm\";");
            migrationBuilder.DropIndex(
                name: "IX_Orders_StatusRank_CreatedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CustomerSearchText",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ShopSearchText",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "StatusRank",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "TitleSearchText",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");
        }
    }
}
