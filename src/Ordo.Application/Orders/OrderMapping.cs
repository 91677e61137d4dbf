using Ordo.Application.Buying;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal static class OrderMapping
{
    public static OrderLineDto ToDto(this OrderLine l) => new(
        l.Id, l.Product.SourceUrl, l.Product.Marketplace, l.Product.ShopId, l.Product.ShopName, l.Product.Title,
        l.Product.ImageUrl, l.Product.Properties, l.UnitPriceCny, l.Quantity, l.AmountCny, l.Product.Note,
        l.CartUnitPriceCny, l.OrderedQuantity);

    public static CartLineDto ToDto(this CartLine l, TimeSpan lifetime) => new(
        l.Id, l.Product.SourceUrl, l.Product.Marketplace, l.Product.ShopId, l.Product.ShopName, l.Product.Title,
        l.Product.ImageUrl, l.Product.Properties, l.Product.UnitPriceCny, l.Product.Quantity, l.Product.AmountCny,
        l.Product.Note, l.AddedAt, l.UpdatedAt + lifetime, l.Version);

    public static OrderHistoryDto ToDto(this OrderHistoryEntry h) =>
        new(h.Action, h.From, h.To, h.At, h.ByName, h.ByUserId, h.Remark, h.CustomerNotified);

    public static OrderSummaryDto ToSummary(this Order o) => new(
        o.Id, o.Code, o.Kind, o.Status, new CustomerDto(o.CustomerId, o.CustomerName, o.CustomerEmail, o.CustomerPhone),
        o.Marketplace, o.ShopName, o.ItemCount, o.TotalQuantity, o.GoodsValueCny,
        o.CsStaffId is { } id ? new StaffRefDto(id, o.CsStaffName ?? string.Empty) : null, o.CreatedAt, o.UpdatedAt, o.Version,
        o.BuyerId is { } buyer ? new StaffRefDto(buyer, o.BuyerName ?? string.Empty) : null, o.PricedAt);

    /// <summary>The order's details, for an order that has no buying records yet (before its shop order) or with <paramref name="buying"/>.</summary>
    public static OrderDetailsDto ToDetails(this Order o, Actor actor, BuyingView? buying = null) => o.ToDetails(actor, o.History, buying);

    /// <summary>
    /// The order's details with its timeline read on its own (<see cref="GetOrder"/>). A customer sees what concerns
    /// them of the buying (real prices, shortages, tracking numbers), not who bought it or the shop's order numbers.
    /// </summary>
    public static OrderDetailsDto ToDetails(this Order o, Actor actor, IEnumerable<OrderHistoryEntry> history, BuyingView? buying = null) => new(
        o.Id, o.Code, o.Kind, o.Status, new CustomerDto(o.CustomerId, o.CustomerName, o.CustomerEmail, o.CustomerPhone),
        o.Marketplace, o.ShopId, o.ShopName, OrderOptionsDto.From(o.Options), o.CustomerNote, o.GoodsValueCny,
        o.CsStaffId is { } id ? new StaffRefDto(id, o.CsStaffName ?? string.Empty) : null,
        [.. o.Lines.Select(ToDto)],
        [.. o.ShippingItems.Select(i => new ShippingItemDto(i.Id, i.TrackingNumber, i.Description, i.Quantity, i.DeclaredValueCny, i.DeclaredWeightKg))],
        [.. history.OrderBy(h => h.Sequence).Select(ToDto)],
        [.. o.AllowedActions(actor).Select(OrderActions.Name)],
        o.CreatedAt, o.UpdatedAt, o.Version,
        actor.IsStaff && o.BuyerId is { } buyer ? new StaffRefDto(buyer, o.BuyerName ?? string.Empty) : null,
        actor.IsStaff ? buying?.ShopOrderNumbers ?? [] : [],
        buying?.TrackingNumbers ?? [],
        o.ChinaShippingCny, o.PricedAt, o.OrderedAt,
        actor.IsStaff ? buying?.Late : null);
}
