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
}
