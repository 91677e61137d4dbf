namespace Ordo.Domain.Orders;

/// <summary>The full status model of domain.md; later features fill in the steps after approval.</summary>
public enum OrderStatus
{
    Submitted,
    Approved,
    Rejected,
    Deposited,
    Ordering,
    Ordered,
    ShopShipped,
    AwaitingParcels,
    InChinaWarehouse,
    InTransit,
    InVietnamWarehouse,
    ReadyForDelivery,
    Delivering,
    Delivered,
    Completed,
    Cancelled,
    OutOfStock,
}
