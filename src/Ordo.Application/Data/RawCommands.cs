using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ordo.Application.Data;

/// <summary>
/// A statement EF does not express (an upsert that returns the new value, an insert that skips a taken key), run on
/// the unit of work's own connection and inside its transaction when one is open.
/// </summary>
public static class RawCommands
{
    public static async Task<T> WithCommandAsync<T>(this OrdoDbContext db, string sql, Func<DbCommand, Task<T>> run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(run);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = sql;
            return await run(command);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A value through its column's mapping, so SQLite gets the same Guid text, enum names and instant ticks EF writes.</summary>
    public static void AddMapped<TEntity>(this DbCommand command, OrdoDbContext db, string name, string property, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(db);
        var column = db.Model.FindEntityType(typeof(TEntity))?.FindProperty(property)
                     ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no mapped property {property}.");
        command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(command, name, value, column.IsNullable));
    }

    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
