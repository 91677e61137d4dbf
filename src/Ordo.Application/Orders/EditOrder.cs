using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>The customer changes a Submitted order: lines (purchase) or declared parcels (shipping), options and note.</summary>
public sealed class EditOrder(OrdoDbContext db, TrackingNumberRegistry registry, TimeProvider clock, IOptions<OrdoOptions> settings)
{
    public sealed record Line(Guid? Id, string? SourceUrl, Marketplace? Marketplace, string? ShopId, string? ShopName, string? Title,
        string? ImageUrl, string? Properties, decimal UnitPriceCny, int Quantity, string? Note);

    public sealed record Command(IReadOnlyList<Line>? Lines, IReadOnlyList<CreateShippingOrder.Item>? Items, OrderOptionsDto? Options, string? Note);

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        var now = clock.GetUtcNow();
        var options = command.Options?.ToDomain() ?? order.Options;
        if (order.Kind == OrderKind.Purchase)
        {
            order.EditPurchase(actor, ValidateLines(command.Lines, command.Note, settings.Value.Orders.MaxCartLines), options, command.Note, now);
        }
        else
        {
            order.EditShipping(actor, CreateShippingOrder.ValidateItems(command.Items, command.Note), options, command.Note, now);
            await registry.SyncParcelsAsync(actor, order, now, ct);
        }

        await registry.SaveAsync(actor, order, now, ct);
        return order.ToDetails(actor);
    }

    /// <summary>An order holds at most as many lines as the cart it came from (<c>Ordo:Orders:MaxCartLines</c>).</summary>
    private static IReadOnlyList<(Guid? LineId, ProductDetails Product)> ValidateLines(IReadOnlyList<Line>? lines, string? note, int maxLines)
    {
        var check = new Check().MaxLength(note, "note", 1000);
        if (lines is null || lines.Count == 0)
        {
            check.Add("lines", "must contain at least one line");
            check.ThrowIfAny();
        }
        else if (lines.Count > maxLines)
        {
            check.Add("lines", $"must contain at most {maxLines} lines");
            check.ThrowIfAny();
        }

        for (var i = 0; i < lines!.Count; i++)
        {
            var l = lines[i];
            check.That(l.Marketplace is not null, $"lines[{i}].marketplace", "is required");
            ProductDetails.Validate(check, $"lines[{i}].", l.SourceUrl, l.Marketplace ?? Marketplace.Other, l.ShopId, l.ShopName, l.Title, l.ImageUrl, l.Properties, l.UnitPriceCny, l.Quantity, l.Note);
        }

        check.ThrowIfAny();
        return [.. lines.Select(l => (l.Id, ProductDetails.Create(l.SourceUrl, l.Marketplace!.Value, l.ShopId, l.ShopName, l.Title, l.ImageUrl, l.Properties, l.UnitPriceCny, l.Quantity, l.Note)))];
    }
}
