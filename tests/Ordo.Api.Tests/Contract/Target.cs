namespace Ordo.Api.Tests.Contract;

/// <summary>What a path's <c>{id}</c> (or <c>{book}</c>) names in a contract-test call; created afresh for each operation.</summary>
public enum Target
{
    Order,
    CartLine,
    TopUp,
    Payment,
    Withdrawal,
    Notification,
    JournalEntry,
    Customer,
    Staff,
    LoyaltyTier,
    DiscountCode,
    CustomerGroup,
    VnMoneyBook,

    /// <summary>A customer of the call's own, for operations that lock an account or reset its password.</summary>
    SpareCustomer,
    OutboxMessage,

    /// <summary>A marketplace account assigned to nobody, so only those who see every account see it.</summary>
    BuyingAccount,

    /// <summary>A pending request to change the shop order numbers of an order the demo buyer bought.</summary>
    ShopOrderNumberChange,

    /// <summary>A parcel of the owner's shipping order that lists two (so one may be taken back): its order and its id.</summary>
    ShippingItem,

    /// <summary>The demo China warehouse, where parcels are scanned.</summary>
    ChinaWarehouse,

    /// <summary>A warehouse the administrator made for the call.</summary>
    Warehouse,

    /// <summary>A parcel of the owner's shipping order, received in the demo China warehouse.</summary>
    Parcel,

    /// <summary>The demo Vietnam warehouse (Hà Nội), where shipments and parcels are received.</summary>
    VietnamWarehouse,

    /// <summary>An open shipment to Hà Nội.</summary>
    Shipment,

    /// <summary>An open shipment with a parcel of the owner's packed in it: its id and the parcel's.</summary>
    ShipmentParcel,

    /// <summary>A check set on an order of the owner's that bought inspection.</summary>
    Check,

    /// <summary>A parcel of the owner's released cash on delivery in Hà Nội.</summary>
    Release,

    /// <summary>The owner's release on a run of the demo driver's.</summary>
    DeliveryRun,

    /// <summary>A stocktake counting a fresh Vietnam warehouse of its own.</summary>
    Stocktake,

    /// <summary>The stop of that run.</summary>
    Delivery,

    /// <summary>The owner's claim of an anonymous parcel, with its photo.</summary>
    ParcelClaim,

    /// <summary>That claim's photo.</summary>
    File,
}
