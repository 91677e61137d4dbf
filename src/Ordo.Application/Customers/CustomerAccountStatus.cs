using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Identity;
using Ordo.Domain.Identity;

namespace Ordo.Application.Customers;

/// <summary>
/// An administrator disables a customer account (and enables it again), by the same rule as a staff
/// account: a disabled account cannot sign in, and its open sessions end on their next request.
/// </summary>
public sealed class CustomerAccountStatus(OrdoDbContext db, UserManager<AppUser> users, CustomerDirectory directory)
{
    public Task<CustomerDirectory.CustomerDto> DisableAsync(Actor actor, Guid customerId, CancellationToken ct) => SetAsync(actor, customerId, disabled: true, ct);

    public Task<CustomerDirectory.CustomerDto> EnableAsync(Actor actor, Guid customerId, CancellationToken ct) => SetAsync(actor, customerId, disabled: false, ct);

    private async Task<CustomerDirectory.CustomerDto> SetAsync(Actor actor, Guid customerId, bool disabled, CancellationToken ct)
    {
        AccountSecurity.EnsureAdmin(actor);
        var customer = await db.Customers().FirstOrDefaultAsync(u => u.Id == customerId, ct)
                       ?? throw new NotFoundException("Customer", customerId.ToString());
        customer.IsDisabled = disabled;
        // A new security stamp ends the customer's open sessions at once, as for staff.
        var result = await users.UpdateSecurityStampAsync(customer);
        if (!result.Succeeded)
        {
            throw IdentityErrors.ToValidation(result.Errors);
        }

        return await directory.GetAsync(actor, customerId, ct);
    }
}
