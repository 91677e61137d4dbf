using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class JournalLineOccurredAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalLines_AccountKey_EntryId",
                table: "JournalLines");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OccurredAt",
                table: "JournalLines",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Lines posted before this migration take their entry's instant.
            migrationBuilder.Sql("""UPDATE "JournalLines" SET "OccurredAt" = (SELECT e."OccurredAt" FROM "JournalEntries" e WHERE e."Id" = "JournalLines"."EntryId")""");

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_AccountKey_OccurredAt_Id",
                table: "JournalLines",
                columns: new[] { "AccountKey", "OccurredAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JournalLines_AccountKey_OccurredAt_Id",
                table: "JournalLines");

            migrationBuilder.DropColumn(
                name: "OccurredAt",
                table: "JournalLines");

            migrationBuilder.CreateIndex(
                name: "IX_JournalLines_AccountKey_EntryId",
                table: "JournalLines",
                columns: new[] { "AccountKey", "EntryId" });
        }
    }
}
