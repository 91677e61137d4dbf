using Microsoft.AspNetCore.Identity;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Application.Identity;

/// <summary>Anyone may open a customer account with e-mail, phone, name and password.</summary>
public sealed class RegisterCustomer(UserManager<AppUser> users, OrderCodeGenerator codes, TimeProvider clock)
{
    public sealed record Command(string? Email, string? Phone, string? FullName, string? Password, string? Language = null);

    public sealed record Result(Guid Id, string Email, string FullName, string CustomerCode);

    public async Task<Result> HandleAsync(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var check = new Check();
        AccountRules.Validate(check, command.Email, command.Phone, command.FullName);
        check.That(!string.IsNullOrEmpty(command.Password), "password", "is required");
        check.That(!string.IsNullOrWhiteSpace(command.Phone), "phone", "is required");
        check.ThrowIfAny();
        var user = new AppUser
        {
            UserName = command.Email!.Trim(),
            Email = command.Email.Trim(),
            PhoneNumber = command.Phone!.Trim(),
            FullName = command.FullName!.Trim(),
            Language = AccountRules.Language(command.Language) ?? "vi",
            CreatedAt = clock.GetUtcNow(),
            CustomerCode = await codes.NextCustomerCodeAsync(CancellationToken.None),
        };
        var created = await users.CreateAsync(user, command.Password!);
        if (!created.Succeeded)
        {
            throw IdentityErrors.ToValidation(created.Errors);
        }

        var role = await users.AddToRoleAsync(user, Roles.Customer);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            throw IdentityErrors.ToValidation(role.Errors);
        }

        return new Result(user.Id, user.Email, user.FullName, user.CustomerCode);
    }
}
