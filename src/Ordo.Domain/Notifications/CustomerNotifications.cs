using Ordo.Domain.Common;
using Ordo.Domain.Logistics;
using Ordo.Domain.Logistics.Events;
using Ordo.Domain.Money;
using Ordo.Domain.Money.Events;
using Ordo.Domain.Orders.Events;

namespace Ordo.Domain.Notifications;

/// <summary>
/// Which events the customer is told of (domain.md, "Tasks and notifications": when an order changes or
/// a cost is incurred). A customer is not told what they did themselves.
/// </summary>
public static class CustomerNotifications
{
    public static Notification? For(IDomainEvent domainEvent) => domainEvent switch
    {
        OrderApproved e => Notification.To(e.CustomerId, NotificationKind.OrderApproved, e.OccurredAt, e.OrderId, e.Code),
        OrderRejected e => Notification.To(e.CustomerId, NotificationKind.OrderRejected, e.OccurredAt, e.OrderId, e.Code, detail: e.Reason),
        OrderCancelled e when e.ByUserId != e.CustomerId =>
            Notification.To(e.CustomerId, NotificationKind.OrderCancelled, e.OccurredAt, e.OrderId, e.Code, detail: e.Reason),
        OrderOutOfStock e => Notification.To(e.CustomerId, NotificationKind.OrderOutOfStock, e.OccurredAt, e.OrderId, e.Code, detail: e.Reason),
        OrderDeposited e when e.ByUserId != e.CustomerId =>
            Notification.To(e.CustomerId, NotificationKind.OrderDeposited, e.OccurredAt, e.OrderId, e.Code, e.DepositVnd),
        OrderChargeAdded e => Notification.To(
            e.CustomerId, e.Kind == ChargeKind.Credit ? NotificationKind.CreditAdded : NotificationKind.ChargeAdded,
            e.OccurredAt, e.OrderId, e.Code, e.AmountVnd, e.Reason),
        OrderRefunded e => Notification.To(e.CustomerId, NotificationKind.Refunded, e.OccurredAt, e.OrderId, e.Code, e.AmountVnd, e.Note),
        TopUpConfirmed e => Notification.To(e.CustomerId, NotificationKind.TopUpConfirmed, e.OccurredAt, amountVnd: e.ReceivedVnd),
        TopUpRejected e => Notification.To(e.CustomerId, NotificationKind.TopUpRejected, e.OccurredAt, amountVnd: e.AmountVnd, detail: e.Reason),
        PaymentSettled e when e.ByUserId != e.CustomerId =>
            Notification.To(e.CustomerId, NotificationKind.PaymentConfirmed, e.OccurredAt, e.OrderId, e.OrderCode, e.AmountVnd),
        PaymentRejected e => Notification.To(e.CustomerId, NotificationKind.PaymentRejected, e.OccurredAt, e.OrderId, amountVnd: e.AmountVnd, detail: e.Reason),
        WithdrawalPaid e => Notification.To(e.CustomerId, NotificationKind.WithdrawalPaid, e.OccurredAt, amountVnd: e.AmountVnd),
        WithdrawalRejected e => Notification.To(e.CustomerId, NotificationKind.WithdrawalRejected, e.OccurredAt, amountVnd: e.AmountVnd, detail: e.Reason),
        WalletAdjusted e => Notification.To(e.CustomerId, NotificationKind.WalletAdjusted, e.OccurredAt, amountVnd: e.AmountVnd, detail: e.Reason),
        WalletEntryReversed e => Notification.To(e.CustomerId, NotificationKind.WalletEntryReversed, e.OccurredAt, amountVnd: e.AmountVnd, detail: e.Reason),
        OrderPurchased { PriceIncreaseVnd: > 0 } e => Notification.To(e.CustomerId, NotificationKind.PriceIncreased, e.OccurredAt, e.OrderId, e.Code, e.PriceIncreaseVnd),
        OrderPurchased e => Notification.To(e.CustomerId, NotificationKind.OrderPurchased, e.OccurredAt, e.OrderId, e.Code),
        TrackingNumberAdded e => Notification.To(e.CustomerId, NotificationKind.ShopShipped, e.OccurredAt, e.OrderId, e.Code, detail: e.TrackingNumber),
        ParcelReceived { CustomerId: { } customer, OrderId: { } order, Excess: false } e =>
            Notification.To(customer, NotificationKind.ParcelReceivedInChina, e.OccurredAt, order, detail: e.ParcelCode),
        ParcelArrivedInVietnam { CustomerId: { } customer, OrderId: { } order } e =>
            Notification.To(customer, NotificationKind.ParcelArrivedInVietnam, e.OccurredAt, order, detail: e.ParcelCode),
        ParcelMoved { CustomerId: { } customer, OrderId: { } order } e when ParcelMoveKind(e.Status) is { } kind =>
            Notification.To(customer, kind, e.OccurredAt, order, detail: e.ParcelCode),
        ParcelClaimDecided e => Notification.To(e.CustomerId, e.Status switch
            {
                ParcelClaimStatus.Confirmed => NotificationKind.ParcelClaimConfirmed,
                ParcelClaimStatus.Rejected => NotificationKind.ParcelClaimRejected,
                _ => NotificationKind.ParcelClaimClosed,
            }, e.OccurredAt, e.OrderId, e.OrderCode, detail: e.Status == ParcelClaimStatus.Rejected ? $"{e.ParcelCode}: {e.Reason}" : e.ParcelCode),
        _ => null,
    };

    /// <summary>The steps of a parcel's road the customer hears of (arrival in Vietnam is told by its own event, with the fee).</summary>
    private static NotificationKind? ParcelMoveKind(ParcelStatus status) => status switch
    {
        ParcelStatus.Delivering => NotificationKind.ParcelOutForDelivery,
        ParcelStatus.Delivered => NotificationKind.ParcelDelivered,
        ParcelStatus.Lost => NotificationKind.ParcelLost,
        _ => null,
    };
}
