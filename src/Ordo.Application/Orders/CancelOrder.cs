using Ordo.Application.Data;
using Ordo.Domain.Identity;

namespace Ordo.Application.Orders;

public sealed class CancelOrder(OrdoDbContext db, TimeProvider clock)
{
    public sealed record Command(string? Reason);

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        order.Cancel(actor, command.Reason ?? string.Empty, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return order.ToDetails(actor);
    }
}
