using Microsoft.Extensions.Localization;
using Ordo.Application.Notifications;
using Ordo.Domain.Notifications;
using Ordo.Web.Components.Shared;

namespace Ordo.Web.Components.Notifications;

/// <summary>A notification in the reader's language, and where it leads.</summary>
public static class NotificationText
{
    public static string Message(this IStringLocalizer l, NotificationInbox.NotificationDto notification)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(notification);
        return l[$"Notify.{notification.Kind}", notification.OrderCode ?? string.Empty,
            notification.AmountVnd is { } amount ? Signed(notification.Kind) ? Formats.SignedVnd(amount) : Formats.Vnd(amount) : string.Empty];
    }

    /// <summary>Corrections may add or take: their amount shows its sign.</summary>
    private static bool Signed(NotificationKind kind) => kind is NotificationKind.WalletAdjusted or NotificationKind.WalletEntryReversed;

    public static string? Link(NotificationInbox.NotificationDto notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.OrderId is { } orderId)
        {
            return $"/orders/{notification.OrderCode ?? orderId.ToString()}";
        }

        return notification.Kind is NotificationKind.TopUpConfirmed or NotificationKind.TopUpRejected
            or NotificationKind.WithdrawalPaid or NotificationKind.WithdrawalRejected
            or NotificationKind.WalletAdjusted or NotificationKind.WalletEntryReversed
            ? "/wallet"
            : null;
    }

    public static string Icon(NotificationKind kind) => kind switch
    {
        NotificationKind.OrderApproved or NotificationKind.PaymentConfirmed or NotificationKind.TopUpConfirmed
            or NotificationKind.OrderDeposited => MudBlazor.Icons.Material.Outlined.CheckCircle,
        NotificationKind.OrderRejected or NotificationKind.OrderCancelled or NotificationKind.OrderOutOfStock
            or NotificationKind.TopUpRejected or NotificationKind.PaymentRejected or NotificationKind.WithdrawalRejected
            => MudBlazor.Icons.Material.Outlined.ErrorOutline,
        NotificationKind.Refunded or NotificationKind.CreditAdded or NotificationKind.WithdrawalPaid
            => MudBlazor.Icons.Material.Outlined.AccountBalanceWallet,
        _ => MudBlazor.Icons.Material.Outlined.ReceiptLong,
    };
}
