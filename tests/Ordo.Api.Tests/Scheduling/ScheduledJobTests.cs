using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Application.Settings;
using Ordo.Infrastructure.Scheduling;
using Quartz;

namespace Ordo.Api.Tests.Scheduling;

/// <summary>
/// The scheduled jobs' bodies (use cases, run here with the test clock) and the scheduler that runs them: on
/// PostgreSQL a clustered store shared by every instance. These tests move the app's clock, so they have an app of their own.
/// </summary>
public abstract class ScheduledJobTests(OrdoApp app) : ApiTest(app)
{
    private const string Never = "0 0 0 1 1 ? 2099";
    private static readonly TimeSpan CartLifetime = TimeSpan.FromDays(OrdoApp.CartLifetimeDays);

    [Fact]
    public async Task The_expiry_job_deletes_cart_lines_past_their_lifetime_and_keeps_the_others()
    {
        var customer = await NewCustomerAsync();
        var old = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Hết hạn"));
        App.Clock.Advance(CartLifetime - TimeSpan.FromDays(1));
        var fresh = await customer.AddToCartAsync(CartLineRequest.From(Shop.Xiaomi, "Còn hạn"));
        App.Clock.Advance(TimeSpan.FromDays(2));

        var expired = await RunAsync<ExpireCartLines>(job => job.RunAsync(CancellationToken.None));

        Assert.True(expired >= 1);
        var kept = await WithDbAsync(db => db.CartLines.Where(l => l.CustomerId == customer.Id).Select(l => l.Id).ToListAsync());
        Assert.Equal([fresh.Id], kept);
        Assert.DoesNotContain(old.Id, kept);
    }

    [Fact]
    public async Task The_prune_job_deletes_idempotency_keys_older_than_their_lifetime_and_keeps_the_others()
    {
        var lifetime = new IdempotencyOptions().KeyLifetime;
        var oldKey = await AddKeyAsync();
        App.Clock.Advance(lifetime - TimeSpan.FromMinutes(5));
        var recentKey = await AddKeyAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(10));

        var pruned = await RunAsync<PruneIdempotencyKeys>(job => job.RunAsync(CancellationToken.None));

        Assert.True(pruned >= 1);
        var left = await WithDbAsync(db => db.IdempotencyRecords.Where(r => r.Key == oldKey || r.Key == recentKey).Select(r => r.Key).ToListAsync());
        Assert.Equal([recentKey], left);
    }

    [Fact]
    public async Task A_job_triggered_while_two_instances_run_runs_once_and_the_store_is_clustered_on_postgres()
    {
        await using var first = Instance();
        await using var second = Instance();
        var schedulers = new[] { await SchedulerOfAsync(first), await SchedulerOfAsync(second) };

        await schedulers[0].TriggerJob(ExpireCartLinesJob.Key);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await ExecutedAsync(schedulers) == 0 || !await IdleAsync(schedulers))
        {
            await Task.Delay(100, timeout.Token);
        }

        Assert.Equal(1, await ExecutedAsync(schedulers));
        var metadata = await schedulers[0].GetMetadata();
        var postgres = App.Provider == "Postgres";
        Assert.Equal((postgres, postgres), (metadata.JobStoreClustered, metadata.JobStorePersistent));
    }

    private static readonly string[] ScheduledJobs = ["ExpireCartLines", "PruneIdempotencyKeys", "MarkLateOrders", "MarkLostParcels", "CompleteDeliveredOrders"];

    private WebApplicationFactory<Program> Instance() => App.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Ordo:Jobs:Enabled", "true");
        // Every schedule is off, so only the triggered job runs (the late-order, lost-parcel and completion jobs fired at
        // :20 of the hour once and made this test count three).
        foreach (var job in ScheduledJobs)
        {
            builder.UseSetting($"Ordo:Jobs:{job}", Never);
        }
    });

    private static async Task<IScheduler> SchedulerOfAsync(WebApplicationFactory<Program> host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (scheduler.Status != SchedulerStatus.Running)
        {
            await Task.Delay(50, timeout.Token);
        }

        return scheduler;
    }

    private static async Task<int> ExecutedAsync(IEnumerable<IScheduler> schedulers)
    {
        var total = 0;
        foreach (var scheduler in schedulers)
        {
            total += (await scheduler.GetMetadata()).JobsExecuted;
        }

        return total;
    }

    /// <summary>No instance runs a job and, on PostgreSQL, no trigger is in flight: nothing more can fire.</summary>
    private async Task<bool> IdleAsync(IEnumerable<IScheduler> schedulers)
    {
        foreach (var scheduler in schedulers)
        {
            if ((await scheduler.GetMetadata()).LocalExecutingJobs > 0)
            {
                return false;
            }
        }

        if (App.Provider != "Postgres")
        {
            return true;
        }

        return await WithDbAsync(async db =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT (SELECT count(*) FROM qrtz_fired_triggers) + (SELECT count(*) FROM qrtz_triggers WHERE job_name = @job) - 1", connection);
            command.Parameters.AddWithValue("job", ExpireCartLinesJob.Key.Name);
            return (long)(await command.ExecuteScalarAsync())! == 0;
        });
    }

    private async Task<string> AddKeyAsync()
    {
        var key = Guid.NewGuid().ToString("N");
        await WithDbAsync(async db =>
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Key = key, Method = "POST", Path = "/api/cart/submit", RequestHash = new string('0', 64), CreatedAt = App.Clock.GetUtcNow(),
            });
            return await db.SaveChangesAsync();
        });
        return key;
    }

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> run)
        where TUseCase : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private Task<int> RunAsync<TUseCase>(Func<TUseCase, Task<int>> run)
        where TUseCase : notnull => RunAsync<TUseCase, int>(run);

    private async Task<T> WithDbAsync<T>(Func<OrdoDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrdoDbContext>());
    }

    public sealed class OnSqlite(SqliteApp app) : ScheduledJobTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ScheduledJobTests(app), IClassFixture<PostgresApp>;
}
