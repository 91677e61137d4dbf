using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Notifications;

namespace Ordo.Application.Notifications;

/// <summary>A user's in-app notifications: newest first, with how many are unread.</summary>
public sealed class NotificationInbox(OrdoDbContext db, TimeProvider clock)
{
    public sealed record NotificationDto(
        Guid Id, NotificationKind Kind, Guid? OrderId, string? OrderCode, decimal? AmountVnd, string? Detail,
        DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed record InboxDto(IReadOnlyList<NotificationDto> Items, int Total, int Unread, int Page, int PageSize);

    public async Task<InboxDto> ListAsync(Actor actor, bool unreadOnly, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        new Check().Paging(page, pageSize, 100).ThrowIfAny();
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == actor.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = unreadOnly ? unread : await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.OrderId, n.OrderCode, n.AmountVnd, n.Detail, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new InboxDto(items, total, unread, page, pageSize);
    }

    public Task<int> UnreadCountAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return db.Notifications.CountAsync(n => n.RecipientId == actor.UserId && n.ReadAt == null, ct);
    }

    /// <summary>Marks one of the user's notifications read; someone else's is "not found".</summary>
    public async Task MarkReadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == actor.UserId, ct)
                           ?? throw new NotFoundException("Notification", id.ToString());
        notification.MarkRead(actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Marks every unread notification of the user read; returns how many.</summary>
    public async Task<int> MarkAllReadAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.RecipientId == actor.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
