using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Infrastructure.Data;

namespace Ordo.LoadBench;

/// <summary>
/// The SQLite database of the load benchmark: Ordo's SQLite migrations, then the seeded PostgreSQL rows copied
/// over with prepared inserts in large transactions, each value stored as EF's SQLite provider stores it
/// (GUIDs as upper-case text, decimals as text, instants as UTC binary ticks).
/// </summary>
internal static class SqliteCopy
{
    private static readonly string[] Tables =
        ["AspNetRoles", "AspNetUsers", "AspNetUserRoles", "CodeSequences", "Orders", "OrderLines", "ShippingItems", "OrderHistory"];

    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    public static async Task<int> RunAsync(Args args)
    {
        var clock = Stopwatch.StartNew();
        var file = args.Get("file");
        var options = new DbContextOptionsBuilder<OrdoDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={file}");
        await using (var db = new OrdoDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await using var source = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(args.Get("connection")) { CommandTimeout = 0 }.ConnectionString);
        await source.OpenAsync();
        await using var target = new SqliteConnection($"Data Source={file};Pooling=False");
        await target.OpenAsync();
        await using (var pragma = new SqliteCommand("PRAGMA synchronous=OFF;", target))
        {
            await pragma.ExecuteNonQueryAsync();
        }

        foreach (var table in Tables)
        {
            var rows = await CopyAsync(source, target, table);
            Console.Error.WriteLine($"[sqlite] {table}: {rows} rows, {clock.Elapsed.TotalSeconds:F1} s");
        }

        Console.WriteLine($"SQLITE seconds={clock.Elapsed.TotalSeconds:F1}");
        return 0;
    }

    private static async Task<long> CopyAsync(NpgsqlConnection source, SqliteConnection target, string table)
    {
        var columns = new List<string>();
        await using (var info = new SqliteCommand($"SELECT name FROM pragma_table_info('{table}')", target))
        await using (var reader = await info.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        await using (var clear = new SqliteCommand($"DELETE FROM \"{table}\"", target))
        {
            await clear.ExecuteNonQueryAsync();
        }

        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var select = new NpgsqlCommand($"SELECT {list} FROM \"{table}\"", source);
        await using var rows = await select.ExecuteReaderAsync();
        var transaction = target.BeginTransaction();
        var insert = new SqliteCommand($"INSERT INTO \"{table}\" ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})", target, transaction);
        var parameters = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();
        long count = 0;
        while (await rows.ReadAsync())
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = Value(rows.GetValue(i));
            }

            insert.ExecuteNonQuery();
            if (++count % 50_000 == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = target.BeginTransaction();
                insert.Transaction = transaction;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        insert.Dispose();
        return count;
    }

    private static object Value(object value) => value switch
    {
        DBNull => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        decimal d => d.ToString("0.0###########################", CultureInfo.InvariantCulture),
        DateTime t => Instant.ConvertToProvider(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)))!,
        bool b => b ? 1L : 0L,
        _ => value,
    };
}
