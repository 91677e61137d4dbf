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
}
