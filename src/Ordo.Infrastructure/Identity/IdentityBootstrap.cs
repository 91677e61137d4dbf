using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ordo.Application.Identity;
using Ordo.Application.Settings;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Infrastructure.Identity;

/// <summary>
/// Makes sure every role exists and that an administrator can come into being without a shipped default
/// password: from configuration (<c>Ordo:Admin</c>) on start, or once through the setup page.
/// </summary>
public sealed class IdentityBootstrap(
    UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock,
    IOptions<OrdoOptions> options, ILogger<IdentityBootstrap> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }

    public async Task<bool> AdminExistsAsync() => (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;

    public async Task EnsureConfiguredAdminAsync()
    {
        var admin = options.Value.Admin;
        if (string.IsNullOrWhiteSpace(admin.Email) || string.IsNullOrEmpty(admin.Password) || await AdminExistsAsync())
        {
            return;
        }

        await CreateFirstAdminAsync(admin.Email, admin.Name ?? "Administrator", admin.Password);
        logger.LogInformation("Created the first administrator {Email} from configuration", admin.Email);
    }

    /// <summary>Creates the first administrator; refused once any administrator exists.</summary>
    public async Task<Guid> CreateFirstAdminAsync(string? email, string? fullName, string? password)
    {
        if (await AdminExistsAsync())
        {
            throw new DomainException("setup.already_done", "An administrator already exists; sign in instead.");
        }

        var check = new Check()
            .Required(email, "email", 256)
            .Required(fullName, "fullName", 200)
            .That(!string.IsNullOrEmpty(password), "password", "is required");
        check.ThrowIfAny();
        var user = new AppUser
        {
            UserName = email!.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            FullName = fullName!.Trim(),
            Department = Department.Management,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            throw IdentityErrors.ToValidation(created.Errors);
        }

        await users.AddToRoleAsync(user, Roles.Admin);
        return user.Id;
    }
}
