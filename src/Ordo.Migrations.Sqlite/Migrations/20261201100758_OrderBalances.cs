using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
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
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TotalVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    DueVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
