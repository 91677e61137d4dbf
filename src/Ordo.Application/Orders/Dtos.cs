using Ordo.Domain.Buying;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

public sealed record CustomerDto(Guid Id, string Name, string Email, string? Phone);

public sealed record StaffRefDto(Guid Id, string Name);

public sealed record OrderOptionsDto(bool Inspection, bool WoodenCrate, bool Insurance)
{
    public OrderOptions ToDomain() => new(Inspection, WoodenCrate, Insurance);

    public static OrderOptionsDto From(OrderOptions o) => new(o.Inspection, o.WoodenCrate, o.Insurance);
}

public sealed record CartLineDto(
    Guid Id, string SourceUrl, Marketplace Marketplace, string ShopId, string ShopName, string Title, string? ImageUrl,
    string? Properties, decimal UnitPriceCny, int Quantity, decimal AmountCny, string? Note, DateTimeOffset AddedAt,
    DateTimeOffset ExpiresAt, int Version);

/// <summary>One line of a purchase order.</summary>
/// <param name="UnitPriceCny">The shop's real unit price once bought; the cart's before.</param>
/// <param name="Quantity">What the shop supplied once bought (fewer than <paramref name="OrderedQuantity"/> is a shortage); what was ordered before.</param>
/// <param name="AmountCny">What the customer pays for the line: <paramref name="Quantity"/> at the cart's price, or at the shop's when that is higher.</param>
/// <param name="CartUnitPriceCny">The unit price in the customer's cart.</param>
/// <param name="OrderedQuantity">The quantity the customer ordered.</param>
public sealed record OrderLineDto(
    Guid Id, string SourceUrl, Marketplace Marketplace, string ShopId, string ShopName, string Title, string? ImageUrl,
    string? Properties, decimal UnitPriceCny, int Quantity, decimal AmountCny, string? Note, decimal CartUnitPriceCny, int OrderedQuantity);

/// <summary>A tracking number a shop gave, and who entered it when.</summary>
public sealed record TrackingNumberDto(string Number, DateTimeOffset AddedAt, string AddedBy, decimal? DeclaredWeightKg = null, decimal? DeclaredVolumeM3 = null);

/// <summary>
/// The order's open delay (staff only): which deadline it missed, when that was, since when it is marked late, and the
/// reason its buyer gave, if any.
/// </summary>
public sealed record LateDto(LateKind Kind, DateTimeOffset DueAt, DateTimeOffset Since, LateReason? Reason, string? ReasonText);

public sealed record ShippingItemDto(Guid Id, string TrackingNumber, string Description, int Quantity, decimal DeclaredValueCny, decimal? DeclaredWeightKg);

public sealed record OrderHistoryDto(
    OrderHistoryAction Action, OrderStatus? From, OrderStatus To, DateTimeOffset At, string By, Guid ByUserId,
    string? Remark, bool CustomerNotified);

public sealed record OrderSummaryDto(
    Guid Id, string Code, OrderKind Kind, OrderStatus Status, CustomerDto Customer, Marketplace? Marketplace,
    string? ShopName, int LineCount, int TotalQuantity, decimal GoodsValueCny, StaffRefDto? CsStaff,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version, StaffRefDto? Buyer, DateTimeOffset? DepositedAt);

/// <summary>An order as its reader may see it.</summary>
/// <param name="AllowedActions">
/// What the reader may do with the order now, by the order's rules (<see cref="OrderRules"/>), in this order:
/// <c>edit</c>, <c>approve</c>, <c>reject</c>, <c>assign</c>, <c>cancel</c>, <c>outOfStock</c>, <c>payDeposit</c>
/// (from the wallet), <c>recordDeposit</c> (paid by transfer or at the office), <c>payBalance</c>,
/// <c>applyDiscountCode</c>, <c>addCharge</c> (a supplementary charge or a credit), <c>assignBuyer</c>, <c>claim</c>,
/// <c>purchase</c>, <c>addTrackingNumber</c>, <c>removeTrackingNumber</c>, <c>giveLateReason</c>.
/// </param>
/// <param name="Buyer">The ordering staff member buying the order (staff only).</param>
/// <param name="ShopOrderNumbers">The shop's order number(s) once bought (staff only).</param>
/// <param name="TrackingNumbers">The tracking numbers the shop gave, oldest first.</param>
/// <param name="ChinaShippingCny">The shops' domestic shipping in China, charged as the shops charged it (0 until bought).</param>
/// <param name="DepositedAt">When the deposit was paid: the buying deadline counts from here.</param>
/// <param name="OrderedAt">When the shop order was placed: the tracking-number deadline counts from here.</param>
/// <param name="Late">The open delay of the deadline now running (staff only), or null: only Deposited, Ordering and Ordered orders can be late.</param>
public sealed record OrderDetailsDto(
    Guid Id, string Code, OrderKind Kind, OrderStatus Status, CustomerDto Customer, Marketplace? Marketplace,
    string? ShopId, string? ShopName, OrderOptionsDto Options, string? CustomerNote, decimal GoodsValueCny,
    StaffRefDto? CsStaff, IReadOnlyList<OrderLineDto> Lines, IReadOnlyList<ShippingItemDto> Items,
    IReadOnlyList<OrderHistoryDto> History, IReadOnlyList<string> AllowedActions,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version,
    StaffRefDto? Buyer, IReadOnlyList<string> ShopOrderNumbers, IReadOnlyList<TrackingNumberDto> TrackingNumbers,
    decimal ChinaShippingCny, DateTimeOffset? DepositedAt, DateTimeOffset? OrderedAt, LateDto? Late,
    IReadOnlyList<Logistics.ParcelSummaryDto>? Parcels = null, Logistics.ParcelProgressDto? Progress = null)
{
    /// <summary>Whether the order's rules let the reader take <paramref name="action"/> now (pages show a button or not).</summary>
    public bool Allows(OrderAction action) => AllowedActions.Contains(OrderActions.Name(action), StringComparer.Ordinal);
}
