using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ordo.Api.Tests.Hosting;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Infrastructure.Data;

namespace Ordo.Api.Tests.Common;

/// <summary>
/// <c>/health</c> reports whether the database answers, but a monitor polling it many times a second must not cost a
/// connection and a query each time: the probe's answer is kept for a second.
/// </summary>
public sealed class DatabaseHealthCheckTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ordo-health-" + Guid.NewGuid().ToString("N"));

    public DatabaseHealthCheckTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_monitor_polling_health_asks_the_database_at_most_once_a_second()
    {
        var file = Path.Combine(_folder, "ordo.db");
        await File.WriteAllBytesAsync(file, []);
        await using var services = Services($"Data Source={file}");
        var scopes = new CountingScopes(services.GetRequiredService<IServiceScopeFactory>());
        var clock = new TestClock();
        using var check = new DatabaseHealthCheck(scopes, clock);

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        }

        Assert.Equal(1, scopes.Created);
        clock.Advance(DatabaseHealthCheck.Freshness + TimeSpan.FromMilliseconds(100));
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        Assert.Equal(2, scopes.Created);
    }

    [Fact]
    public async Task Health_is_unhealthy_when_the_database_is_not_there()
    {
        await using var services = Services($"Data Source={Path.Combine(_folder, "missing", "ordo.db")};Mode=ReadWrite");
        using var check = new DatabaseHealthCheck(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The database does not answer.", result.Description);
    }

    private static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddDbContext<OrdoDbContext>(options => DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString));
        return services.BuildServiceProvider();
    }

    private sealed class CountingScopes(IServiceScopeFactory inner) : IServiceScopeFactory
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public IServiceScope CreateScope()
        {
            Interlocked.Increment(ref _created);
            return inner.CreateScope();
        }
    }
}
