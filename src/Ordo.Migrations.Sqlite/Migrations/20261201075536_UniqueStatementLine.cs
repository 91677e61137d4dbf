using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UniqueStatementLine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TopUps_StatementReference",
                table: "TopUps");

            migrationBuilder.CreateIndex(
                name: "IX_TopUps_StatementReference",
                table: "TopUps",
                column: "StatementReference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TopUps_StatementReference",
                table: "TopUps");

            migrationBuilder.CreateIndex(
                name: "IX_TopUps_StatementReference",
                table: "TopUps",
                column: "StatementReference");
        }
    }
}
