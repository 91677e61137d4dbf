namespace Ordo.Domain.Money;

public enum JournalEntryKind
{
    TopUp,
    Deposit,
    OrderPayment,
    Refund,
    Withdrawal,
    Adjustment,
    Reversal,

    /// <summary>What the agent paid a Chinese shop for an order (CNY, the CN money book).</summary>
    ShopPayment,

    /// <summary>Cash a driver collected on delivery, towards the orders of the release.</summary>
    CashOnDelivery,

    /// <summary>A driver handed the cash they collected in to the accountant.</summary>
    CashHandIn,
}
