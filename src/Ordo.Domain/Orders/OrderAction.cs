namespace Ordo.Domain.Orders;

/// <summary>
/// Everything a person may do to an existing order. Each has one rule in <see cref="OrderRules"/> and a
/// stable name in the API's <c>allowedActions</c> (<see cref="OrderActions.Name"/>).
/// </summary>
public enum OrderAction
{
    Edit,
    Approve,
    Reject,
    Assign,
    Cancel,
    OutOfStock,

    /// <summary>Pay the deposit of an approved purchase order from the customer's wallet.</summary>
    PayDeposit,

    /// <summary>Record a deposit that arrived by bank transfer or at the office (accountant).</summary>
    RecordDeposit,

    /// <summary>Pay (part of) what is still due after the deposit.</summary>
    PayBalance,

    /// <summary>Apply or remove a discount code before the deposit.</summary>
    ApplyDiscountCode,

    /// <summary>Add a supplementary charge or a credit, with a reason.</summary>
    AddCharge,

    /// <summary>The order manager puts ordering staff in charge of buying a deposited order (or hands it to another).</summary>
    AssignBuyer,

    /// <summary>Ordering staff take a deposited order themselves, within their limit of open orders.</summary>
    Claim,

    /// <summary>Record the shop order: real prices, what the shop could supply, China shipping.</summary>
    Purchase,

    /// <summary>Enter a tracking number the shop gave (the first moves the order to ShopShipped).</summary>
    AddTrackingNumber,

    /// <summary>Take back a tracking number entered by mistake, before the parcel reaches the China warehouse.</summary>
    RemoveTrackingNumber,

    /// <summary>Ask to change the shop order numbers recorded at the purchase (the order manager decides).</summary>
    ChangeShopOrderNumbers,

    /// <summary>Approve or refuse a requested change of shop order numbers.</summary>
    DecideShopOrderNumberChange,

    /// <summary>Say why an order missed a buying deadline (the late record, and a line on the timeline).</summary>
    GiveLateReason,

    /// <summary>Declare one more parcel of a shipping order (its tracking number, contents, value) until the parcels arrive.</summary>
    AddParcel,

    /// <summary>Take back a parcel declared by mistake on a shipping order that keeps at least one other.</summary>
    RemoveParcel,

    /// <summary>The customer confirms they received every parcel: the order is completed.</summary>
    ConfirmReceipt,
}
