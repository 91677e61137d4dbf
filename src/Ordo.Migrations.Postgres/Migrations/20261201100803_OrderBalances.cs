using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrderBalances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrderBalances",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TotalVnd = table.Column<long>(type: "bigint", nullable: false),
                    PaidVnd = table.Column<long>(type: "bigint", nullable: false),
                    DueVnd = table.Column<long>(type: "bigint", nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderBalances", x => x.OrderId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrderBalances_CustomerId_IsOpen",
                table: "OrderBalances",
                columns: new[] { "CustomerId", "IsOpen" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderBalances_IsOpen_DueVnd",
                table: "OrderBalances",
                columns: new[] { "IsOpen", "DueVnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrderBalances");
        }
    }
}
