namespace Ordo.Domain.Orders;

public static class OrderActions
{
    public const string Edit = "edit";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Assign = "assign";
    public const string Cancel = "cancel";
    public const string OutOfStock = "outOfStock";
}
