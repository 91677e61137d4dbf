namespace Ordo.Domain.Tests.Orders.Builders;

/// <summary>What a refused action must leave untouched.</summary>
public sealed record OrderSnapshot(
    OrderStatus Status, int HistoryCount, int EventCount, DateTimeOffset UpdatedAt, Guid? CsStaffId,
    decimal GoodsValueCny, string SearchText, string Lines, OrderOptions Options, string? Note)
{
    public static OrderSnapshot Of(Order order) => new(
        order.Status, order.History.Count, order.DomainEvents.Count, order.UpdatedAt, order.CsStaffId,
        order.GoodsValueCny, order.SearchText,
        string.Join('|', order.Lines.Select(l => $"{l.Id}:{l.Product}").Concat(order.ShippingItems.Select(i => i.TrackingNumber))),
        order.Options, order.CustomerNote);
}
