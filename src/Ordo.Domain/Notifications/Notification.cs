using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Notifications;

/// <summary>
/// Something a user is told about in the app: what happened (<see cref="Kind"/>), to which order or
/// amount, and why. It stores facts, not sentences, so each reader sees it in their own language.
/// </summary>
public sealed class Notification
{
    public const int MaxDetailLength = 1000;

    private Notification()
    {
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid RecipientId { get; private init; }

    public NotificationKind Kind { get; private init; }

    public Guid? OrderId { get; private init; }

    /// <summary>The order's code (PO-2026-000123) when there is one.</summary>
    public string? OrderCode { get; private init; }

    public decimal? AmountVnd { get; private init; }

    /// <summary>The reason given by whoever acted, in their words.</summary>
    public string? Detail { get; private init; }

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification To(
        Guid recipientId, NotificationKind kind, DateTimeOffset at,
        Guid? orderId = null, string? orderCode = null, decimal? amountVnd = null, string? detail = null) => new()
        {
            RecipientId = recipientId,
            Kind = kind,
            CreatedAt = at,
            OrderId = orderId,
            OrderCode = orderCode,
            AmountVnd = amountVnd,
            Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail,
        };

    /// <summary>Only the recipient reads their notifications; reading twice keeps the first moment.</summary>
    public void MarkRead(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.UserId != RecipientId)
        {
            throw new ForbiddenActionException("notification.not_yours", "This notification is someone else's.");
        }

        ReadAt ??= now;
    }
}
