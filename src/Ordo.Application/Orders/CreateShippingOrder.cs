using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>A customer asks the agent to ship goods they bought themselves, listing the shops' tracking numbers.</summary>
public sealed class CreateShippingOrder(OrdoDbContext db, OrderCodeGenerator codes, TrackingNumberRegistry registry, TimeProvider clock)
{
    /// <summary>One parcel as the customer declares it; <paramref name="DeclaredWeightKg"/> (from the shop's page) is optional.</summary>
    public sealed record Item(string? TrackingNumber, string? Description, int Quantity, decimal DeclaredValueCny, decimal? DeclaredWeightKg = null);

    public sealed record Command(IReadOnlyList<Item>? Items, OrderOptionsDto? Options, string? Note, Guid? CustomerId = null);

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, Command command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var items = ValidateItems(command.Items, command.Note);
        var customerId = command.CustomerId ?? actor.UserId;
        if (customerId == actor.UserId)
        {
            CartOperations.EnsureCustomer(actor);
        }

        var customer = await db.LoadCustomerAsync(customerId, ct);
        var now = clock.GetUtcNow();
        var code = (await codes.NextAsync(OrderKind.Shipping, now.Year, 1, ct))[0];
        var order = Order.SubmitShipping(code, customer, items, command.Options?.ToDomain() ?? OrderOptions.None, command.Note, actor, now);
        db.Orders.Add(order);
        await registry.RegisterAsync(actor, order, [.. order.ShippingItems.Select(i => i.TrackingNumber)], now, ct);
        await registry.SaveAsync(actor, order, now, ct);
        return order.ToDetails(actor);
    }

    internal static IReadOnlyList<ShippingItemDetails> ValidateItems(IReadOnlyList<Item>? items, string? note)
    {
        var check = new Check().MaxLength(note, "note", 1000);
        if (items is null || items.Count == 0)
        {
            check.Add("items", "must contain at least one tracking number");
        }
        else if (items.Count > Order.MaxShippingItems)
        {
            check.Add("items", $"must contain at most {Order.MaxShippingItems} tracking numbers");
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                ShippingItemDetails.Validate(check, $"items[{i}].", item.TrackingNumber, item.Description, item.Quantity, item.DeclaredValueCny, item.DeclaredWeightKg);
            }
        }

        check.ThrowIfAny();
        return [.. items!.Select(i => ShippingItemDetails.Create(i.TrackingNumber!, i.Description!, i.Quantity, i.DeclaredValueCny, i.DeclaredWeightKg))];
    }
}
