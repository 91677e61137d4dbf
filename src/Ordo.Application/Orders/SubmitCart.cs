using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>Turns the cart (or the chosen lines of it) into one purchase order per shop, atomically.</summary>
public sealed class SubmitCart(OrdoDbContext db, OrderCodeGenerator codes, TimeProvider clock, IOptions<OrdoOptions> options)
{
    public sealed record Command(IReadOnlyList<Guid>? LineIds, OrderOptionsDto? Options, string? Note);

    public async Task<IReadOnlyList<OrderSummaryDto>> HandleAsync(Actor actor, Command command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        CartOperations.EnsureCustomer(actor);
        new Check().MaxLength(command.Note, "note", 1000).ThrowIfAny();
        var now = clock.GetUtcNow();
        var cutoff = CartLine.ExpiryCutoff(now, TimeSpan.FromDays(options.Value.Orders.CartLifetimeDays));
        var query = db.CartLines.Where(l => l.CustomerId == actor.UserId && l.UpdatedAt > cutoff);
        if (command.LineIds is { Count: > 0 } ids)
        {
            query = query.Where(l => ids.Contains(l.Id));
        }

        var lines = await query.ToListAsync(ct);
        if (lines.Count == 0)
        {
            throw new DomainValidationException("lineIds", "the cart has no lines to submit");
        }

        if (command.LineIds is { Count: > 0 } wanted && wanted.Distinct().Count() != lines.Count)
        {
            throw new DomainValidationException("lineIds", "contains lines that are not in your cart (or have expired)");
        }

        var customer = await db.LoadCustomerAsync(actor.UserId, ct);
        var groups = Cart.SplitByShop(lines);
        var orderCodes = await codes.NextAsync(OrderKind.Purchase, now.Year, groups.Count, ct);
        var orderOptions = command.Options?.ToDomain() ?? OrderOptions.None;
        var orders = groups
            .Select((group, i) => Order.SubmitPurchase(orderCodes[i], customer, [.. group.Select(l => l.Product)], orderOptions, command.Note, actor, now))
            .ToList();
        db.Orders.AddRange(orders);
        db.CartLines.RemoveRange(lines);
        await db.SaveChangesAsync(ct);
        return [.. orders.Select(o => o.ToSummary())];
    }
}
