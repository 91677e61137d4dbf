namespace Ordo.Domain.Orders;

/// <summary>Stable error codes of the order rules (they appear in problem details as <c>code</c>).</summary>
public static class OrderErrors
{
    public const string IllegalTransition = "order.illegal_transition";
    public const string NotEditable = "order.not_editable";
    public const string NotYourOrder = "order.not_yours";
    public const string RoleNotAllowed = "order.role_not_allowed";
    public const string StaffNotEligible = "order.staff_not_eligible";
    public const string Closed = "order.closed";
    public const string RefundOverPaid = "order.refund_over_paid";
    public const string DepositFirst = "payment.deposit_first";
    public const string AlreadyPriced = "order.already_priced";
    public const string AnotherBuyer = "order.assigned_to_another_buyer";
    public const string ClaimLimit = "order.claim_limit";
    public const string NothingSupplied = "order.nothing_supplied";
    public const string TrackingNumberTaken = "order.tracking_number_taken";
    public const string UnknownTrackingNumber = "order.unknown_tracking_number";
    public const string LastParcel = "order.last_parcel";
    public const string ChangePending = "order.shop_order_number_change_pending";
    public const string ChangeDecided = "order.shop_order_number_change_decided";
    public const string NotLate = "order.not_late";
    public const string NotDelivered = "order.not_delivered";
}
