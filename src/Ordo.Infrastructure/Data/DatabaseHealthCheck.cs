using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ordo.Application.Data;

namespace Ordo.Infrastructure.Data;

/// <summary>
/// Whether the database answers, asked at most once per <see cref="Freshness"/>: a load balancer or a monitor polling
/// <c>/health</c> many times a second gets the last answer instead of a connection and a query each time. A probe
/// that fails is reported as soon as it has failed; while one probe runs, other callers take the last answer rather
/// than queueing behind it (the first caller ever waits for the first answer).
/// </summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, TimeProvider clock) : IHealthCheck, IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim probing = new(1, 1);
    private Answer? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var known = Volatile.Read(ref last);
        if (known is not null)
        {
            if (IsFresh(known) || !probing.Wait(0, CancellationToken.None))
            {
                return known.Result;
            }
        }
        else
        {
            await probing.WaitAsync(cancellationToken);
        }

        try
        {
            // Another caller may have probed while this one waited for its turn.
            known = Volatile.Read(ref last);
            if (known is not null && IsFresh(known))
            {
                return known.Result;
            }

            var result = await ProbeAsync(cancellationToken);
            Volatile.Write(ref last, new Answer(clock.GetUtcNow(), result));
            return result;
        }
        finally
        {
            probing.Release();
        }
    }

    public void Dispose() => probing.Dispose();

    private bool IsFresh(Answer answer) => clock.GetUtcNow() - answer.At < Freshness;

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
            return await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", error);
        }
    }

    private sealed record Answer(DateTimeOffset At, HealthCheckResult Result);
}
