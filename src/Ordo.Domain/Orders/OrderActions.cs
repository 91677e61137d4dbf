namespace Ordo.Domain.Orders;

/// <summary>The stable names of <see cref="OrderAction"/> in the API's <c>allowedActions</c> (a list of strings).</summary>
public static class OrderActions
{
    public static IReadOnlyList<OrderAction> All { get; } = Enum.GetValues<OrderAction>();

    /// <summary>
    /// Written out, not derived from the member names, so renaming a member cannot change the API:
    /// edit, approve, reject, assign, cancel, outOfStock, payDeposit, recordDeposit, payBalance,
    /// applyDiscountCode, addCharge, assignBuyer, claim, purchase, addTrackingNumber, removeTrackingNumber,
    /// changeShopOrderNumbers, decideShopOrderNumberChange, giveLateReason, addParcel, removeParcel.
    /// </summary>
    public static string Name(OrderAction action) => action switch
    {
        OrderAction.Edit => "edit",
        OrderAction.Approve => "approve",
        OrderAction.Reject => "reject",
        OrderAction.Assign => "assign",
        OrderAction.Cancel => "cancel",
        OrderAction.OutOfStock => "outOfStock",
        OrderAction.PayDeposit => "payDeposit",
        OrderAction.RecordDeposit => "recordDeposit",
        OrderAction.PayBalance => "payBalance",
        OrderAction.ApplyDiscountCode => "applyDiscountCode",
        OrderAction.AddCharge => "addCharge",
        OrderAction.AssignBuyer => "assignBuyer",
        OrderAction.Claim => "claim",
        OrderAction.Purchase => "purchase",
        OrderAction.AddTrackingNumber => "addTrackingNumber",
        OrderAction.RemoveTrackingNumber => "removeTrackingNumber",
        OrderAction.ChangeShopOrderNumbers => "changeShopOrderNumbers",
        OrderAction.DecideShopOrderNumberChange => "decideShopOrderNumberChange",
        OrderAction.GiveLateReason => "giveLateReason",
        OrderAction.AddParcel => "addParcel",
        OrderAction.RemoveParcel => "removeParcel",
        OrderAction.ConfirmReceipt => "confirmReceipt",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not an order action."),
    };
}
