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
}
