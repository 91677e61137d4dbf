using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Stocktakes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Stocktakes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WarehouseCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RunningIn = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stocktakes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StocktakeFinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParcelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParcelStatus = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    WarehouseCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Shelf = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ScannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StocktakeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StocktakeFinds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StocktakeFinds_Stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "Stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StocktakeLines",
                columns: table => new
                {
                    ParcelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StocktakeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParcelCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Shelf = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OrderCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CountedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CountedShelf = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    MarkedLost = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StocktakeLines", x => new { x.StocktakeId, x.ParcelId });
                    table.ForeignKey(
                        name: "FK_StocktakeLines_Stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "Stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StocktakeFinds_StocktakeId_Code",
                table: "StocktakeFinds",
                columns: new[] { "StocktakeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stocktakes_Code",
                table: "Stocktakes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stocktakes_RunningIn",
                table: "Stocktakes",
                column: "RunningIn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stocktakes_WarehouseCode_StartedAt",
                table: "Stocktakes",
                columns: new[] { "WarehouseCode", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StocktakeFinds");

            migrationBuilder.DropTable(
                name: "StocktakeLines");

            migrationBuilder.DropTable(
                name: "Stocktakes");
        }
    }
}
