namespace Ordo.Domain.Money;

/// <summary>The accounts of domain.md's ledger. Per-customer and per-order accounts carry an owner id.</summary>
public enum LedgerAccountKind
{
    /// <summary>What the agent holds for a customer (liability, VND).</summary>
    CustomerWallet,

    /// <summary>Money a customer has paid towards one order: deposit and balance payments (liability, VND).</summary>
    OrderPrepayment,

    /// <summary>The agent's Vietnamese bank account (asset, VND).</summary>
    VnBank,

    /// <summary>Cash at the Vietnamese office (asset, VND).</summary>
    VnCash,

    /// <summary>The account the agent pays Chinese shops from (asset, CNY).</summary>
    CnPayment,

    ServiceFeeRevenue,
    ShippingRevenue,
    ShopPayables,
    Refunds,
    Discounts,

    /// <summary>Counterpart of an administrator's wallet adjustment (with its reason on the entry).</summary>
    Adjustments,

    /// <summary>Cash a delivery driver collected and has not handed in yet (asset, VND, one account a driver).</summary>
    DriverCash,
}
