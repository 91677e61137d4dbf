namespace Ordo.Domain.Money;

/// <summary>The double-entry shape of each money movement, in one place.</summary>
public static class Postings
{
    /// <summary>Money received (bank or office) becomes wallet balance: Dr bank/cash, Cr wallet.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> TopUp(Guid customerId, Money amount, bool atOffice) =>
        [(atOffice ? LedgerAccount.VnCash : LedgerAccount.VnBank, amount), (LedgerAccount.Wallet(customerId), amount.Negate())];

    /// <summary>Wallet money put towards an order (deposit or balance): Dr wallet, Cr order prepayment.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> PayFromWallet(Guid customerId, Guid orderId, Money amount) =>
        [(LedgerAccount.Wallet(customerId), amount), (LedgerAccount.Order(orderId), amount.Negate())];

    /// <summary>Money paid straight to the bank or office for an order: Dr bank/cash, Cr order prepayment.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> PayDirect(Guid orderId, Money amount, bool atOffice) =>
        [(atOffice ? LedgerAccount.VnCash : LedgerAccount.VnBank, amount), (LedgerAccount.Order(orderId), amount.Negate())];

    /// <summary>What was paid for an order goes back to the wallet: Dr order prepayment, Cr wallet.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> RefundToWallet(Guid customerId, Guid orderId, Money amount) =>
        [(LedgerAccount.Order(orderId), amount), (LedgerAccount.Wallet(customerId), amount.Negate())];

    /// <summary>Wallet money paid out to the customer: Dr wallet, Cr bank.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> Withdraw(Guid customerId, Money amount) =>
        [(LedgerAccount.Wallet(customerId), amount), (LedgerAccount.VnBank, amount.Negate())];

    /// <summary>The agent pays a Chinese shop from its CN account: Dr shop payables, Cr CN payment account (CNY).</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> PayShop(Money amountCny) =>
        [(LedgerAccount.Company(LedgerAccountKind.ShopPayables, Currency.CNY), amountCny), (LedgerAccount.CnPayment, amountCny.Negate())];

    /// <summary>An administrator's correction: positive credits the wallet, negative debits it.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> Adjust(Guid customerId, Money amount) =>
        [(LedgerAccount.Company(LedgerAccountKind.Adjustments), amount), (LedgerAccount.Wallet(customerId), amount.Negate())];

    /// <summary>Cash a driver collected on delivery for an order: Dr the driver's cash, Cr the order's prepayment.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> CollectOnDelivery(Guid driverId, Guid orderId, Money amount) =>
        [(LedgerAccount.DriverCash(driverId), amount), (LedgerAccount.Order(orderId), amount.Negate())];

    /// <summary>A driver hands collected cash in at the office: Dr office cash, Cr the driver's cash.</summary>
    public static IReadOnlyList<(LedgerAccount, Money)> HandIn(Guid driverId, Money amount) =>
        [(LedgerAccount.VnCash, amount), (LedgerAccount.DriverCash(driverId), amount.Negate())];
}
