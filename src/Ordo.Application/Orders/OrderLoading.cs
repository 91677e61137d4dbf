using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Customers;
using Ordo.Application.Data;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

internal static class OrderLoading
{
    /// <summary>
    /// Loads an order the actor may see, for a change. Another customer's order is "not found", never
    /// "forbidden", so its existence is not revealed. An If-Match version must match the stored one,
    /// and is also the version the database checks when saving.
    /// </summary>
    public static async Task<Order> LoadForUpdateAsync(this OrdoDbContext db, Guid id, Actor actor, int? expectedVersion, CancellationToken ct)
    {
        var order = await db.Orders
            .Include(o => o.Lines)
            .Include(o => o.ShippingItems)
            .Include(o => o.History)
            .Include(o => o.Charges)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null || !order.IsVisibleTo(actor))
        {
            throw new NotFoundException("Order", id.ToString());
        }

        db.ExpectVersion(order, expectedVersion, $"Order {order.Code}");

        return order;
    }

    private sealed class CustomerArgs
    {
        public Guid Id { get; init; }
    }

    // Every order placed looks its customer up: compiled once per model, from the one definition of a customer account.
    private static readonly CompiledShapes<bool, CustomerArgs, CustomerRef> CustomerById = new();

    public static async Task<CustomerRef> LoadCustomerAsync(this OrdoDbContext db, Guid customerId, CancellationToken ct)
    {
        // Only customer accounts own orders: staff placing an order on someone's behalf must name a customer.
        var found = await CustomerById.Run(db, true, new CustomerArgs { Id = customerId }, static (db, _, a) => db.Customers().AsNoTracking()
                .Where(u => u.Id == a.Id)
                .Select(u => new CustomerRef(u.Id, u.FullName, u.Email ?? string.Empty, u.PhoneNumber)))
            .ToListAsync(ct);
        return found.Count > 0 ? found[0] : throw new NotFoundException("Customer", customerId.ToString());
    }

    public static async Task<StaffMember> LoadStaffAsync(this OrdoDbContext db, Guid staffId, string field, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == staffId, ct)
                   ?? throw new Domain.Common.DomainValidationException(field, "is not a known staff member");
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == staffId
                           select r.Name!).ToListAsync(ct);
        return new StaffMember(user.Id, user.FullName, roles.ToHashSet(StringComparer.Ordinal), !user.IsDisabled);
    }
}
