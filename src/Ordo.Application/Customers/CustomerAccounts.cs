using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Domain.Identity;

namespace Ordo.Application.Customers;

internal static class CustomerAccounts
{
    /// <summary>The accounts holding the Customer role (older ones may have no customer code), filtered in SQL.</summary>
    public static IQueryable<AppUser> Customers(this OrdoDbContext db)
    {
        var customerIds = from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == Roles.Customer
                          select ur.UserId;
        return db.Users.Where(u => customerIds.Contains(u.Id));
    }
}
