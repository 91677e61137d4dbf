using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Application.Common.Outbox;

namespace Ordo.Api.Tests.Logistics;

public static class LogisticsApi
{
    /// <summary>
    /// What the background dispatcher would do next (it is off in tests): every due outbox message to its handlers,
    /// so an order follows the parcels a scan received.
    /// </summary>
    public static async Task DispatchOutboxAsync(this OrdoApp app) =>
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    /// <summary>One run of a scheduled job's body (<typeparamref name="TJob"/>) in a scope of its own, on the app's clock.</summary>
    public static async Task<int> RunAsync<TJob>(this OrdoApp app, Func<TJob, Task<int>> run)
        where TJob : notnull
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
