namespace Ordo.Domain.Notifications;

/// <summary>What a notification tells; the screen words it in the reader's language.</summary>
public enum NotificationKind
{
    OrderApproved,
    OrderRejected,
    OrderCancelled,
    OrderOutOfStock,
    OrderDeposited,
    ChargeAdded,
    CreditAdded,
    Refunded,
    TopUpConfirmed,
    TopUpRejected,
    PaymentConfirmed,
    PaymentRejected,
    WithdrawalPaid,
    WithdrawalRejected,
    WalletAdjusted,
    WalletEntryReversed,

    /// <summary>The shop order is placed at the cart's prices (a shortage is told by its refund).</summary>
    OrderPurchased,

    /// <summary>The shop order is placed and the shop's prices were higher than the cart's: the amount is the increase in VND.</summary>
    PriceIncreased,

    /// <summary>The shop sent the goods: a tracking number was entered (the detail).</summary>
    ShopShipped,

    /// <summary>A parcel of the order was received in a China warehouse (the detail: its code).</summary>
    ParcelReceivedInChina,

    /// <summary>A parcel of the order arrived in a Vietnam warehouse: its weight is final and the shipping fee is charged.</summary>
    ParcelArrivedInVietnam,

    /// <summary>A parcel left with a driver.</summary>
    ParcelOutForDelivery,

    /// <summary>A parcel was delivered.</summary>
    ParcelDelivered,

    /// <summary>A parcel was declared lost (missing too long, or not found at a stocktake).</summary>
    ParcelLost,

    /// <summary>Staff confirmed the customer's claim on an anonymous parcel: it is now the order's.</summary>
    ParcelClaimConfirmed,

    /// <summary>Staff rejected the customer's claim (the detail: why).</summary>
    ParcelClaimRejected,

    /// <summary>The claimed parcel went to another order: the claim is closed.</summary>
    ParcelClaimClosed,
}
