using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Common;

namespace Ordo.Application.Common.Outbox;

/// <summary>
/// Delivers committed outbox messages to their handlers. A batch is claimed by a guarded UPDATE that sets a
/// lease, so several instances on one database never deliver the same message at once; each handler runs in
/// its own scope and transaction with the record that it handled the event, so a redelivery skips it; a
/// failure is retried with exponential back-off and parked after <see cref="OutboxOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher> logger)
{
    private OutboxOptions Options => options.Value;

    /// <summary>Delivers every due message, batch after batch, until none is left; returns how many were delivered or failed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        var total = 0;
        while (!ct.IsCancellationRequested)
        {
            var batch = await ClaimBatchAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            // Delivered messages are marked processed together, one statement per batch; a crash before it redelivers
            // them, and each handler skips an event it already handled (ProcessedEvents).
            var delivered = new List<OutboxMessage>(batch.Count);
            foreach (var message in batch)
            {
                if (ct.IsCancellationRequested)
                {
                    // Shutting down: record what was delivered, hand the rest of the batch back rather than leave it leased.
                    await MarkProcessedAsync(delivered, CancellationToken.None);
                    await ReleaseAsync(batch[0].LockedBy, CancellationToken.None);
                    return total;
                }

                // A message in hand finishes even when stopping, so its handlers' work and its outcome commit together.
                if (await DeliverAsync(message, CancellationToken.None))
                {
                    delivered.Add(message);
                }

                total++;
            }

            await MarkProcessedAsync(delivered, CancellationToken.None);
        }

        return total;
    }

    private async Task MarkProcessedAsync(List<OutboxMessage> delivered, CancellationToken ct)
    {
        if (delivered.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        var now = clock.GetUtcNow();
        var claim = delivered[0].LockedBy;
        var ids = delivered.ConvertAll(m => m.Id);
        // Attempts counts this delivery, each row its own.
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.LockedBy == claim).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ProcessedAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LockedBy, (Guid?)null),
            ct);
        foreach (var type in delivered.GroupBy(m => m.Type))
        {
            OrdoTelemetry.EventsDispatched.Add(type.Count(), new KeyValuePair<string, object?>("event_type", type.Key));
        }
    }

    private async Task<IReadOnlyList<OutboxMessage>> ClaimBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null
                        && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
                        && (m.LockedUntil == null || m.LockedUntil <= now))
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(Options.BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return [];
        }

        // The lease condition is checked again by the UPDATE itself: of two instances that read the same ids,
        // PostgreSQL lets the second UPDATE see the first one's lease and skip those rows.
        var claim = Guid.NewGuid();
        var leaseEnd = now + Options.Lease;
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id) && m.ProcessedAt == null && m.ParkedAt == null && (m.LockedUntil == null || m.LockedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd).SetProperty(m => m.LockedBy, claim), ct);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.LockedBy == claim)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .ToListAsync(ct);
    }

    private async Task ReleaseAsync(Guid? claim, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        await db.OutboxMessages.Where(m => m.LockedBy == claim && m.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.LockedBy, (Guid?)null), ct);
    }

    /// <summary>Runs the message's handlers; true when all succeeded (the caller marks it processed), else records the failure.</summary>
    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        using var activity = OrdoTelemetry.Source.StartActivity($"outbox deliver {message.Type}", ActivityKind.Consumer);
        activity?.SetTag("ordo.outbox.message_id", message.Id);
        activity?.SetTag("ordo.outbox.event_type", message.Type);
        activity?.SetTag("ordo.outbox.attempt", message.Attempts + 1);
        var failures = new List<string>();
        try
        {
            var domainEvent = DomainEventTypes.Deserialize(message.Type, message.Payload);
            var invoker = HandlerInvoker.For(domainEvent.GetType());
            var context = new OutboxEventContext(message.Id, message.Attempts + 1);
            int handlerCount;
            await using (var probe = scopes.CreateAsyncScope())
            {
                handlerCount = invoker.Handlers(probe.ServiceProvider).Count;
            }

            for (var i = 0; i < handlerCount; i++)
            {
                if (await RunHandlerAsync(invoker, i, domainEvent, context, ct) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failures.Add(ex.Message);
        }

        if (failures.Count == 0)
        {
            return true;
        }

        await RecordFailureAsync(message, failures, ct);
        activity?.SetStatus(ActivityStatusCode.Error, failures[0]);
        return false;
    }

    /// <summary>Runs one handler unless it already handled this event; returns its failure, if any.</summary>
    private async Task<string?> RunHandlerAsync(HandlerInvoker invoker, int index, IDomainEvent domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = invoker.Handlers(scope.ServiceProvider)[index];
        var name = HandlerName(handler);
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // A failed save rolls the whole transaction back: no savepoint around each save is needed.
            db.Database.AutoSavepointsEnabled = false;
            if (await db.ProcessedEvents.AnyAsync(p => p.EventId == context.EventId && p.Handler == name, ct))
            {
                return null;
            }

            await invoker.InvokeAsync(handler, domainEvent, context, ct);
            db.ProcessedEvents.Add(new ProcessedEvent { EventId = context.EventId, Handler = name, ProcessedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogHandlerFailed(ex, name, context.EventId);
            return $"{name}: {ex.Message}";
        }
    }

    private async Task RecordFailureAsync(OutboxMessage message, List<string> failures, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var mine = db.OutboxMessages.Where(m => m.Id == message.Id && m.LockedBy == message.LockedBy);
        var tags = new KeyValuePair<string, object?>("event_type", message.Type);
        var error = string.Join(" | ", failures);
        error = error.Length > 2000 ? error[..2000] : error;
        var parked = attempts >= Options.MaxAttempts;
        DateTimeOffset? parkedAt = parked ? now : null;
        DateTimeOffset? nextAttempt = parked ? null : now + RetrySchedule.DelayAfter(attempts, Options.FirstRetryDelay, Options.MaxRetryDelay);
        await mine.ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptAt, nextAttempt).SetProperty(m => m.ParkedAt, parkedAt)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.LockedBy, (Guid?)null),
            ct);
        OrdoTelemetry.DispatchFailures.Add(1, tags);
        if (parked)
        {
            OrdoTelemetry.EventsParked.Add(1, tags);
            LogParked(message.Id, message.Type, attempts, error);
        }
    }

    internal static string HandlerName(object handler) => handler.GetType().FullName ?? handler.GetType().Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox handler {Handler} failed on event {EventId}")]
    private partial void LogHandlerFailed(Exception exception, string handler, Guid eventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Type}) parked after {Attempts} failed deliveries: {Error}")]
    private partial void LogParked(Guid messageId, string type, int attempts, string error);
}
