using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>A customer's cart: list, add, change and remove lines. Expired lines are invisible, purged on touch and by the scheduled expiry job.</summary>
public sealed class CartOperations(OrdoDbContext db, TimeProvider clock, IOptions<OrdoOptions> options)
{
    private TimeSpan Lifetime => TimeSpan.FromDays(options.Value.Orders.CartLifetimeDays);

    public async Task<IReadOnlyList<CartLineDto>> ListAsync(Actor actor, CancellationToken ct)
    {
        EnsureCustomer(actor);
        var cutoff = CartLine.ExpiryCutoff(clock.GetUtcNow(), Lifetime);
        var lines = await db.CartLines.AsNoTracking()
            .Where(l => l.CustomerId == actor.UserId && l.UpdatedAt > cutoff)
            .OrderBy(l => l.AddedAt)
            .ToListAsync(ct);
        return [.. lines.Select(l => l.ToDto(Lifetime))];
    }

    public async Task<CartLineDto> AddAsync(Actor actor, CartLineInput input, CancellationToken ct)
    {
        EnsureCustomer(actor);
        var product = input.ToProduct();
        var now = clock.GetUtcNow();
        // Expired lines do not count; the cart-expiry job deletes them.
        var cutoff = CartLine.ExpiryCutoff(now, Lifetime);
        var count = await db.CartLines.CountAsync(l => l.CustomerId == actor.UserId && l.UpdatedAt > cutoff, ct);
        if (count >= options.Value.Orders.MaxCartLines)
        {
            throw new DomainException("cart.full", $"A cart holds at most {options.Value.Orders.MaxCartLines} lines; submit or remove some first.");
        }

        var line = CartLine.Add(actor.UserId, product, now);
        db.CartLines.Add(line);
        await db.SaveChangesAsync(ct);
        return line.ToDto(Lifetime);
    }

    public async Task<CartLineDto> UpdateAsync(Actor actor, Guid lineId, CartLineInput input, int? expectedVersion, CancellationToken ct)
    {
        EnsureCustomer(actor);
        var product = input.ToProduct();
        var line = await FindAsync(actor, lineId, ct);
        db.ExpectVersion(line, expectedVersion, "Cart line");

        line.Update(product, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return line.ToDto(Lifetime);
    }

    public async Task RemoveAsync(Actor actor, Guid lineId, CancellationToken ct)
    {
        EnsureCustomer(actor);
        var line = await FindAsync(actor, lineId, ct);
        db.CartLines.Remove(line);
        await db.SaveChangesAsync(ct);
    }

    internal static void EnsureCustomer(Actor actor)
    {
        if (!actor.IsInRole(Roles.Customer))
        {
            throw new ForbiddenActionException("cart.customers_only", "Only customers have a cart.");
        }
    }

    private async Task<CartLine> FindAsync(Actor actor, Guid lineId, CancellationToken ct)
    {
        var cutoff = CartLine.ExpiryCutoff(clock.GetUtcNow(), Lifetime);
        return await db.CartLines.FirstOrDefaultAsync(l => l.Id == lineId && l.CustomerId == actor.UserId && l.UpdatedAt > cutoff, ct)
               ?? throw new NotFoundException("Cart line", lineId.ToString());
    }
}
