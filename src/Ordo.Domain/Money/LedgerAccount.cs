using System.Globalization;

namespace Ordo.Domain.Money;

/// <summary>One account of the ledger, identified by kind, owner (customer or order) and currency.</summary>
public readonly record struct LedgerAccount(LedgerAccountKind Kind, Guid? OwnerId, Currency Currency)
{
    public static LedgerAccount Wallet(Guid customerId) => new(LedgerAccountKind.CustomerWallet, customerId, Currency.VND);

    public static LedgerAccount Order(Guid orderId) => new(LedgerAccountKind.OrderPrepayment, orderId, Currency.VND);

    public static LedgerAccount VnBank { get; } = new(LedgerAccountKind.VnBank, null, Currency.VND);

    public static LedgerAccount VnCash { get; } = new(LedgerAccountKind.VnCash, null, Currency.VND);

    public static LedgerAccount CnPayment { get; } = new(LedgerAccountKind.CnPayment, null, Currency.CNY);

    public static LedgerAccount DriverCash(Guid driverId) => new(LedgerAccountKind.DriverCash, driverId, Currency.VND);

    public static LedgerAccount Company(LedgerAccountKind kind, Currency currency = Currency.VND) => new(kind, null, currency);

    /// <summary>Stable text key, e.g. <c>CustomerWallet:…guid…:VND</c>: what the database indexes.</summary>
    public string Key => OwnerId is { } owner
        ? string.Create(CultureInfo.InvariantCulture, $"{Kind}:{owner:N}:{Currency}")
        : string.Create(CultureInfo.InvariantCulture, $"{Kind}:{Currency}");

    /// <summary>
    /// Assets grow with debits; liabilities and revenues with credits. Lines are signed debit-positive,
    /// so a credit-normal account's balance is the negated sum of its lines.
    /// </summary>
    public bool IsDebitNormal => Kind is LedgerAccountKind.VnBank or LedgerAccountKind.VnCash or LedgerAccountKind.CnPayment
        or LedgerAccountKind.Refunds or LedgerAccountKind.Discounts or LedgerAccountKind.Adjustments or LedgerAccountKind.DriverCash;

    public Money BalanceOf(decimal sumOfLines) => new(IsDebitNormal ? sumOfLines : -sumOfLines, Currency);
}
