using Npgsql;

namespace Ordo.Api.Tests.Hosting;

/// <summary>
/// The app on a database of its own, created on the test PostgreSQL server and dropped afterwards.
/// An unreachable server fails the tests: they are never skipped.
/// </summary>
public sealed class PostgresApp : OrdoApp
{
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=ordo;Password=ordo;Database=postgres";

    private readonly string _database = $"ordo_api_{Guid.NewGuid():N}";
    private bool _created;

    public override string Provider => "Postgres";

    /// <summary><c>ORDO_TEST_POSTGRES</c>, or the server <c>scripts/setup.sh</c> starts.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ORDO_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    protected override async Task<string> CreateDatabaseAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Timeout = 10 };
        try
        {
            await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE \"{_database}\"");
            _created = true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at {server.Host}:{server.Port} as '{server.Username}' ({ex.Message}). " +
                "Start the test server with scripts/setup.sh, or point ORDO_TEST_POSTGRES at a reachable server. " +
                "The API tests run on PostgreSQL and SQLite alike and are never skipped.", ex);
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database }.ConnectionString;
    }

    protected override Task DropDatabaseAsync() => _created
        ? ExecuteAsync(ServerConnectionString, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)")
        : Task.CompletedTask;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
