using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders.Events;

namespace Ordo.Domain.Orders;

/// <summary>
/// A purchase or shipping order. Every change goes through a method named after the business action,
/// which checks the actor and the lifecycle, writes the timeline and raises a domain event.
/// </summary>
public sealed partial class Order : AggregateRoot
{
    public const int MaxReasonLength = 1000;

    private readonly List<OrderLine> _lines = [];
    private readonly List<ShippingItem> _shippingItems = [];
    private readonly List<OrderHistoryEntry> _history = [];

    private Order()
    {
        Code = CustomerName = CustomerEmail = SearchText = string.Empty;
        Options = OrderOptions.None;
    }

    public string Code { get; private init; }

    public OrderKind Kind { get; private init; }

    public OrderStatus Status { get; private set; }

    public Guid CustomerId { get; private init; }

    public string CustomerName { get; private init; }

    public string CustomerEmail { get; private init; }

    public string? CustomerPhone { get; private init; }

    public Marketplace? Marketplace { get; private init; }

    public string? ShopId { get; private init; }

    public string? ShopName { get; private init; }

    public OrderOptions Options { get; private set; }

    public string? CustomerNote { get; private set; }

    public Guid? CsStaffId { get; private set; }

    public string? CsStaffName { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Lower-case text of everything a staff search may match (code, customer, shop, titles, tracking numbers).</summary>
    public string SearchText { get; private set; }

    /// <summary>Lower-case name, e-mail and phone of the customer: what the <c>customer</c> filter matches.</summary>
    public string CustomerSearchText { get; private set; } = string.Empty;

    /// <summary>Lower-case shop name and id: what the <c>shop</c> filter matches.</summary>
    public string ShopSearchText { get; private set; } = string.Empty;

    /// <summary>Lower-case product titles (purchase) or parcel descriptions (shipping): what the <c>title</c> filter matches.</summary>
    public string TitleSearchText { get; private set; } = string.Empty;

    /// <summary>The status's place in the lifecycle (<see cref="OrderLifecycle.Rank"/>), kept beside it so sorting by status is an index read.</summary>
    public int StatusRank { get; private set; }

    /// <summary>Sum of the lines as the customer pays them (<see cref="OrderLine.AmountCny"/>) or of the declared values (shipping), in CNY.</summary>
    public decimal GoodsValueCny { get; private set; }

    /// <summary>How many lines (purchase) or parcels (shipping) the order has, kept on the row so the order list reads no lines.</summary>
    public int ItemCount { get; private set; }

    /// <summary>The pieces over all lines or parcels, kept on the row like <see cref="ItemCount"/>.</summary>
    public int TotalQuantity { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public IReadOnlyList<ShippingItem> ShippingItems => _shippingItems;

    public IReadOnlyList<OrderHistoryEntry> History => _history;

    public static Order SubmitPurchase(
        string code, CustomerRef customer, IReadOnlyList<ProductDetails> lines, OrderOptions options, string? note,
        Actor actor, DateTimeOffset now)
    {
        EnsureMayOrderFor(actor, customer);
        if (lines.Count == 0)
        {
            throw new DomainValidationException("lines", "must contain at least one line");
        }

        var first = lines[0];
        if (lines.Any(l => l.Marketplace != first.Marketplace || !SameShop(l.ShopId, first.ShopId)))
        {
            throw new DomainValidationException("lines", "must all come from one shop");
        }

        var order = new Order
        {
            Code = code,
            Kind = OrderKind.Purchase,
            CustomerId = customer.Id,
            CustomerName = customer.Name,
            CustomerEmail = customer.Email,
            CustomerPhone = customer.Phone,
            Marketplace = first.Marketplace,
            ShopId = first.ShopId,
            ShopName = first.ShopName,
            Options = options,
            CustomerNote = Trimmed(note),
            CreatedAt = now,
        };
        order._lines.AddRange(lines.Select(l => new OrderLine(l)));
        order.Open(actor, now);
        return order;
    }

    public static Order SubmitShipping(
        string code, CustomerRef customer, IReadOnlyList<ShippingItemDetails> items, OrderOptions options, string? note,
        Actor actor, DateTimeOffset now)
    {
        EnsureMayOrderFor(actor, customer);
        EnsureItems(items);
        var order = new Order
        {
            Code = code,
            Kind = OrderKind.Shipping,
            CustomerId = customer.Id,
            CustomerName = customer.Name,
            CustomerEmail = customer.Email,
            CustomerPhone = customer.Phone,
            Options = options,
            CustomerNote = Trimmed(note),
            CreatedAt = now,
        };
        order._shippingItems.AddRange(items.Select(i => new ShippingItem(i)));
        order.Open(actor, now);
        return order;
    }

    public bool IsOwnedBy(Actor actor) => actor.UserId == CustomerId;

    /// <summary>A customer sees only their own orders; staff see all.</summary>
    public bool IsVisibleTo(Actor actor) => actor.IsStaff || IsOwnedBy(actor);

    private void Open(Actor actor, DateTimeOffset now)
    {
        Status = OrderStatus.Submitted;
        StatusRank = OrderLifecycle.Rank(Status);
        UpdatedAt = now;
        Reindex();
        AppendHistory(OrderHistoryAction.Submitted, null, Status, actor, null, now, customerNotified: false);
        Raise(new OrderSubmitted(Id, Code, Kind, CustomerId, now));
    }

    private static void EnsureMayOrderFor(Actor actor, CustomerRef customer)
    {
        if (actor.UserId != customer.Id && !actor.IsAnyOf(Roles.CsManager, Roles.CsStaff))
        {
            throw new ForbiddenActionException(OrderErrors.RoleNotAllowed, "Only the customer or customer care may place an order for a customer.");
        }
    }

    private static void EnsureItems(IReadOnlyList<ShippingItemDetails> items)
    {
        if (items.Count == 0)
        {
            throw new DomainValidationException("items", "must contain at least one tracking number");
        }

        var duplicate = items.GroupBy(i => i.TrackingNumber, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainValidationException("items", $"tracking number {duplicate.Key} is listed twice");
        }
    }

    private void AppendHistory(OrderHistoryAction action, OrderStatus? from, OrderStatus to, Actor actor, string? remark, DateTimeOffset now, bool customerNotified)
    {
        var sequence = _history.Count == 0 ? 1 : _history.Max(h => h.Sequence) + 1;
        _history.Add(new OrderHistoryEntry(sequence, action, from, to, now, actor.UserId, actor.Name, remark, customerNotified));
    }

    private static bool SameShop(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Timeline remarks quote reasons with a prefix; the quote is cut to fit the column rather than refused.</summary>
    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;

    private void Reindex()
    {
        GoodsValueCny = Kind == OrderKind.Purchase
            ? _lines.Sum(l => l.AmountCny)
            : _shippingItems.Sum(i => i.DeclaredValueCny);
        ItemCount = _lines.Count + _shippingItems.Count;
        TotalQuantity = _lines.Sum(l => l.Quantity) + _shippingItems.Sum(i => i.Quantity);
        var parts = new List<string?> { Code, CustomerName, CustomerEmail, CustomerPhone, ShopId, ShopName };
        parts.AddRange(_lines.Select(l => l.Product.Title));
        parts.AddRange(_shippingItems.Select(i => i.TrackingNumber));
        parts.AddRange(_shippingItems.Select(i => i.Description));
        SearchText = SearchOf(parts, 4000);
        CustomerSearchText = SearchOf([CustomerName, CustomerEmail, CustomerPhone], 1000);
        ShopSearchText = SearchOf([ShopName, ShopId], 400);
        TitleSearchText = SearchOf([.. _lines.Select(l => l.Product.Title), .. _shippingItems.Select(i => i.Description)], 4000);
    }

    private static string SearchOf(IEnumerable<string?> parts, int max)
    {
        var text = string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p))).ToLowerInvariant();
        return text.Length > max ? text[..max] : text;
    }
}
