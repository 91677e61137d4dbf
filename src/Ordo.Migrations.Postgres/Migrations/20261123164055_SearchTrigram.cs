using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ordo.Migrations.Postgres.Migrations
{
    /// <summary>
    /// A trigram index on the orders' search text, so "contains" searches (LIKE '%…%') read the
    /// index instead of every row. pg_trgm ships with PostgreSQL and is a trusted extension: a
    /// database owner may create it.
    /// </summary>
    public partial class SearchTrigram : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_Orders_SearchText_trgm\" ON \"Orders\" USING gin (\"SearchText\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_Orders_SearchText_trgm\";");
        }
    }
}
