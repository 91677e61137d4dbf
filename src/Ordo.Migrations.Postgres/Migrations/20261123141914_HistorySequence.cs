using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HistorySequence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrderHistory_OrderId_At",
                table: "OrderHistory");

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "OrderHistory",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Number the existing timelines in the order they used to be shown.
            migrationBuilder.Sql(
                """
                UPDATE "OrderHistory" SET "Sequence" = numbered."Sequence"
                FROM (SELECT "Id", ROW_NUMBER() OVER (PARTITION BY "OrderId" ORDER BY "At", "Id") AS "Sequence" FROM "OrderHistory") AS numbered
                WHERE "OrderHistory"."Id" = numbered."Id";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_OrderHistory_OrderId_Sequence",
                table: "OrderHistory",
                columns: new[] { "OrderId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrderHistory_OrderId_Sequence",
                table: "OrderHistory");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "OrderHistory");

            migrationBuilder.CreateIndex(
                name: "IX_OrderHistory_OrderId_At",
                table: "OrderHistory",
                columns: new[] { "OrderId", "At" });
        }
    }
}
