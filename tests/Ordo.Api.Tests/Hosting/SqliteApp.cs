using Microsoft.Data.Sqlite;

namespace Ordo.Api.Tests.Hosting;

/// <summary>The app on a fresh SQLite file in the temp folder, deleted afterwards.</summary>
public sealed class SqliteApp : OrdoApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ordo-api-tests-{Guid.NewGuid():N}.db");

    public override string Provider => "Sqlite";

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(new SqliteConnectionStringBuilder { DataSource = _file }.ToString());

    protected override Task DropDatabaseAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
