using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Application.Data;

namespace Ordo.Api.Tests.Contract;

/// <summary>
/// What the database holds, in numbers: the row count of every table of the model, every ledger account's balance per
/// currency (the trial balance) and the wallets' cached balances. Two censuses that differ mean something was written.
/// </summary>
internal sealed record DatabaseCensus(IReadOnlyDictionary<string, string> Figures)
{
    public static async Task<DatabaseCensus> TakeAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        var figures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .Select(e => (Schema: e.GetSchema(), Table: e.GetTableName()!))
            .Distinct();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var (schema, table) in tables)
            {
                await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from the EF model, not from input
                command.CommandText = $"SELECT COUNT(*) FROM {(schema is null ? string.Empty : $"\"{schema}\".")}\"{table}\"";
#pragma warning restore CA2100
                figures[$"rows {table}"] = Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var lines = await db.JournalLines.AsNoTracking().Select(l => new { l.AccountKey, l.Currency, l.Amount }).ToListAsync();
        foreach (var account in lines.GroupBy(l => (l.AccountKey, l.Currency)))
        {
            figures[$"ledger {account.Key.AccountKey} {account.Key.Currency}"] = account.Sum(l => l.Amount).ToString(CultureInfo.InvariantCulture);
        }

        var wallets = await db.Wallets.AsNoTracking().Select(w => w.BalanceVnd).ToListAsync();
        figures["wallets total VND"] = wallets.Sum().ToString(CultureInfo.InvariantCulture);
        return new DatabaseCensus(figures);
    }

    /// <summary>The figures that differ, as "name: before → after"; empty when nothing changed.</summary>
    public IReadOnlyList<string> Differences(DatabaseCensus after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return [.. Figures.Keys.Union(after.Figures.Keys)
            .Where(k => Figures.GetValueOrDefault(k) != after.Figures.GetValueOrDefault(k))
            .Select(k => $"{k}: {Figures.GetValueOrDefault(k) ?? "-"} → {after.Figures.GetValueOrDefault(k) ?? "-"}")];
    }
}
