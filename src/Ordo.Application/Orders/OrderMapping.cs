using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal static class OrderMapping
{
    public static OrderLineDto ToDto(this OrderLine l) => new(
        l.Id, l.Product.SourceUrl, l.Product.Marketplace, l.Product.ShopId, l.Product.ShopName, l.Product.Title,
        l.Product.ImageUrl, l.Product.Properties, l.Product.UnitPriceCny, l.Product.Quantity, l.Product.AmountCny, l.Product.Note);

    public static CartLineDto ToDto(this CartLine l, TimeSpan lifetime) => new(
        l.Id, l.Product.SourceUrl, l.Product.Marketplace, l.Product.ShopId, l.Product.ShopName, l.Product.Title,
        l.Product.ImageUrl, l.Product.Properties, l.Product.UnitPriceCny, l.Product.Quantity, l.Product.AmountCny,
        l.Product.Note, l.AddedAt, l.UpdatedAt + lifetime, l.Version);

    public static OrderHistoryDto ToDto(this OrderHistoryEntry h) =>
        new(h.Action, h.From, h.To, h.At, h.ByName, h.ByUserId, h.Remark, h.CustomerNotified);

    public static OrderSummaryDto ToSummary(this Order o) => new(
        o.Id, o.Code, o.Kind, o.Status, new CustomerDto(o.CustomerId, o.CustomerName, o.CustomerEmail, o.CustomerPhone),
        o.Marketplace, o.ShopName, o.Lines.Count + o.ShippingItems.Count,
        o.Lines.Sum(l => l.Product.Quantity) + o.ShippingItems.Sum(i => i.Quantity), o.GoodsValueCny,
        o.CsStaffId is { } id ? new StaffRefDto(id, o.CsStaffName ?? string.Empty) : null, o.CreatedAt, o.UpdatedAt, o.Version);

    public static OrderDetailsDto ToDetails(this Order o, Actor actor) => o.ToDetails(actor, o.History);

    /// <summary>The order's details with its timeline read on its own (<see cref="GetOrder"/>).</summary>
    public static OrderDetailsDto ToDetails(this Order o, Actor actor, IEnumerable<OrderHistoryEntry> history) => new(
        o.Id, o.Code, o.Kind, o.Status, new CustomerDto(o.CustomerId, o.CustomerName, o.CustomerEmail, o.CustomerPhone),
        o.Marketplace, o.ShopId, o.ShopName, OrderOptionsDto.From(o.Options), o.CustomerNote, o.GoodsValueCny,
        o.CsStaffId is { } id ? new StaffRefDto(id, o.CsStaffName ?? string.Empty) : null,
        [.. o.Lines.Select(ToDto)],
        [.. o.ShippingItems.Select(i => new ShippingItemDto(i.Id, i.TrackingNumber, i.Description, i.Quantity, i.DeclaredValueCny))],
        [.. history.OrderBy(h => h.Sequence).Select(ToDto)],
        [.. o.AllowedActions(actor).Select(OrderActions.Name)],
        o.CreatedAt, o.UpdatedAt, o.Version);
}
