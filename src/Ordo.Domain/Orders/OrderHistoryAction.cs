namespace Ordo.Domain.Orders;

public enum OrderHistoryAction
{
    Submitted,
    Edited,
    Approved,
    Rejected,
    CsStaffAssigned,
    Cancelled,
    Deposited,
    ChargeAdded,
    OutOfStock,
    Refunded,
    PaymentReceived,
    BuyerAssigned,
    Purchased,
    TrackingNumberAdded,
    TrackingNumberRemoved,
    ShopOrderNumberChangeRequested,
    ShopOrderNumbersChanged,
    ShopOrderNumberChangeRefused,
    LateReasonGiven,

    /// <summary>The order's parcels moved it on (the remark says how many of them are there).</summary>
    ParcelsMoved,

    /// <summary>The customer confirmed receipt: completed.</summary>
    ReceiptConfirmed,

    /// <summary>Completed by Ordo after the configured days with every parcel delivered.</summary>
    AutoCompleted,
}
