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
}
