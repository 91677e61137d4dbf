using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Application.Logistics;
using Ordo.Application.Money.Debts;
using Ordo.Application.Orders;
using Ordo.Application.Settings;

namespace Ordo.Infrastructure.Data;

/// <summary>Chooses the database provider from configuration and points EF at that provider's migrations.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "Ordo";
    public const string DefaultSqlite = "Data Source=data/ordo.db";

    public static IServiceCollection AddOrdoDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue($"{OrdoOptions.Section}:Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        // Pooled: a request leases a context instead of building one (its options, its internal services), which
        // was a sixth of what a small request cost the server. The interceptors are singletons for that reason.
        services.AddDbContextPool<OrdoDbContext>((services, options) =>
        {
            Configure(options, provider, connectionString);
            options.AddInterceptors(
                services.GetRequiredService<OutboxWakeInterceptor>(),
                services.GetRequiredService<AccountChangeInterceptor>(),
                services.GetRequiredService<AccountCommitInterceptor>(),
                services.GetRequiredService<OrderBalanceInterceptor>(),
                services.GetRequiredService<WarehouseChangeInterceptor>());
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Ordo:Database:Provider is Postgres but ConnectionStrings:Ordo is empty.");
            }

            options.UseNpgsql(PreparePostgres(connectionString), npgsql => npgsql.MigrationsAssembly("Ordo.Migrations.Postgres"));
        }
        else
        {
            options.UseSqlite(PrepareSqlite(connectionString ?? DefaultSqlite), sqlite => sqlite.MigrationsAssembly("Ordo.Migrations.Sqlite"));
        }
    }

    /// <summary>
    /// Two pool settings Ordo's requests want, unless the connection string sets them itself. Ordo keeps no session
    /// state on a connection (its few settings are <c>SET LOCAL</c>), so a connection going back to the pool needs
    /// no <c>DISCARD ALL</c>; and statements that run often are prepared once per connection, which halved the
    /// database's CPU per order-list page under 32 clients (planning was most of it). A pooler in transaction
    /// mode that cannot keep prepared statements: set <c>Max Auto Prepare=0</c>.
    /// </summary>
    public static string PreparePostgres(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Creates the folder of a SQLite file so the first start needs no preparation.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30 };
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Applies pending migrations (both providers), on SQLite turns on write-ahead logging and makes sure of the order
    /// search index, and writes the order balances a database from before them lacks.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        // A migration that backfills a column walks every row: on a large database that takes longer than the 30 s
        // a request's command may, and a timeout would stop the upgrade halfway. Migrations get no command timeout.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0); // 0: none
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }

        if (db.IsSqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await SqliteOrderSearch.EnsureAsync(db, ct);
        }

        await scope.ServiceProvider.GetRequiredService<OrderBalanceProjection>().CatchUpAsync(ct);
    }
}
