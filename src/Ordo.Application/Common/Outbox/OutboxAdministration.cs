using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Application.Common.Outbox;

/// <summary>The administrator's view of the outbox: the messages not yet delivered, and a retry for each.</summary>
public sealed class OutboxAdministration(OrdoDbContext db, OutboxSignal signal)
{
    public const int MaxPageSize = 100;

    /// <summary>Undelivered messages, oldest first; <paramref name="state"/> narrows to pending or parked ones.</summary>
    public async Task<PagedResult<OutboxMessageDto>> ListAsync(Actor actor, OutboxMessageState? state, int page, int pageSize, CancellationToken ct)
    {
        EnsureAdmin(actor);
        if (page < 1)
        {
            throw new DomainValidationException("page", "must be 1 or more");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new DomainValidationException("pageSize", $"must be between 1 and {MaxPageSize}");
        }

        var query = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAt == null);
        query = state switch
        {
            OutboxMessageState.Pending => query.Where(m => m.ParkedAt == null),
            OutboxMessageState.Parked => query.Where(m => m.ParkedAt != null),
            _ => query,
        };
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => new OutboxMessageDto(
                m.Id, m.Type, m.OccurredAt, m.ParkedAt == null ? OutboxMessageState.Pending : OutboxMessageState.Parked,
                m.Attempts, m.LastError, m.NextAttemptAt, m.ParkedAt))
            .ToListAsync(ct);
        return new PagedResult<OutboxMessageDto>(items, total, page, pageSize);
    }

    /// <summary>
    /// Makes an undelivered message due now with a fresh count of attempts; handlers that already handled it
    /// are not called again. A delivered message cannot be retried (409).
    /// </summary>
    public async Task<OutboxMessageDto> RetryAsync(Actor actor, Guid id, CancellationToken ct)
    {
        EnsureAdmin(actor);
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct)
                      ?? throw new NotFoundException("Outbox message", id.ToString());
        if (message.ProcessedAt is not null)
        {
            throw new DomainException("outbox.already_delivered", "This message has been delivered to every handler; there is nothing to retry.");
        }

        message.ParkedAt = null;
        message.NextAttemptAt = null;
        message.Attempts = 0;
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return new OutboxMessageDto(message.Id, message.Type, message.OccurredAt, OutboxMessageState.Pending, message.Attempts, message.LastError, null, null);
    }

    private static void EnsureAdmin(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException("outbox.admin_only", "Only an administrator may see and retry the outbox.");
        }
    }
}
