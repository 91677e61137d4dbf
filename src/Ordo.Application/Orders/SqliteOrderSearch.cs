using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>
/// SQLite's index for the order list's "contains" searches: an FTS5 table with the trigram tokenizer over the four
/// search columns, so a rare word is found among 1,000,000 orders without reading them all (PostgreSQL has pg_trgm
/// GIN indexes on the columns themselves). Triggers on Orders keep it in step, whoever writes. Start-up creates the
/// table and its triggers when they are missing (a migration that rebuilds Orders drops its triggers) and refills it
/// when it no longer holds one row per order.
/// </summary>
public static class SqliteOrderSearch
{
    private const string Table = "OrderSearch";

    /// <summary>The columns it indexes, as the order list's filters name them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [nameof(Order.SearchText), nameof(Order.CustomerSearchText), nameof(Order.ShopSearchText), nameof(Order.TitleSearchText)];

    /// <summary>Trigrams need three characters: a shorter term is matched by scanning.</summary>
    public static bool CanMatch(string term) => term.EnumerateRunes().Count() >= 3;

    private static string ColumnList(string prefix) => string.Join(", ", Columns.Select(c => $"{prefix}\"{c}\""));

    private static readonly string CreateSql = $"""
        CREATE VIRTUAL TABLE IF NOT EXISTS "{Table}" USING fts5("OrderId" UNINDEXED, {ColumnList("")}, tokenize = 'trigram');
        CREATE TRIGGER IF NOT EXISTS "Orders_search_insert" AFTER INSERT ON "Orders" BEGIN
            INSERT INTO "{Table}" (rowid, "OrderId", {ColumnList("")}) VALUES (new.rowid, new."Id", {ColumnList("new.")});
        END;
        CREATE TRIGGER IF NOT EXISTS "Orders_search_update" AFTER UPDATE OF {ColumnList("")} ON "Orders" BEGIN
            DELETE FROM "{Table}" WHERE rowid = old.rowid;
            INSERT INTO "{Table}" (rowid, "OrderId", {ColumnList("")}) VALUES (new.rowid, new."Id", {ColumnList("new.")});
        END;
        CREATE TRIGGER IF NOT EXISTS "Orders_search_delete" AFTER DELETE ON "Orders" BEGIN
            DELETE FROM "{Table}" WHERE rowid = old.rowid;
        END;
        """;

    private static readonly string RefillSql = $"""
        DELETE FROM "{Table}";
        INSERT INTO "{Table}" (rowid, "OrderId", {ColumnList("")}) SELECT rowid, "Id", {ColumnList("")} FROM "Orders";
        """;

    /// <summary>Creates the index and its triggers if missing; refills it when it does not hold exactly the orders.</summary>
    public static async Task EnsureAsync(OrdoDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync(CreateSql, ct);
        // Each indexed row must be the order with the same rowid (a VACUUM may renumber a table's rowids).
        var agreeing = await db.Database.SqlQueryRaw<int>(
            $"""SELECT count(*) AS "Value" FROM "{Table}" s JOIN "Orders" o ON o.rowid = s.rowid AND o."Id" = s."OrderId" """).SingleAsync(ct);
        var indexed = await db.Database.SqlQueryRaw<int>($"""SELECT count(*) AS "Value" FROM "{Table}" """).SingleAsync(ct);
        var orders = await db.Orders.CountAsync(ct);
        if (agreeing != orders || indexed != orders)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(RefillSql, ct);
            await transaction.CommitAsync(ct);
        }
    }

    // The column is one of Columns, never user input; the term and the limit are parameters.
    private static readonly Dictionary<string, string> CountSql = Columns.ToDictionary(
        c => c, c => $$"""SELECT count(*) AS "Value" FROM (SELECT 1 FROM "{{Table}}" WHERE "{{c}}" MATCH {0} LIMIT {1})""", StringComparer.Ordinal);

    private static readonly Dictionary<string, string> IdsSql = Columns.ToDictionary(
        c => c, c => $$"""SELECT "OrderId" AS "Value" FROM "{{Table}}" WHERE "{{c}}" MATCH {0}""", StringComparer.Ordinal);

    /// <summary>
    /// The ids of the orders whose column contains the term (lower case, at least three characters), or null when
    /// <paramref name="limit"/> or more do. Counting first reads only the index; each id is read from the index's
    /// stored rows, which is worth it for a rare term only. The list's page and its count then take the ids.
    /// </summary>
    public static async Task<List<Guid>?> MatchingAsync(OrdoDbContext db, string column, string term, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var phrase = Phrase(term);
        var countSql = CountSql[column];
        if (await db.Database.SqlQueryRaw<int>(countSql, phrase, limit).SingleAsync(ct) >= limit)
        {
            return null;
        }

        var idsSql = IdsSql[column];
        return await db.Database.SqlQueryRaw<Guid>(idsSql, phrase).ToListAsync(ct);
    }

    /// <summary>The term as one FTS5 phrase: matched as written, quotes doubled, no operators.</summary>
    private static string Phrase(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
