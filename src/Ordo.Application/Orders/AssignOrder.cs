using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Application.Orders;

/// <summary>The CS manager puts a customer-care staff member in charge of an order.</summary>
public sealed class AssignOrder(OrdoDbContext db, TimeProvider clock)
{
    public sealed record Command(Guid? CsStaffId);

    public async Task<OrderDetailsDto> HandleAsync(Actor actor, Guid orderId, Command command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CsStaffId is not { } staffId)
        {
            throw new DomainValidationException("csStaffId", "is required");
        }

        var staff = await db.LoadStaffAsync(staffId, "csStaffId", ct);
        var order = await db.LoadForUpdateAsync(orderId, actor, expectedVersion, ct);
        order.AssignCsStaff(actor, staff, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return order.ToDetails(actor, await Buying.BuyingView.ReadAsync(db, order, actor, ct));
    }
}
