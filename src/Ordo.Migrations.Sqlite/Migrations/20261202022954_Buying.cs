using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Buying : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                table: "Orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BuyerName",
                table: "Orders",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ChinaShippingCny",
                table: "Orders",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "OrderedAt",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PurchasedQuantity",
                table: "OrderLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PurchasedUnitPriceCny",
                table: "OrderLines",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BuyingAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Marketplace = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedAccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaymentKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PaymentAccount = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuyingAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LateOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MarkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReasonGivenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReasonGivenById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReasonGivenByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LateOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OrderTrackingNumbers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Marketplace = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderTrackingNumbers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShopOrderNumberChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    From = table.Column<string>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopOrderNumberChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShopPurchases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuyingAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuyingAccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ShopOrderNumbers = table.Column<string>(type: "TEXT", nullable: false),
                    GoodsCostCny = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ChinaShippingCny = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BargainDiscountCny = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PaidCny = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    VndPerCny = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PurchasedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopPurchases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuyingAccountStaff",
                columns: table => new
                {
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyingAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuyingAccountStaff", x => new { x.BuyingAccountId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_BuyingAccountStaff_BuyingAccounts_BuyingAccountId",
                        column: x => x.BuyingAccountId,
                        principalTable: "BuyingAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_BuyerId_CreatedAt_Id",
                table: "Orders",
                columns: new[] { "BuyerId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_PricedAt_Id",
                table: "Orders",
                columns: new[] { "Status", "PricedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_BuyingAccounts_Marketplace_NormalizedAccountName",
                table: "BuyingAccounts",
                columns: new[] { "Marketplace", "NormalizedAccountName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuyingAccountStaff_StaffId",
                table: "BuyingAccountStaff",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_LateOrders_DueAt_Kind",
                table: "LateOrders",
                columns: new[] { "DueAt", "Kind" },
                filter: "\"ResolvedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LateOrders_OrderId_Kind",
                table: "LateOrders",
                columns: new[] { "OrderId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderTrackingNumbers_Marketplace_Number",
                table: "OrderTrackingNumbers",
                columns: new[] { "Marketplace", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderTrackingNumbers_Number",
                table: "OrderTrackingNumbers",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_OrderTrackingNumbers_OrderId",
                table: "OrderTrackingNumbers",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ShopOrderNumberChanges_Pending",
                table: "ShopOrderNumberChanges",
                column: "OrderId",
                unique: true,
                filter: "\"Status\" = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "IX_ShopOrderNumberChanges_Status_RequestedAt",
                table: "ShopOrderNumberChanges",
                columns: new[] { "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ShopPurchases_OrderId",
                table: "ShopPurchases",
                column: "OrderId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuyingAccountStaff");

            migrationBuilder.DropTable(
                name: "LateOrders");

            migrationBuilder.DropTable(
                name: "OrderTrackingNumbers");

            migrationBuilder.DropTable(
                name: "ShopOrderNumberChanges");

            migrationBuilder.DropTable(
                name: "ShopPurchases");

            migrationBuilder.DropTable(
                name: "BuyingAccounts");

            migrationBuilder.DropIndex(
                name: "IX_Orders_BuyerId_CreatedAt_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_PricedAt_Id",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "BuyerName",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ChinaShippingCny",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "OrderedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PurchasedQuantity",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "PurchasedUnitPriceCny",
                table: "OrderLines");
        }
    }
}
